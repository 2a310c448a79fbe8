import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bcubed, generateStoryCorpus } from '../../../scripts/eval/_story-corpus.js';
import { generateCorpus } from '../../gen/index.js';
import { extractArticle } from '../extract/index.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import { loadSeeds } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import type { Article } from '../types.js';
import { StoryIndex, clusterStories } from './index.js';

const noShared = skipWithoutShared();
const seeds = (noShared ? [] : loadSeeds()).map((s) => ({ prefix: s.prefix, article: cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0]) }));
const prefixOf = new Map(seeds.map((s) => [s.article.id, s.prefix]));
const grouped = (stories: { articles: string[] }[]) =>
  stories.map((s) => s.articles.map((a) => prefixOf.get(a) ?? a).sort().join(',')).sort();

describe.skipIf(noShared)('stories on the seeds', () => {
  const articles = seeds.map((s) => s.article);
  const extractions = articles.map(extractArticle);

  it('finds exactly the Dec-2017 story and the separate 2016 one, with and without extraction', () => {
    expect(grouped(clusterStories(articles))).toEqual(['000,001,002,003', '004']);
    expect(grouped(clusterStories(articles, extractions))).toEqual(['000,001,002,003', '004']);
  });

  it('gives the same stories whatever order a batch arrives in', () => {
    for (const order of [[4, 3, 2, 1, 0], [2, 4, 0, 1, 3], [0, 1, 2, 3, 4]]) {
      const index = new StoryIndex();
      index.assignBatch(order.map((i) => articles[i]), extractions);
      expect(grouped(index.stories())).toEqual(['000,001,002,003', '004']);
    }
  });

  it('describes each story: title, span of publication dates, outlets, key entities', () => {
    const stories = clusterStories(articles, extractions);
    const tanf = stories.find((s) => s.articles.length === 4)!;
    expect(tanf.span).toEqual(['2017-12-25', '2017-12-27']);
    expect(tanf.outlets).toEqual(expect.arrayContaining(['RT', 'Press TV', 'The Moscow Times']));
    expect(tanf.title.length).toBeGreaterThan(10);
    expect(tanf.entities).toEqual(expect.arrayContaining(['Valery Gerasimov', 'Sergey Lavrov']));
    const other = stories.find((s) => s.articles.length === 1)!;
    expect(other.span).toEqual([null, null]);
    expect(other.title).toBe(articles[4].headline);
  });
});

// Synthetic reports of our own: two stories about the same ministry and minister, months apart,
// and one undated report of the first.
function article(id: string, published: string | null, headline: string, body: string): Article {
  return { id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline, published, language: null, body, original: body };
}

const bridgeA1 = article(
  'a1',
  '2031-03-02',
  'Marvel Bay bridge closed after cracks found in pylons',
  'Engineers closed the Marvel Bay bridge on Sunday after inspectors found cracks in two of its pylons, Transport Minister Odile Ferrant said.\n\n' +
    'Ferrant said traffic would be diverted through the Quillon tunnel while divers examine the pylon foundations. The Harbour Authority said the ferry service would double its crossings.',
);
const bridgeA2 = article(
  'a2',
  '2031-03-03',
  'Ferries double crossings as Marvel Bay bridge stays shut',
  'The Harbour Authority doubled ferry crossings on Monday as the Marvel Bay bridge stayed closed over cracked pylons.\n\n' +
    'Divers began examining the pylon foundations, and Transport Minister Odile Ferrant said the Quillon tunnel diversion would last at least a week.',
);
const bridgeUndated = article(
  'a3',
  null,
  'Cracked pylons: what we know about the Marvel Bay bridge closure',
  'Inspectors found cracks in two pylons of the Marvel Bay bridge, and divers are examining the foundations.\n\n' +
    'Odile Ferrant, the transport minister, said the Quillon tunnel diversion stays in place and the Harbour Authority ferry crossings remain doubled.',
);
const budgetB1 = article(
  'b1',
  '2031-09-20',
  'Transport budget cut by a fifth, minister confirms',
  'Transport Minister Odile Ferrant confirmed on Friday that next year’s transport budget will be cut by a fifth, delaying rail electrification in the northern provinces.\n\n' +
    'Ferrant said road maintenance would be protected, but unions warned that the rail works would stall and that station staff faced layoffs.',
);

