// The story half of the corpus update's storage: the story index is stored in pieces (its head,
// a row per thread and per feature's posting list; see src/store/story-tables.ts), loaded from
// them, and after an update only the pieces it changed are written back.
import type { IsoDate } from '../core/types.js';
import { StoryIndex, type IndexRows, type PostingRow, type ShelvedThread, type StoryIndexHead, type ThreadRow, type ThreadSource, type ThreadState } from '../core/stories/index.js';
import type { Sql } from '../store/db.js';
import type { Store, StoryIndexSave } from '../store/index.js';

/**
 * The stored index whose head is given: as it stands, or (`dated`) as it stood after the last dated
 * article. With `newest` (the latest date of a placed dated article), the threads no later article
 * can join stay in their rows (see resident.ts): placing then needs `threadSource`.
 */
export async function loadStoryIndex(store: Store, head: StoryIndexHead, dated = false, newest?: IsoDate | null): Promise<StoryIndex> {
  const shelf = newest === undefined ? null : StoryIndex.shelf(head, newest);
  const threads: (ThreadState | ShelvedThread)[] = [];
  for await (const t of store.storyRows<ThreadState>('thread', dated)) threads.push(shelf ? shelf(t) : t);
  const postings: PostingRow[] = [];
  for await (const p of store.storyRows<PostingRow>('posting', dated)) postings.push(p);
  return newest === undefined ? StoryIndex.fromParts(head, threads, postings) : StoryIndex.fromParts(head, threads, postings, newest);
}

/**
 * Where an update's index keeps the threads out of its heap: their stored rows (`dated`: the dated
 * layer), and those it set aside. `tx`: read within the transaction that stores the index.
 */
export function threadSource(store: Store, dated: boolean, tx?: Sql): ThreadSource {
  return {
    load: (seqs) => store.storyThreads<ThreadState>(seqs, dated, tx),
    setAside: (threads) => store.setAsideThreads(threads.map((t) => [t.seq, t])),
  };
}

/**
 * What to store of an index after an update: its head and changed rows, and the checkpoint if it
 * took one (`fresh`: built from nothing). Changed threads out of the heap are read from `source`.
 */
export function changedPieces(index: StoryIndex, fresh: boolean, source: ThreadSource): Pick<StoryIndexSave, 'fresh' | 'head' | 'rows' | 'checkpoint'> {
  const checkpoint = index.checkpointed();
  return {
    fresh,
    head: index.head(),
    rows: rowsOf(index.changedRowsFrom(source), index.changes()),
    ...(checkpoint ? { checkpoint: { head: checkpoint.head, rows: rowsOf(index.changedRowsFrom(source, true), checkpoint) } } : {}),
  };
}

function rowsOf(threads: AsyncIterable<ThreadRow>, rows: IndexRows): StoryIndexSave['rows'] {
  return {
    thread: (async function* () {
      for await (const { seq, thread } of threads) yield [seq, thread] as [number, unknown];
    })(),
    posting: (function* () {
      for (const p of rows.postings) yield [p.feature, p] as [number, unknown];
    })(),
  };
}
