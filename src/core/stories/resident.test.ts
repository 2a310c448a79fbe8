// Threads out of the heap: an index that keeps only the threads a newcomer can still join, and
// loads the others back when an undated article, a backfill or a merge check could score with
// them, places every article where an index holding every thread does.
import { describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../../scripts/eval/_story-corpus.js';
import { byDateThenId } from './article-time.js';
import { StoryIndex, storyFeatures, type Placement, type ThreadSource, type ThreadState } from './index.js';
import type { Article } from '../types.js';

// Five months of stories on shared beats, some reports undated.
const corpus = generateStoryCorpus({ articles: 1500, seed: 4, undated: 0.1, days: 150 }).articles;
const byId = new Map(corpus.map((a) => [a.id, a]));
const placements: Placement[] = corpus.map((article) => ({ article, features: storyFeatures(article) })).sort((x, y) => byDateThenId(x.article, y.article));

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
// The latest date of the dated articles: the store's newest when the index is restored.
const newest = placements.filter((p) => p.article.published).at(-1)!.article.published;
const partition = (index: StoryIndex) => index.stories().map((s) => [...s.articles].sort().join(',')).sort();

/** A store of thread rows as the app keeps them (stored rows, and those set aside during an update), counting what is loaded. */
function rowsSource(stored: Iterable<ThreadState> = []): ThreadSource & { loaded: number[]; aside: Map<number, string> } {
  const rows = new Map([...stored].map((t) => [t.seq, JSON.stringify(t)]));
  const aside = new Map<number, string>();
  const loaded: number[] = [];
  return {
    loaded,
    aside,
    async load(seqs: number[]) {
      loaded.push(...seqs);
      return seqs.map((seq: number) => JSON.parse(aside.get(seq) ?? rows.get(seq)!) as ThreadState);
    },
    async setAside(threads: ThreadState[]) {
      for (const t of threads) aside.set(t.seq, JSON.stringify(t));
    },
  };
}

/** Another report of an article's event, under another id (and, undated, without its date). */
function retold(article: Article, id: string, published: string | null): Placement {
  const again = { ...article, id: id.padEnd(24, '0'), source: `${id}.txt`, published };
  return { article: again, features: storyFeatures(again) };
}

describe('threads out of the heap', () => {
  it('holds fewer threads than it has and places every article as an index holding all of them', async () => {
    const whole = new StoryIndex();
    whole.placeBatch(placements);

    const source = rowsSource();
    const resident = new StoryIndex();
    let fewest = Infinity;
    for (let i = 0; i < placements.length; i += 100) {
      await resident.placeAll(placements.slice(i, i + 100), source);
      const { inHeap, threads } = resident.heapStats();
      if (threads > 100) fewest = Math.min(fewest, inHeap / threads);
    }
    // Most threads of five months are over at any time: a third or fewer are held.
    expect(fewest).toBeLessThan(0.35);
    expect(source.aside.size).toBeGreaterThan(100);
    // Undated reports and merge checks brought some back.
    expect(source.loaded.length).toBeGreaterThan(0);
    await resident.loadAll(source);
    expect(resident.heapStats().inHeap).toBe(resident.heapStats().threads);
    expect(resident.stories()).toEqual(whole.stories());
    expect(copy(resident.toJSON())).toEqual(copy(whole.toJSON()));
  });

  it('restores only the open threads, and loads a closed one back for a backfill and an undated report of its event', async () => {
    const whole = new StoryIndex();
    whole.placeBatch(placements);
    const state = copy(whole.toJSON());
    const restored = StoryIndex.fromParts(state, state.stories.map(StoryIndex.shelf(state, newest)), state.postings, newest);
    const { inHeap, threads } = restored.heapStats();
    expect(threads).toBe(state.stories.length);
    expect(inHeap).toBeLessThan(threads / 4);

    // A report of the first weeks, told again: once dated as its original (a backfill), once undated.
    const early = placements.find((p) => p.article.published && whole.storyOf(p.article.id) && state.stories.find((t) => t.members.some((m) => m.id === p.article.id))!.members.length >= 3)!;
    const thread = state.stories.find((t) => t.members.some((m) => m.id === early.article.id))!;
    const original = byId.get(early.article.id)!;
    const late = [retold(original, 'backfill-early', original.published), retold(original, 'undated-early', null)];
    whole.placeBatch(late);
    const source = rowsSource(state.stories);
    await restored.placeAll(late, source);
    expect(source.loaded).toContain(thread.seq);
    // Both joined the closed thread's story.
    for (const p of late) expect(restored.storyOf(p.article.id)).toBe(whole.storyOf(early.article.id));
    await restored.loadAll(source);
    expect(partition(restored)).toEqual(partition(whole));
    expect(restored.stories()).toEqual(whole.stories());
  });

  it('will not place through `place` what needs a thread out of the heap', () => {
    const whole = new StoryIndex();
    whole.placeBatch(placements);
    const state = copy(whole.toJSON());
    const restored = StoryIndex.fromParts(state, state.stories.map(StoryIndex.shelf(state, newest)), state.postings, newest);
    expect(() => restored.stories()).toThrow(/out of the heap/);
    expect(() => restored.place(retold(byId.get(placements[0].article.id)!, 'again-first', null))).toThrow(/out of the heap/);
  });
});
