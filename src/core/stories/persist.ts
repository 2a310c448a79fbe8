// The story index's persistence, apart from placement: the state placement works on, its stored
// form (a head, a row per live thread and per feature's posting list), an index restored from
// those rows, and which rows changed since the index was made or since its checkpoint (the index
// after the last dated article), so that a store writes only those.
import type { IsoDate } from '../types.js';
import { Centroid } from './centroid.js';
import { ChangeLog } from './changes.js';
import { Histogram } from './histogram.js';
import { isShell, postingRows, shellOf, storyState, threadState, type IndexRows, type PostingRow, type ShelvedThread, type StoryIndexHead, type StoryIndexOptions, type StoryIndexState, type StoryState, type ThreadRow, type ThreadShell, type ThreadSlot, type ThreadState } from './state.js';
import { Vocabulary } from './vocabulary.js';

/** Version of the persisted state; a state of another version must be rebuilt by placing every article again. */
export const STORY_STATE_VERSION = 16;

export abstract class StoredIndex {
  /** Feature ids, document frequencies, key languages and surfaces: what vectorising needs. */
  protected vocabulary = new Vocabulary();
  /** Threads by index (founding order): in the heap, or shells (see resident.ts). */
  protected readonly storyList: ThreadSlot[] = [];
  /** How many of `storyList` are shells. */
  protected shells = 0;
  protected readonly postings = new Map<number, number[]>();
  protected readonly placed = new Map<string, number>();
  /** 1 for each story folded into another (as `mergedInto`, read without loading the story). */
  protected folded = new Uint8Array(1024);
  /** Third-best candidate scores seen so far: how high unrelated stories score in this corpus. */
  protected readonly runnerUps = new Histogram();
  /** The article placed last in placement order (dated by date, then undated; ties by id). */
  protected last: { id: string; published: IsoDate | null } | null = null;
  /** The `seq` of the next thread founded. */
  protected next = 0;
  /** Threads (by index) and posting lists (by feature) changed: the rows to store (see changes.ts). */
  protected readonly threadLog = new ChangeLog<ThreadState | ThreadShell | null>((i) => this.threadOf(i));
  protected readonly postingLog = new ChangeLog<number[]>((f) => this.postingRow(f).stories);
  /** The head at the checkpoint. */
  private checkpointHead: StoryIndexHead | null = null;

  constructor(protected readonly options: StoryIndexOptions) {}

  /** Everything but the threads and postings (see StoryIndexHead). */
  head(): StoryIndexHead {
    return {
      version: STORY_STATE_VERSION,
      options: this.options,
      ...this.vocabulary.toJSON(),
      runnerUps: [...this.runnerUps.bins],
      last: this.last,
      next: this.next,
    };
  }

  toJSON(): StoryIndexState {
    return {
      ...this.head(),
      stories: this.alive().map(threadState),
      postings: [...this.postings.keys()].map((feature) => this.postingRow(feature)),
    };
  }

  /**
   * Marks the state as of now as a second one to store (the index after the last dated article):
   * from here on `changes` lists what changed since, and `checkpointed` what changed before, as it stood.
   */
  checkpoint(): void {
    this.checkpointHead = this.head();
    this.threadLog.checkpoint();
    this.postingLog.checkpoint();
  }

  /** The threads and posting lists changed since the index was made or since the checkpoint, as they stand. */
  changes(): IndexRows {
    return { threads: this.threadRows(this.threadLog.changes()), postings: postingRows(this.postingLog.changes()) };
  }

  /** The head at the checkpoint and the threads and lists changed before it, as they stood then; null without one. */
  checkpointed(): (IndexRows & { head: StoryIndexHead }) | null {
    if (!this.checkpointHead) return null;
    return { head: this.checkpointHead, threads: this.threadRows(this.threadLog.checkpointed()), postings: postingRows(this.postingLog.checkpointed()) };
  }

  /** Fills a new index from a stored head, its live threads (in the heap, or shelved) and its posting lists (each in any order). */
  protected restore(head: StoryIndexHead, threads: Iterable<ThreadState | ShelvedThread>, postings: Iterable<PostingRow>): void {
    this.vocabulary = Vocabulary.fromJSON(head);
    head.runnerUps?.forEach((n, i) => this.runnerUps.setBin(i, n));
    this.last = head.last ?? null;
    this.next = head.next;
    const bySeq = new Map<number, number>();
    for (const s of [...threads].sort((a, b) => a.seq - b.seq)) {
      const i = this.storyList.length;
      bySeq.set(s.seq, i);
      if ('shell' in s) {
        this.storyList.push(shellOf(s));
        this.shells++;
        for (const id of s.articles) this.placed.set(id, i);
        continue;
      }
      this.storyList.push(storyState(s));
      for (const m of s.members) this.placed.set(m.id, i);
    }
    // Threads folded away still hold their place in the lists (they count towards the scan): one
    // folded stand-in takes all their places.
    let gone = -1;
    const position = (seq: number): number => {
      const i = bySeq.get(seq);
      if (i !== undefined) return i;
      if (gone < 0) {
        gone = this.storyList.length;
        this.storyList.push({ ...this.newThread('', '', -1), mergedInto: gone });
        this.fitStories();
        this.folded[gone] = 1;
      }
      return gone;
    };
    for (const { feature, stories } of postings) this.postings.set(feature, stories.map(position));
  }

  protected newThread(id: string, lead: string, seq = this.next++): StoryState {
    return { seq, id, centroid: new Centroid(), members: [], first: null, last: null, time: null, days: null, after: null, title: '', lead, cross: new Map(), languages: new Map(), mergedInto: null };
  }

  /** The live threads; all must be in the heap. */
  protected alive(): StoryState[] {
    if (this.shells > 0) throw new Error(`${this.shells} threads of the story index are out of the heap: load them first`);
    return (this.storyList as StoryState[]).filter((s) => s.mergedInto === null);
  }

  /** Thread i, which must be in the heap. */
  protected thread(i: number): StoryState {
    const t = this.storyList[i];
    if (isShell(t)) throw new Error(`thread ${t.seq} of the story index is out of the heap`);
    return t;
  }

  /** Per-story flags as long as the story list. */
  protected fitStories(): void {
    if (this.folded.length < this.storyList.length) {
      const grown = new Uint8Array(Math.max(1024, this.storyList.length * 2));
      grown.set(this.folded);
      this.folded = grown;
    }
  }

  /** Changed threads as rows: each must be in the heap (see `changedThreads` for those out of it). */
  private *threadRows(changed: Iterable<[number, ThreadState | ThreadShell | null]>): Iterable<ThreadRow> {
    for (const [i, thread] of changed) {
      if (thread !== null && 'shell' in thread) throw new Error(`thread ${thread.seq} of the story index is out of the heap`);
      yield { seq: this.storyList[i].seq, thread };
    }
  }

  /** The changed threads (since the start or the checkpoint, or before it), a shell for each out of the heap. */
  protected changedThreads(before: boolean): Iterable<[number, ThreadState | ThreadShell | null]> {
    return before ? this.threadLog.checkpointed() : this.threadLog.changes();
  }

  private postingRow(feature: number): PostingRow {
    // A folded thread, by its own seq or by the stand-in's, is -1: no row to find either by.
    return { feature, stories: this.postings.get(feature)!.map((i) => (this.storyList[i].mergedInto === null ? this.storyList[i].seq : -1)) };
  }

  private threadOf(i: number): ThreadState | ThreadShell | null {
    const s = this.storyList[i];
    if (isShell(s)) return s;
    return s.mergedInto === null ? threadState(s) : null;
  }
}
