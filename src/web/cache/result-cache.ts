/**
 * Figures computed for the pages, kept in memory until data is loaded: the scorecard for an
 * as-at date costs a second of SQL, and fifty managers opening it at nine o'clock should pay
 * for it once. Concurrent requests for the same key share one computation. A computation that
 * started before an invalidation is handed to its callers but not kept, so a page never shows
 * figures from before a load once the load has finished.
 */
export class ResultCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private generationNo = 0;

  constructor(private readonly maxEntries = 400) {}

  get generation(): number {
    return this.generationNo;
  }

  get size(): number {
    return this.entries.size;
  }

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // Least recently used goes first: re-inserting moves the key to the end.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const generation = this.generationNo;
    const pending = compute();
    this.entries.set(key, pending);
    pending.then(
      () => {
        if (generation !== this.generationNo && this.entries.get(key) === pending) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === pending) this.entries.delete(key);
      },
    );
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }

  /** Forgets everything: called when a load or an edit changes what the pages show. */
  invalidate(): void {
    this.generationNo += 1;
    this.entries.clear();
  }
}
