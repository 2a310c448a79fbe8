// Arrival order does not decide the stories, on real news: the realworld set (../shared/realworld,
// texts from the STORYTRACE_REALWORLD cache) in five random orders, and article by article as the
// corpus update places them (a persisted index, replayed in order when a newcomer sorts before the
// last placed article), gives the partition of one batch, into stories and their threads.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, loadTexts } from '../../../scripts/eval/_realworld.js';
import { extractArticle } from '../extract/index.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import { skipWithoutShared } from '../../testing/shared.js';
import type { Article } from '../types.js';
import { StoryIndex, clusterStories, storyFeatures, type Placement } from './index.js';

function realworld(): { placements: Placement[]; articles: Article[] } | string {
  if (skipWithoutShared()) return 'no ../shared';
  const loaded = loadTexts(loadManifest());
  if ('absent' in loaded) return loaded.absent;
  const byId = new Map<string, Article>();
  for (const [id, text] of loaded.texts) {
    const a = cleanDoc(readInput(join(loaded.dir, `${id}.txt`), Buffer.from(text)).docs[0]);
    if (a.body.trim()) byId.set(a.id, a);
  }
  const articles = [...byId.values()];
  return { articles, placements: articles.map((article) => ({ article, features: storyFeatures(article, extractArticle(article)) })) };
}

const set = realworld();
if (typeof set === 'string') console.log(`skipped: realworld order test (${set})`);
// Each story as its threads, each thread as its sorted articles: threads must not depend on order either.
const partition = (stories: { threads: { articles: string[] }[] }[]) =>
  stories.map((s) => s.threads.map((t) => [...t.articles].sort().join(' ')).sort().join(' | ')).sort();

let seed = 15;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const shuffle = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

describe.skipIf(typeof set === 'string')('stories on the realworld set, whatever the arrival order', () => {
  const { placements } = set as Exclude<typeof set, string>;
  const batch = () => {
    const index = new StoryIndex();
    index.placeBatch(placements);
    return partition(index.stories());
  };

  it('gives one partition for five random orders of one batch', () => {
    const expected = batch();
    expect(expected.length).toBeGreaterThan(5);
    for (let k = 0; k < 5; k++) {
      const index = new StoryIndex();
      index.placeBatch(shuffle(placements));
      expect(partition(index.stories())).toEqual(expected);
    }
  });

  it('gives the batch partition when articles arrive one at a time in random order', () => {
    const expected = batch();
    for (let k = 0; k < 2; k++) {
      let state = new StoryIndex().toJSON();
      const seen: Placement[] = [];
      for (const p of shuffle(placements)) {
        seen.push(p);
        // As the corpus update does: a newcomer that sorts before the last placed article replays all.
        const inOrder = StoryIndex.placesInOrder(state, p.article);
        const index = inOrder ? StoryIndex.fromJSON(state) : new StoryIndex();
        index.placeBatch(inOrder ? [p] : seen);
        state = JSON.parse(JSON.stringify(index.toJSON()));
      }
      expect(partition(StoryIndex.fromJSON(state).stories())).toEqual(expected);
    }
  });

  it('gives the batch partition through clusterStories in any input order', () => {
    const { articles } = set as Exclude<typeof set, string>;
    const extractions = articles.map(extractArticle);
    expect(partition(clusterStories(shuffle(articles), extractions))).toEqual(batch());
  });
});
