// Remembers ids for a while so a redelivered activity or event is answered once. Teams re-sends a
// turn that took longer than ~15 s and Slack re-sends an event not acknowledged within 3 s; both
// keep the id, so seeing it again means "already handled (or in hand)".

export class SeenOnce {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxEntries = 50_000,
  ) {}

  /** True the first time an id is offered within the time-to-live, false on every repeat. */
  firstTime(id: string | undefined, now = Date.now()): boolean {
    if (!id) return true; // nothing to compare: never drop a message for lack of an id
    const at = this.seen.get(id);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(id);
    this.seen.set(id, now);
    this.evict(now);
    return true;
  }

  private evict(now: number): void {
    // Map keeps insertion order, so the oldest entries come first.
    for (const [id, at] of this.seen) {
      if (this.seen.size <= this.maxEntries && now - at < this.ttlMs) break;
      this.seen.delete(id);
    }
  }
}
