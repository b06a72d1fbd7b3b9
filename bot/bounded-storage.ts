// Conversation state kept in process memory, bounded. botbuilder's MemoryStorage keeps every
// conversation it ever saw: a bot running for weeks in a busy tenant would grow without end. This
// one forgets the least recently written conversations beyond a count, and any not written for a
// while (the conversation memory it holds is only useful for an hour anyway). For several
// instances, a shared store (Blob, Cosmos DB) replaces it.
import { MemoryStorage, type StoreItems } from 'botbuilder';

export interface BoundedStorageOptions {
  /** Most conversations kept. */
  maxEntries?: number;
  /** A conversation not written for this long is forgotten. */
  maxAgeMs?: number;
  now?: () => number;
}

export class BoundedMemoryStorage extends MemoryStorage {
  /** Keys by last write, oldest first (a Map keeps insertion order). */
  private readonly lastWrite = new Map<string, number>();
  private readonly maxEntries: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: BoundedStorageOptions = {}) {
    super();
    this.maxEntries = options.maxEntries ?? 10_000;
    this.maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  override async write(changes: StoreItems): Promise<void> {
    await super.write(changes);
    const now = this.now();
    for (const key of Object.keys(changes)) {
      this.lastWrite.delete(key);
      this.lastWrite.set(key, now);
    }
    this.evict(now);
  }

  override async delete(keys: string[]): Promise<void> {
    await super.delete(keys);
    for (const key of keys) this.lastWrite.delete(key);
  }

  /** How many conversations are held. */
  get size(): number {
    return this.lastWrite.size;
  }

  private evict(now: number): void {
    for (const [key, at] of this.lastWrite) {
      if (this.lastWrite.size <= this.maxEntries && now - at <= this.maxAgeMs) break;
      this.lastWrite.delete(key);
      delete this.memory[key];
    }
  }
}
