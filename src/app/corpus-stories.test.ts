// The story index stored in pieces, through the corpus update: the stored index after an update
// on top of a stored one (reloaded from its rows) is the index one update over everything gives,
// as it stands and as of the last dated article, and an update writes only the rows it changed;
// threads no newcomer can join stay out of the update's heap without changing the stories.
import { describe, expect, it } from 'vitest';
import { generateStoryCorpus } from '../../scripts/eval/_story-corpus.js';
import { extractArticle } from '../core/extract/index.js';
import { StoryIndex, storyFeatures, type StoryIndexHead } from '../core/stories/index.js';
import type { Article } from '../core/types.js';
import { generateCorpus } from '../gen/index.js';
import { Store } from '../store/index.js';
import { tempDirs } from '../testing/temp-dirs.js';
import { loadStoryIndex } from './corpus-stories.js';
import { processArticles, updateCorpus } from './pipeline.js';

const tempDir = tempDirs('storytrace-index-');
const corpus = generateCorpus({ articles: 160, seed: 23 }).articles.map((a) => a.article);
const dated = corpus.filter((a) => a.published !== null).sort((a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id));
const undated = corpus.filter((a) => a.published === null);

/** The stored index as it stands and as of the last dated article, as plain data. */
async function storedIndex(store: Store) {
  const head = (await store.storyState<StoryIndexHead>())!;
  const datedHead = (await store.datedStoryState<StoryIndexHead>())!;
  return { now: (await loadStoryIndex(store, head)).toJSON(), dated: (await loadStoryIndex(store, datedHead, true)).toJSON() };
}

/** Stores the articles in steps, each followed by a corpus update; returns the stored index and the thread rows each update wrote. */
async function inSteps(steps: Article[][]) {
  const store = await Store.open({ dir: tempDir() });
  try {
    const written: number[] = [];
    for (const step of steps) {
      await store.insertArticles(step);
      await processArticles(store, step.map((a) => a.id));
      // Every row an update writes is new or changed: count them by what is stored before and after.
      const before = new Map((await store.db.query<{ k: string; data: string | null }>(`select kind || ':' || phase || ':' || key as k, data from story_rows`)).map((r) => [r.k, r.data]));
      await updateCorpus(store);
      const after = await store.db.query<{ k: string; data: string | null }>(`select kind || ':' || phase || ':' || key as k, data from story_rows where kind = 0`);
      written.push(after.filter((r) => !before.has(r.k) || before.get(r.k) !== r.data).length);
    }
    return { index: await storedIndex(store), written, threads: Number((await store.db.query<{ n: string }>('select count(*) as n from story_rows where kind = 0'))[0]!.n) };
  } finally {
    await store.close();
  }
}

describe('the story index stored in pieces', () => {
  it('gives after two updates with a reload between the index one update gives', async () => {
    expect(undated.length).toBeGreaterThan(3);
    const cut = Math.floor(dated.length * 0.7);
    const once = await inSteps([corpus]);
    // The next day's news on a store holding undated articles: placed from the index as of the
    // last dated article, then the undated articles again.
    const twice = await inSteps([[...dated.slice(0, cut), ...undated], dated.slice(cut)]);
    expect(twice.index).toEqual(once.index);
    // Then one more undated article: placed on the index as it stands, written over it.
    const [last, ...rest] = undated;
    const thrice = await inSteps([[...dated, ...rest], [last!]]);
    expect(thrice.index).toEqual(once.index);
    expect(thrice.written[1]).toBeGreaterThan(0);
    expect(thrice.written[1]).toBeLessThan(4);
    expect(twice.written[1]).toBeLessThan(twice.threads);
  }, 300_000);
});

// Five months of stories: most threads are over by the last weeks, and stay in their rows.
const months = generateStoryCorpus({ articles: 240, seed: 6, undated: 0.1, days: 150 }).articles;
const monthsDated = months.filter((a) => a.published !== null).sort((a, b) => a.published!.localeCompare(b.published!) || a.id.localeCompare(b.id));

