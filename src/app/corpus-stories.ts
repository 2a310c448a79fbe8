// The story half of the corpus update's storage: the story index is stored in pieces (its head,
// a row per thread and per feature's posting list; see src/store/story-tables.ts), loaded from
// them, and after an update only the pieces it changed are written back.
import { StoryIndex, type IndexRows, type PostingRow, type StoryIndexHead, type ThreadState } from '../core/stories/index.js';
import type { Store, StoryIndexSave } from '../store/index.js';

/** The stored index whose head is given: as it stands, or (`dated`) as it stood after the last dated article. */
export async function loadStoryIndex(store: Store, head: StoryIndexHead, dated = false): Promise<StoryIndex> {
  const threads: ThreadState[] = [];
  for await (const t of store.storyRows<ThreadState>('thread', dated)) threads.push(t);
  const postings: PostingRow[] = [];
  for await (const p of store.storyRows<PostingRow>('posting', dated)) postings.push(p);
  return StoryIndex.fromParts(head, threads, postings);
}

/** What to store of an index after an update: its head and changed rows, and the checkpoint if it took one (`fresh`: built from nothing). */
export function changedPieces(index: StoryIndex, fresh: boolean): Pick<StoryIndexSave, 'fresh' | 'head' | 'rows' | 'checkpoint'> {
  const checkpoint = index.checkpointed();
  return {
    fresh,
    head: index.head(),
    rows: rowsOf(index.changes()),
    ...(checkpoint ? { checkpoint: { head: checkpoint.head, rows: rowsOf(checkpoint) } } : {}),
  };
}

function rowsOf(rows: IndexRows): StoryIndexSave['rows'] {
  return {
    thread: (function* () {
      for (const { seq, thread } of rows.threads) yield [seq, thread] as [number, unknown];
    })(),
    posting: (function* () {
      for (const p of rows.postings) yield [p.feature, p] as [number, unknown];
    })(),
  };
}
