// Synthetic corpus generator: reproducible news articles grouped into known stories, with known
// injected reuse, quotes and figures, so every stage can be tested and benchmarked against truth
// at any scale. Pure: callers (scripts/gen.ts, benches, tests) decide what to write where.
import { contentId } from '../core/ingest/index.ts';
import type { Article, IsoDate } from '../core/types.ts';
import { editedCopy, joinParagraphs, partialCopy, wholeCopy, type CopyKind } from './copies.ts';
import { createRandom, type Random } from './random.ts';
import { renderHtml, renderText } from './render.ts';
import { addDays, createPeople, createStory, dayOffset, type StoryModel } from './stories.ts';
import * as V from './vocabulary.ts';
import { ArticleWriter, type FigureUse, type Paragraph, type QuoteUse } from './writer.ts';

export type { StoryModel, GeneratedPerson, GeneratedOrg, StoryQuote, StoryFigure } from './stories.ts';
export type { Paragraph, QuoteUse, FigureUse } from './writer.ts';
export type { CopyKind } from './copies.ts';

export interface GenerateOptions {
  articles: number;
  seed?: number;
}

export type ArticleKind = 'original' | CopyKind;

export class GeneratedArticle {
  constructor(
    /** File stem, e.g. 'gen-000042'; also the Article.source. */
    readonly file: string,
    readonly story: string,
    readonly kind: ArticleKind,
    readonly outlet: string | null,
    readonly published: IsoDate | null,
    readonly headline: string,
    readonly paragraphs: Paragraph[],
    readonly layout: number,
    readonly article: Article,
  ) {}

  get body(): string {
    return this.article.body;
  }

  /** As a scraper would have saved it: headline, dateline, paragraphs. */
  get text(): string {
    return this.article.original;
  }

  get html(): string {
    return renderHtml(this);
  }
}

export interface TruthReuse {
  /** Article ids. For 'shared ancestor' pairs neither copied the other: source is simply one side. */
  source: string;
  copy: string;
  kind: CopyKind | 'shared ancestor';
  direction: 'known' | 'unknown';
  /** Paragraphs of common origin in both articles. */
  paragraphs: number;
  /** The copy names the source's outlet. */
  credited: boolean;
}

export interface TruthQuote extends QuoteUse {
  article: string;
}

export interface TruthFigure extends FigureUse {
  article: string;
}

export interface GeneratedCorpus {
  seed: number;
  articles: GeneratedArticle[];
  stories: StoryModel[];
  reuse: TruthReuse[];
  quotes: TruthQuote[];
  figures: TruthFigure[];
}

function createOutlets(rng: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    names.add(rng.chance(0.8) ? `The ${rng.pick(V.places)} ${rng.pick(V.outletStems)}` : `${rng.pick(V.places)} ${rng.pick(V.outletStems)}`);
  }
  return [...names];
}

function publishDate(rng: Random, day: string): IsoDate {
  if (rng.chance(0.5)) return day;
  const hh = String(rng.int(5, 23)).padStart(2, '0');
  const mm = String(rng.int(0, 59)).padStart(2, '0');
  return `${day}T${hh}:${mm}`;
}

function headlineFor(rng: Random, story: StoryModel): string {
  const p = rng.pick(story.people);
  const v = rng.pick(V.verbs);
  const t = rng.pick(story.topic);
  const place = rng.pick(story.places);
  switch (rng.int(0, 3)) {
    case 0: return story.title;
    case 1: return `${p.aliases[2]} ${v[2]} ${t} plan for ${place}`;
    case 2: return `${story.country} ${v[2]} ${rng.pick(V.adjectives)} ${t} as talks stall`;
    default: return `${place}: ${t} ${v[1]} after ${rng.pick(V.adjectives)} ${rng.pick(V.nouns)}`;
  }
}

/**
 * Which story each article belongs to, in publication order. Story sizes come from one fixed
 * skewed distribution (a third single-article, a few up to ~30), whatever the corpus size, so
 * the work per article stays flat as corpora grow, as it does in real news. Stories are numbered
 * in order of first appearance.
 */
function storySchedule(rng: Random, total: number): number[] {
  const slots: number[] = [];
  for (let story = 0; slots.length < total; story++) {
    const size = 1 + Math.floor(30 * rng.next() ** 3);
    for (let k = 0; k < size; k++) slots.push(story);
  }
  slots.length = total;
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  const renumber = new Map<number, number>();
  return slots.map((s) => {
    if (!renumber.has(s)) renumber.set(s, renumber.size);
    return renumber.get(s)!;
  });
}

function uniqueWholeCopy(source: Paragraph[], usedIds: Set<string>): Paragraph[] | null {
  for (let variant = 0; ; variant++) {
    const copy = wholeCopy(source, variant);
    if (!copy || !usedIds.has(contentId(joinParagraphs(copy)))) return copy;
  }
}

