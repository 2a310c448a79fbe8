// What of the story index changed, for a store that writes only that: the keys (threads,
// postings) touched since the index was made, and at a checkpoint (the index after the last dated
// article, stored too) those touched before it, each as it stood then (copied on first write after).

export class ChangeLog<V> {
  private touched = new Set<number>();
  private snapshot: { touched: Set<number>; kept: Map<number, V> } | null = null;

  /** `read` gives a key's value as it stands now, as plain data. */
  constructor(private readonly read: (key: number) => V) {}

  /** Call before the key's value changes. */
  touch(key: number): void {
    const snapshot = this.snapshot;
    if (snapshot && snapshot.touched.has(key) && !snapshot.kept.has(key)) snapshot.kept.set(key, this.read(key));
    this.touched.add(key);
  }

  /** Whether the key changed since the start (before the checkpoint or after it). */
  has(key: number): boolean {
    return this.touched.has(key) || (this.snapshot?.touched.has(key) ?? false);
  }

  checkpoint(): void {
    this.snapshot = { touched: this.touched, kept: new Map() };
    this.touched = new Set();
  }

  /** The keys touched since the start or the checkpoint, with their values now (read one at a time). */
  *changes(): Iterable<[number, V]> {
    for (const key of this.touched) yield [key, this.read(key)];
  }

  /** The keys touched before the checkpoint, with their values then; nothing without a checkpoint. */
  *checkpointed(): Iterable<[number, V]> {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    for (const key of snapshot.touched) yield [key, snapshot.kept.has(key) ? snapshot.kept.get(key)! : this.read(key)];
  }

  get hasCheckpoint(): boolean {
    return this.snapshot !== null;
  }
}