/** Another report of an article's event under another id (undated: no date). */
const retold = (a: Article, id: string, published: string | null): Article => ({ ...a, id: id.padEnd(24, '0'), source: `${id}.txt`, published });

/** The stored story list (ids and members) after the articles are stored and placed in steps, and the heap counts of each update. */
async function storyListInSteps(steps: Article[][]) {
  const store = await Store.open({ dir: tempDir() });
  try {
    const heaps: { inHeap: number; threads: number }[][] = [];
    for (const step of steps) {
      await store.insertArticles(step);
      await processArticles(store, step.map((a) => a.id));
      const heap: { inHeap: number; threads: number }[] = [];
      await updateCorpus(store, { storyHeap: (s) => heap.push(s) });
      heaps.push(heap);
    }
    const list = (await store.storyList<{ id: string; articles: string[] }>())!.stories.map((s) => `${s.id}: ${s.articles.join(',')}`);
    return { list, heaps, set: Number((await store.db.query<{ n: string }>('select count(*) as n from story_rows where phase = 2'))[0]!.n) };
  } finally {
    await store.close();
  }
}

describe('threads out of the corpus update heap', () => {
  it('keeps only open threads loaded for the next days, and places an undated report and a backfill of a closed thread as one update over everything', async () => {
    // A report of the first weeks told again: undated, and dated as its original (a backfill).
    const early = monthsDated[5]!;
    const undatedTwin = retold(early, 'zz-undated-early', null);
    const backfill = retold(early, 'backfill-early', early.published);
    const once = await storyListInSteps([[...months, undatedTwin, backfill]]);
    const story = once.list.find((s) => s.includes(early.id))!;
    expect(story).toContain(undatedTwin.id);
    expect(story).toContain(backfill.id);

    // The last ten days come as the next days' news; then the backfill.
    const lastDay = monthsDated.at(-1)!.published!.slice(0, 10);
    const cut = new Date(Date.parse(lastDay) - 10 * 86_400_000).toISOString().slice(0, 10);
    const nextDays = monthsDated.filter((a) => a.published!.slice(0, 10) > cut);
    const steps = await storyListInSteps([[...months.filter((a) => !nextDays.includes(a)), undatedTwin], nextDays, [backfill]]);
    // The next days were placed with only the open threads loaded (then every one, for the undated articles and the list).
    const [beforeUndated] = steps.heaps[1]!;
    expect(beforeUndated!.inHeap).toBeLessThan(beforeUndated!.threads / 2);
    // The backfill placed everything again: closed threads left the heap as the dates moved on.
    expect(Math.min(...steps.heaps[2]!.map((s) => s.inHeap / s.threads))).toBeLessThan(0.5);
    expect(steps.list).toEqual(once.list);
    expect(steps.set).toBe(0);
  }, 600_000);
});

describe('the story list of a corpus update', () => {
  it('is written with the closed threads read from the store, the same list an index holding every thread gives', async () => {
    // Dated reports only: no undated article brings every thread back before the list.
    const index = new StoryIndex();
    index.placeBatch(monthsDated.map((article) => ({ article, features: storyFeatures(article, extractArticle(article)) })));
    const expected = index.stories().map((s) => `${s.id}: ${s.articles.join(',')}`);
    const lastDay = monthsDated.at(-1)!.published!.slice(0, 10);
    const cut = new Date(Date.parse(lastDay) - 10 * 86_400_000).toISOString().slice(0, 10);
    const nextDays = monthsDated.filter((a) => a.published!.slice(0, 10) > cut);
    const steps = await storyListInSteps([monthsDated.filter((a) => !nextDays.includes(a)), nextDays]);
    // Both updates ended with most threads out of the heap.
    for (const heap of steps.heaps) expect(heap.at(-1)!.inHeap).toBeLessThan(heap.at(-1)!.threads / 2);
    expect(steps.list).toEqual(expected);
    expect(steps.set).toBe(0);
  }, 600_000);
});
