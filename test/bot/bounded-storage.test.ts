// Conversation state in memory must not grow without end.
import { BoundedMemoryStorage } from '../../bot/bounded-storage';

describe('BoundedMemoryStorage', () => {
  it('forgets the least recently written conversations beyond its size', async () => {
    const s = new BoundedMemoryStorage({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) await s.write({ [k]: { v: k } });
    await s.write({ a: { v: 'a2', eTag: '*' } }); // a is now the most recent
    await s.write({ d: { v: 'd' } });
    expect(s.size).toBe(3);
    expect(await s.read(['a', 'b', 'c', 'd'])).toEqual({
      a: expect.objectContaining({ v: 'a2' }),
      c: expect.objectContaining({ v: 'c' }),
      d: expect.objectContaining({ v: 'd' }),
    });
  });

  it('forgets conversations not written for longer than its age limit', async () => {
    let now = 0;
    const s = new BoundedMemoryStorage({ maxAgeMs: 1000, now: () => now });
    await s.write({ old: { v: 1 } });
    now = 5000;
    await s.write({ fresh: { v: 2 } });
    expect(Object.keys(await s.read(['old', 'fresh']))).toEqual(['fresh']);
  });

  it('keeps eTag semantics of MemoryStorage', async () => {
    const s = new BoundedMemoryStorage();
    await s.write({ k: { v: 1 } });
    const { k } = await s.read(['k']);
    await s.write({ k: { ...k, v: 2 } });
    await expect(s.write({ k: { ...k, v: 3 } })).rejects.toThrow();
  });
});
