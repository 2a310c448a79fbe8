// Threads out of the heap. In a corpus of months most threads are over: their news cycle lies far
// behind the newest article, and a dated newcomer cannot join them (their time factor leaves no
// score that reaches any threshold). Such threads leave the heap for their rows (a shell keeps their
// id and time) and come back when something could still score with them: an undated article, a
// backfill, a merge check of a thread whose span reaches back to theirs. Which threads are in the
// heap never changes what is placed where (see `wanted`).
import type { IsoDate, Story } from '../types.js';
import { dayNumber } from './article-time.js';
import { StoredIndex } from './persist.js';
import { isShell, shellOf, storyState, threadState, type ShelvedThread, type StoryState, type ThreadRow, type ThreadShell, type ThreadState } from './state.js';
import { streamStories } from './story-list.js';
import { timeFactor, type When } from './yearless.js';

/** Where threads out of the heap are kept (the store, through the app). */
export interface ThreadSource {
  /** The threads' states, by seq: as set aside during this update, else as stored. */
  load(seqs: number[]): Promise<ThreadState[]>;
  /** Keeps the states of changed threads leaving the heap, for `load`, until the index is stored. */
  setAside(threads: ThreadState[]): Promise<void>;
}

// A score is a cosine (at most 1) times the time factor: a thread whose time factor against the
// article is below this scores below it whatever its words, which is in the lowest bin (0.01 wide)
// of the runner-up histogram and below every join and merge threshold. Its exact score is never needed.
const OUT_OF_TIME = 0.0099;
// Shells loaded per request when every thread must be in the heap.
const LOAD_ALL = 2_000;

export abstract class ResidentIndex extends StoredIndex {
  /** The latest day of a dated article placed (or, restored, as the store says). */
  protected newest: number | null = null;
  /** Live threads in the heap, by index (some folded since: skipped when met). */
  private inHeap: number[] = [];
  /** See `listStats`. */
  private listHeld = 0;

  /** Where each stored thread goes when the index is restored: in the heap if it is still open, else shelved. */
  static shelf(head: { options: { threshold: number; graceDays: number; decayDays: number } }, newest: IsoDate | null): (t: ThreadState) => ThreadState | ShelvedThread {
    const day = newest === null ? null : dayNumber(newest);
    const horizon = horizonDays(head.options);
    return (t) => (closed(t, day, horizon) ? { shell: true, seq: t.seq, id: t.id, time: t.time, days: t.days, after: t.after, articles: t.members.map((m) => m.id) } : t);
  }

  /** Threads in the heap and threads in all (folded ones left out). */
  heapStats(): { inHeap: number; threads: number } {
    const live = this.storyList.filter((t) => t.mergedInto === null).length;
    return { inHeap: live - this.shells, threads: live };
  }

  /** The time factor of a thread (in the heap or not) against what is placed. */
  protected timeFactor(story: When, when: When): number {
    return timeFactor(story, when, this.options.graceDays, this.options.decayDays);
  }

  /**
   * Of the candidates, the shells that could score against `when`: to be loaded before scoring.
   * The others score below OUT_OF_TIME (also below a threshold configured lower than it).
   */
  protected wanted(candidates: number[], when: When): number[] {
    const limit = this.outOfTime();
    return candidates.filter((i) => {
      const t = this.storyList[i];
      return isShell(t) && this.timeFactor(t, when) >= limit;
    });
  }

  protected outOfTime(): number {
    return Math.min(OUT_OF_TIME, this.options.threshold * 0.99);
  }

  /** After a restore: the threads it put in the heap, and the newest day as the store says. */
  protected restored(newest: IsoDate | null): void {
    this.inHeap = this.storyList.flatMap((t, i) => (isShell(t) || t.mergedInto !== null ? [] : [i]));
    this.newest = newest === null ? null : dayNumber(newest);
  }

  /** Notes a thread founded (it is in the heap) and the day of a dated article placed. */
  protected entered(index: number | null, day: number | null): void {
    if (index !== null) this.inHeap.push(index);
    if (day !== null && (this.newest === null || day > this.newest)) this.newest = day;
  }