describe('story index on synthetic reports', () => {
  it('keeps two stories about the same minister apart and places the undated report', () => {
    const index = new StoryIndex();
    const a1 = index.assign(bridgeA1);
    expect(index.assign(bridgeA2)).toBe(a1);
    expect(index.assign(budgetB1)).not.toBe(a1);
    expect(index.assign(bridgeUndated)).toBe(a1);
    expect(index.stories()).toHaveLength(2);
  });

  it('derives stable ids from the founding article and keeps them as articles arrive', () => {
    const index = new StoryIndex();
    const id = index.assign(bridgeA1);
    expect(id).toBe(`story-${bridgeA1.id.slice(0, 12)}`);
    index.assign(budgetB1);
    index.assign(bridgeA2);
    expect(index.storyOf(bridgeA1.id)).toBe(id);
    expect(index.assign(bridgeA1)).toBe(id);
  });

  it('persists through toJSON/fromJSON and continues exactly as an uninterrupted index', () => {
    const uninterrupted = new StoryIndex();
    for (const a of [bridgeA1, budgetB1, bridgeA2, bridgeUndated]) uninterrupted.assign(a);
    const first = new StoryIndex();
    first.assign(bridgeA1);
    first.assign(budgetB1);
    const resumed = StoryIndex.fromJSON(JSON.parse(JSON.stringify(first.toJSON())));
    resumed.assign(bridgeA2);
    resumed.assign(bridgeUndated);
    expect(resumed.stories()).toEqual(uninterrupted.stories());
  });

  it('places an undated article by the period its own evidence points to', () => {
    const body = (lead: string) =>
      `${lead} Grain barges left Odesa under navy escort, and the port authority said insurers had raised premiums again.\n\n` +
      'Exporters in Odesa said the escort scheme kept the grain corridor open despite drone attacks on the port.';
    const dated = article('u1', '2025-03-10', 'Grain barges leave Odesa under escort', body('Three years of war in Ukraine have not closed the corridor.'));
    const alike = article('u2', null, 'Odesa grain corridor stays open', body('Three years into the war in Ukraine, the corridor holds.'));
    const older = article('u3', null, 'Odesa grain corridor stays open', body('One year into the war in Ukraine, the corridor holds.'));
    const index = new StoryIndex();
    const story = index.assign(dated);
    expect(index.assign(alike)).toBe(story);
    expect(index.assign(older)).not.toBe(story);
  });

  it('lets no undated report’s year-wide evidence bridge two reports of the same words months apart', () => {
    const en = (id: string, published: string | null, headline: string, body: string) => ({ ...article(id, published, headline, body), language: 'en' });
    const march = en('g1', '2031-03-10', 'Grain barges leave Odesa under navy escort', 'Grain barges left Odesa under navy escort on Monday, and the port authority said insurers had raised premiums again.\n\nExporters in Odesa said the escort scheme kept the grain corridor open despite drone attacks on the port.');
    const march2 = en('g2', '2031-03-11', 'Insurers raise premiums on Odesa grain barges', 'Insurers raised premiums on grain barges leaving Odesa under navy escort, the port authority said on Tuesday.\n\nExporters said drone attacks on the port had not closed the grain corridor.');
    const september = en('g3', '2031-09-22', 'Odesa grain corridor closes after drone strikes on port', 'The port authority closed the Odesa grain corridor on Monday after drone attacks on the port damaged two berths, and navy escorts were suspended.\n\nExporters in Odesa said insurers had stopped covering grain barges.');
    // Undated, it points to a whole year ("nine years into the war") and tells what both tell.
    const explainer = en('g4', null, 'Odesa grain corridor: a year of escorts and drone attacks', 'Nine years into the war in Ukraine, grain barges leave Odesa under navy escort while drone attacks on the port go on.\n\nThe port authority and exporters in Odesa say insurers raise premiums after every strike on the grain corridor.');
    const sets = (articles: Article[]) => clusterStories(articles).map((s) => s.articles.map((a) => a.slice(0, 2)).sort().join(',')).sort();
    expect(sets([march, march2, september])).toEqual(['g1,g2', 'g3']);
    expect(sets([march, march2, september, explainer])).toEqual(['g1,g2,g4', 'g3']);
  });

  it('places an article with no content words in a story of its own', () => {
    const index = new StoryIndex();
    index.assign(bridgeA1);
    const empty = article('e1', '2031-03-02', '', '… — !');
    expect(index.assign(empty)).toBe(`story-${empty.id.slice(0, 12)}`);
  });

  it('separates a story from an older one with the same words when dates are far apart', () => {
    const later = article('c1', '2032-03-02', bridgeA1.headline!, bridgeA1.body.replace('Sunday', 'Tuesday'));
    const index = new StoryIndex();
    const a = index.assign(bridgeA1);
    expect(index.assign(later)).not.toBe(a);
  });
});

describe('story index on generated corpora with known stories', () => {
  it('reaches BCubed F1 >= 0.95 on the shared generator', () => {
    const corpus = generateCorpus({ articles: 3000, seed: 9 });
    const truth = new Map(corpus.articles.map((a) => [a.article.id, a.story]));
    const stories = clusterStories(corpus.articles.map((a) => a.article));
    expect(bcubed(stories.map((s) => s.articles), truth).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches BCubed F1 >= 0.95 on stories that share beats, people and dates', () => {
    const { articles, truth } = generateStoryCorpus({ articles: 3000, seed: 9 });
    const stories = clusterStories(articles);
    expect(bcubed(stories.map((s) => s.articles), truth).f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('key entities of a story', () => {
  const article = (id: string, body: string): Article => ({ id, source: id, outlet: null, url: null, headline: null, published: '2025-05-02', language: 'en', body, original: body });

  it('lists a name whole, not also its first and last names apart; a place inside an organisation stays', () => {
    const a = article(
      'k1',
      'Oat growers in the Tarrow basin expect a smaller harvest after a cold spring, the Tarrow Growers Cooperative said on Friday.\n\n' +
        '"The fields are weeks behind," cooperative chair Ilse Marrandt said. Marrandt added that seed prices had risen.',
    );
    const [story] = clusterStories([a], [extractArticle(a)]);
    expect(story.entities).toContain('Ilse Marrandt');
    expect(story.entities).not.toContain('Ilse');
    expect(story.entities).not.toContain('Marrandt');
  });
});
