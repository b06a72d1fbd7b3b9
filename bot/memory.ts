// Conversation memory: the evidence of the last few turns, so a certificate attached after a log, or
// a registry value pasted after an event, is correlated with it. Bounded three ways — number of turns,
// serialised size and age — because it holds quotes of what users pasted: keep little, keep it briefly.
// The pure part (remember/recall) is separate from where it is stored (ConversationState for
// Bot Framework channels, the same Storage under a thread key for direct Slack).

import type { Evidence } from '../core';

export interface RememberedTurn {
  at: number;
  evidence: Evidence[];
}

export interface MemoryLimits {
  turns: number;
  bytes: number;
  maxAgeMs: number;
}

export const DEFAULT_MEMORY_LIMITS: MemoryLimits = { turns: 5, bytes: 64 * 1024, maxAgeMs: 60 * 60_000 };

function fresh(turns: RememberedTurn[], now: number, limits: MemoryLimits): RememberedTurn[] {
  return turns.filter((t) => now - t.at < limits.maxAgeMs && now >= t.at - 60_000);
}

/** Evidence of the remembered turns still young enough to use, oldest first. */
export function recall(turns: RememberedTurn[] | undefined, now: number, limits = DEFAULT_MEMORY_LIMITS): Evidence[] {
  return fresh(turns ?? [], now, limits).flatMap((t) => t.evidence);
}

/** Adds a turn's new evidence (not what was recalled into it) and drops the oldest turns past the limits. */
export function remember(turns: RememberedTurn[] | undefined, evidence: Evidence[], recalled: Evidence[], now: number, limits = DEFAULT_MEMORY_LIMITS): RememberedTurn[] {
  // Kind and quote identify a fact well enough (recalled evidence comes back as copies, not the same objects).
  const keyOf = (e: Evidence) => `${e.kind}\u0000${e.quote}`;
  const old = new Set(recalled.map(keyOf));
  const added = evidence.filter((e) => !old.has(keyOf(e)));
  const kept = fresh(turns ?? [], now, limits);
  if (added.length) kept.push({ at: now, evidence: added });
  while (kept.length > limits.turns) kept.shift();
  while (kept.length && JSON.stringify(kept).length > limits.bytes) {
    if (kept.length > 1) kept.shift();
    else kept[0] = { at: kept[0].at, evidence: kept[0].evidence.slice(0, Math.floor(kept[0].evidence.length / 2)) };
    if (kept.length === 1 && kept[0].evidence.length === 0) kept.pop();
  }
  return kept;
}
