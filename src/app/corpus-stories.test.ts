// The story index stored in pieces, through the corpus update: the stored index after an update
// on top of a stored one (reloaded from its rows) is the index one update over everything gives,
// as it stands and as of the last dated article, and an update writes only the rows it changed.
import { describe, expect, it } from 'vitest';
import type { StoryIndexHead } from '../core/stories/index.js';
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