  /**
   * The stories (as `stories` gives them), the threads out of the heap read from the source a
   * window at a time and let go again (see story-list.ts). The index must not change meanwhile.
   */
  async *storiesFrom(source: ThreadSource, chunk?: number): AsyncGenerator<Story, void> {
    const live = this.storyList.filter((t) => t.mergedInto === null);
    this.listHeld = 0;
    yield* streamStories(live, this.vocabulary, (seqs) => source.load(seqs), (n) => (this.listHeld = Math.max(this.listHeld, n)), chunk);
  }

  /** The most threads at hand at once while the last `storiesFrom` ran (in the heap, and loaded). */
  listStats(): { held: number; threads: number } {
    return { held: this.listHeld, threads: this.storyList.filter((t) => t.mergedInto === null).length };
  }

  /**
   * The rows `changes` (or, `before`, `checkpointed`) gives, the threads out of the heap read from
   * the source (a changed thread was set aside as it left the heap), a batch at a time.
   */
  async *changedRowsFrom(source: ThreadSource, before = false): AsyncGenerator<ThreadRow, void> {
    let batch: [number, ThreadState | ThreadShell | null][] = [];
    const flush = async function* (this: ResidentIndex): AsyncGenerator<ThreadRow, void> {
      const seqs = batch.flatMap(([, t]) => (t !== null && 'shell' in t ? [t.seq] : []));
      const read = new Map((seqs.length > 0 ? await source.load(seqs) : []).map((t) => [t.seq, t]));
      for (const [i, t] of batch) {
        const seq = this.storyList[i].seq;
        if (t === null || !('shell' in t)) yield { seq, thread: t };
        else if (read.has(seq)) yield { seq, thread: read.get(seq)! };
        else throw new Error(`thread ${seq} of the story index is not stored`);
      }
      batch = [];
    };
    for (const entry of this.changedThreads(before)) {
      batch.push(entry);
      if (batch.length >= LOAD_ALL) yield* flush.call(this);
    }
    yield* flush.call(this);
  }

  /** Brings threads (by index) back into the heap from the source. */
  async admit(indices: number[], source: ThreadSource): Promise<void> {
    const bySeq = new Map<number, number>();
    for (const i of indices) if (isShell(this.storyList[i])) bySeq.set(this.storyList[i].seq, i);
    if (bySeq.size === 0) return;
    for (const s of await source.load([...bySeq.keys()])) {
      const i = bySeq.get(s.seq);
      if (i === undefined) continue;
      this.storyList[i] = storyState(s);
      this.shells--;
      this.inHeap.push(i);
      bySeq.delete(s.seq);
    }
    if (bySeq.size > 0) throw new Error(`threads ${[...bySeq.keys()].slice(0, 5).join(', ')} of the story index are not stored`);
  }

  /** Every thread back in the heap. */
  async loadAll(source: ThreadSource): Promise<void> {
    if (this.shells === 0) return;
    const all = this.storyList.flatMap((t, i) => (isShell(t) ? [i] : []));
    for (let k = 0; k < all.length; k += LOAD_ALL) await this.admit(all.slice(k, k + LOAD_ALL), source);
  }

  /**
   * Sends the threads that no article placed in date order can join any more out of the heap;
   * those changed since the index was loaded are set aside first, so nothing is lost.
   */
  async evictClosed(source: ThreadSource): Promise<void> {
    const horizon = horizonDays(this.options);
    const keep: number[] = [];
    const out: [number, StoryState][] = [];
    const changed: ThreadState[] = [];
    for (const i of new Set(this.inHeap)) {
      const t = this.storyList[i];
      if (isShell(t) || t.mergedInto !== null) continue;
      if (!closed(t, this.newest, horizon)) keep.push(i);
      else {
        out.push([i, t]);
        if (this.threadLog.has(i)) changed.push(threadState(t));
      }
    }
    this.inHeap = keep;
    if (out.length === 0) return;
    if (changed.length > 0) await source.setAside(changed);
    for (const [i, t] of out) this.storyList[i] = shellOf(t);
    this.shells += out.length;
  }
}

/** Days behind the newest article past which a thread's time factor against it is below OUT_OF_TIME (a day more for rounding). */
function horizonDays(options: { threshold: number; graceDays: number; decayDays: number }): number {
  return options.graceDays + options.decayDays * Math.log(1 / Math.min(OUT_OF_TIME, options.threshold * 0.99)) + 1;
}

function closed(t: { time: [number, number] | null }, newest: number | null, horizon: number): boolean {
  return newest !== null && t.time !== null && Number.isFinite(t.time[1]) && newest - t.time[1] > horizon;
}