/** Generates `articles` articles; the same options always give the same corpus. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.articles));
  const rng = createRandom(seed);
  const people = createPeople(rng, Math.max(8, Math.ceil(total / 20)));
  const outlets = createOutlets(rng, Math.min(600, Math.max(12, Math.ceil(total / 100))));
  const schedule = storySchedule(rng, total);
  const stories: StoryModel[] = [];
  const members: number[][] = [];
  const articles: GeneratedArticle[] = [];
  const direct: { source: number; copy: number; kind: CopyKind; credited: boolean }[] = [];
  const usedIds = new Set<string>();

  for (let n = 0; n < total; n++) {
    const s = schedule[n];
    if (s === stories.length) {
      stories.push(createStory(rng, s, people));
      members.push([]);
    }
    const story = stories[s];
    const file = `gen-${String(n).padStart(6, '0')}`;
    const writer = new ArticleWriter(rng, story, file);
    const outlet = rng.chance(0.95) ? rng.pick(outlets) : null;
    const earlier = members[s];
    const roll = rng.next();
    let kind: ArticleKind = 'original';
    let paragraphs: Paragraph[];
    let published: IsoDate | null;
    const windowDays = dayOffset(story.window[0], story.window[1]);
    const ownDay = addDays(story.window[0], rng.int(0, windowDays));
    if (earlier.length > 0 && roll < 0.35) {
      const source = articles[rng.pick(earlier)];
      const sourceIndex = Number(source.file.slice(4));
      const credit = source.outlet && source.outlet !== outlet && rng.chance(0.5) ? source.outlet : null;
      const whole = roll < 0.08 ? uniqueWholeCopy(source.paragraphs, usedIds) : null;
      if (whole) {
        kind = 'whole copy';
        paragraphs = whole;
      } else if (roll < 0.2) {
        kind = 'edited copy';
        paragraphs = editedCopy(source.paragraphs, rng, writer, credit);
      } else {
        kind = 'partial copy';
        paragraphs = partialCopy(source.paragraphs, rng, writer, credit).body;
      }
      const sourceDay = source.published ? source.published.slice(0, 10) : ownDay;
      published = rng.chance(0.1) ? null : publishDate(rng, addDays(sourceDay, rng.int(0, 2)));
      direct.push({ source: sourceIndex, copy: n, kind, credited: credit !== null && kind !== 'whole copy' });
    } else {
      paragraphs = writer.body();
      published = rng.chance(0.1) ? null : publishDate(rng, ownDay);
    }
    const headline = headlineFor(rng, story);
    const layout = rng.int(0, 11);
    // An edit that changed nothing would make a second article with the same id: add a paragraph.
    let body = joinParagraphs(paragraphs);
    let id = contentId(body);
    while (usedIds.has(id)) {
      paragraphs = [...paragraphs, writer.narrative()];
      body = joinParagraphs(paragraphs);
      id = contentId(body);
    }
    const original = renderText({ outlet, published, headline, body, layout });
    const article: Article = {
      id,
      source: file,
      outlet,
      url: null,
      headline,
      published,
      body,
      original,
    };
    usedIds.add(article.id);
    articles.push(new GeneratedArticle(file, story.id, kind, outlet, published, headline, paragraphs, layout, article));
    earlier.push(n);
  }

  return {
    seed,
    articles,
    stories,
    reuse: reuseTruth(articles, direct),
    quotes: articles.flatMap((a) => a.paragraphs.flatMap((p) => p.quotes.map((q) => ({ ...q, article: a.article.id })))),
    figures: articles.flatMap((a) => a.paragraphs.flatMap((p) => p.figures.map((f) => ({ ...f, article: a.article.id })))),
  };
}

/** Every pair of articles sharing paragraphs of common origin, direct copies and siblings alike. */
function reuseTruth(
  articles: GeneratedArticle[],
  direct: { source: number; copy: number; kind: CopyKind; credited: boolean }[],
): TruthReuse[] {
  const byOrigin = new Map<string, Set<number>>();
  articles.forEach((a, i) => {
    for (const p of a.paragraphs) {
      let set = byOrigin.get(p.origin);
      if (!set) byOrigin.set(p.origin, (set = new Set()));
      set.add(i);
    }
  });
  const shared = new Map<string, number>();
  for (const set of byOrigin.values()) {
    if (set.size < 2) continue;
    const list = [...set].sort((a, b) => a - b);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = `${list[x]},${list[y]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const directByKey = new Map(direct.map((d) => [`${Math.min(d.source, d.copy)},${Math.max(d.source, d.copy)}`, d]));
  const out: TruthReuse[] = [];
  for (const [key, paragraphs] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [x, y] = key.split(',').map(Number);
    const d = directByKey.get(key);
    const source = articles[d ? d.source : x].article.id;
    const copy = articles[d ? d.copy : y].article.id;
    out.push({
      source,
      copy,
      kind: d ? d.kind : 'shared ancestor',
      direction: d ? 'known' : 'unknown',
      paragraphs,
      credited: d ? d.credited : false,
    });
  }
  return out;
}
