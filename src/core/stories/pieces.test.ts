// The index stored in pieces: a head and one row per changed thread, written after each update
// (and, at the checkpoint, the index as it stood after the last dated article). Rows applied in
// order to what was stored rebuild the index exactly: placing on after a reload gives the stories
// of one uninterrupted index.
import { describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../../scripts/eval/_story-corpus.js';
import { byDateThenId } from './article-time.js';
import { StoryIndex, storyFeatures, type IndexRows, type Placement, type StoryIndexHead, type ThreadState } from './index.js';

// Stories sharing beats, people and dates, some undated: threads fold into others.
const placements: Placement[] = generateStoryCorpus({ articles: 1500, seed: 9, undated: 0.15 })
  .articles.map((article) => ({ article, features: storyFeatures(article) }))
  .sort((x, y) => byDateThenId(x.article, y.article));
const dated = placements.filter((p) => p.article.published !== null);
const undated = placements.filter((p) => p.article.published === null);

/** Stored rows, as a store keeps them: a changed row replaces the old one, a folded thread's row goes. */
interface Stored {
  threads: Map<number, ThreadState>;
  postings: Map<number, number[]>;
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

function apply(rows: Stored, changes: IndexRows): Stored {
  const out = { threads: new Map(rows.threads), postings: new Map(rows.postings) };
  for (const { seq, thread } of changes.threads) {
    if (thread) out.threads.set(seq, copy(thread));
    else out.threads.delete(seq);
  }
  for (const { feature, stories } of changes.postings) out.postings.set(feature, [...stories]);
  return out;
}

const empty = (): Stored => ({ threads: new Map(), postings: new Map() });
const reload = (head: StoryIndexHead, rows: Stored) =>
  StoryIndex.fromParts(copy(head), rows.threads.values(), [...rows.postings].map(([feature, stories]) => ({ feature, stories })));

describe('the story index stored in pieces', () => {
  it('has undated articles and merges to exercise', () => {
    expect(undated.length).toBeGreaterThan(20);
    const index = new StoryIndex();
    index.placeBatch(placements);
    // Fewer live threads than threads founded: some were folded into others.
    expect(index.toJSON().stories.length).toBeLessThan(index.head().next);
  });

  it('gives the same stories with a reload between two updates as one update', () => {
    const whole = new StoryIndex();
    whole.placeBatch(placements);

    const cut = Math.floor(dated.length * 0.6);
    const first = new StoryIndex();
    first.placeBatch(dated.slice(0, cut));
    const stored = apply(empty(), first.changes());
    expect([...stored.threads.values()]).toEqual(copy(first.toJSON().stories));

    const second = reload(first.head(), stored);
    second.placeBatch(dated.slice(cut));
    second.checkpoint();
    second.placeBatch(undated);
    expect(second.stories()).toEqual(whole.stories());

    // Only the threads the second update changed are written, far fewer than all.
    const checkpointed = second.checkpointed()!;
    const atCheckpoint = apply(stored, checkpointed);
    const rewritten = { threads: [...second.changes().threads], postings: [...second.changes().postings] };
    expect(rewritten.threads.length).toBeLessThan(atCheckpoint.threads.size);
    expect(rewritten.postings.length).toBeLessThan(atCheckpoint.postings.size);
    // Threads folded in this update leave the stored rows.
    expect([...rewritten.threads, ...second.checkpointed()!.threads].some((r) => r.thread === null)).toBe(true);
    const now = apply(atCheckpoint, rewritten);
    expect(reload(second.head(), now).toJSON()).toEqual(copy(second.toJSON()));

    // The checkpoint is the index after the last dated article, though threads changed (and folded) after it.
    const datedOnly = reload(first.head(), stored);
    datedOnly.placeBatch(dated.slice(cut));
    expect(reload(checkpointed.head, atCheckpoint).toJSON()).toEqual(copy(datedOnly.toJSON()));
  });
});
