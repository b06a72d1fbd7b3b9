import { recall, remember, DEFAULT_MEMORY_LIMITS } from '../../bot/memory';
import { SeenOnce } from '../../bot/dedupe';
import type { Evidence } from '../../core';

const dpmId = (id: number): Evidence => ({ kind: 'dpm-id', id, quote: `(ID: ${id})` });

describe('conversation memory', () => {
  const t0 = Date.UTC(2026, 0, 1);

  it('remembers new evidence per turn and recalls it oldest first', () => {
    let turns = remember(undefined, [dpmId(33231)], [], t0);
    const recalled = recall(turns, t0 + 1000);
    turns = remember(turns, [...recalled, dpmId(33234)], recalled, t0 + 1000);
    expect(turns).toHaveLength(2);
    expect(recall(turns, t0 + 2000)).toEqual([dpmId(33231), dpmId(33234)]);
  });

  it('forgets turns older than the age limit', () => {
    const turns = remember(undefined, [dpmId(1)], [], t0);
    expect(recall(turns, t0 + DEFAULT_MEMORY_LIMITS.maxAgeMs + 1)).toEqual([]);
  });

  it('keeps at most the configured number of turns', () => {
    let turns = remember(undefined, [], [], t0);
    for (let i = 0; i < 12; i++) turns = remember(turns, [dpmId(i)], [], t0 + i);
    expect(turns).toHaveLength(DEFAULT_MEMORY_LIMITS.turns);
    expect(recall(turns, t0 + 20)[0]).toEqual(dpmId(12 - DEFAULT_MEMORY_LIMITS.turns));
  });

  it('stays under the size limit even when one turn is huge', () => {
    const big: Evidence[] = Array.from({ length: 2000 }, (_, i) => ({ kind: 'dpm-id', id: i, quote: 'q'.repeat(100) }));
    const turns = remember(undefined, big, [], t0);
    expect(JSON.stringify(turns).length).toBeLessThanOrEqual(DEFAULT_MEMORY_LIMITS.bytes);
    expect(recall(turns, t0).length).toBeGreaterThan(0);
  });
});

describe('SeenOnce', () => {
  it('says true once per id within the time-to-live', () => {
    const seen = new SeenOnce(1000, 10);
    expect(seen.firstTime('a', 0)).toBe(true);
    expect(seen.firstTime('a', 500)).toBe(false);
    expect(seen.firstTime('b', 500)).toBe(true);
    expect(seen.firstTime('a', 1500)).toBe(true);
  });

  it('never drops a message for lack of an id, and stays bounded', () => {
    const seen = new SeenOnce(60_000, 3);
    expect(seen.firstTime(undefined)).toBe(true);
    expect(seen.firstTime(undefined)).toBe(true);
    for (const id of ['1', '2', '3', '4']) seen.firstTime(id, 10);
    expect(seen.firstTime('1', 11)).toBe(true); // evicted: the oldest went first
    expect(seen.firstTime('4', 11)).toBe(false);
  });
});
