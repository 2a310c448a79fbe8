// Synthetic corpus generator: reproducible news articles grouped into known stories, with known
// injected reuse, quotes and figures, so every stage can be tested and benchmarked against truth
// at any scale. Pure: callers (scripts/gen.ts, benches, tests) decide what to write where.
import { articleId, contentId } from '../core/ingest/index.ts';
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

/** A day, half the time with a time of day no earlier than `after` (minutes since midnight). */
function publishDate(rng: Random, day: string, after = 5 * 60): IsoDate {
  if (rng.chance(0.5) || after >= 24 * 60 - 1) return day;
  const minutes = rng.int(after + 1, 24 * 60 - 1);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${day}T${hh}:${mm}`;
}

/** Minutes since midnight of a 'YYYY-MM-DDTHH:MM' date, or 0 without a time. */
const minuteOf = (d: string): number => (d.length > 10 ? Number(d.slice(11, 13)) * 60 + Number(d.slice(14, 16)) : 0);

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

/** Articles per day of the generated news feed; sets how far apart in time stories start. */
const ARTICLES_PER_DAY = 200;

interface Schedule {
  /** Story index of each article, in feed order. */
  story: number[];
  /** Feed position at which each story starts. */
  start: number[];
}

/**
 * Which story each article belongs to, in feed order. Story sizes come from one fixed skewed
 * distribution (a third single-article, a few up to ~30) whatever the corpus size, and a story's
 * articles arrive close together in the feed, as news does: the work per article stays flat as
 * corpora grow. Stories are numbered in order of first appearance.
 */
function storySchedule(rng: Random, total: number): Schedule {
  const slots: { story: number; at: number }[] = [];
  const starts: number[] = [];
  for (let story = 0; slots.length < total; story++) {
    const size = 1 + Math.floor(30 * rng.next() ** 3);
    const at = slots.length;
    starts.push(at);
    const spread = 40 + 30 * size;
    for (let k = 0; k < size; k++) slots.push({ story, at: at + (k === 0 ? 0 : rng.next() * spread) });
  }
  slots.length = total;
  slots.sort((x, y) => x.at - y.at || x.story - y.story);
  const renumber = new Map<number, number>();
  const start: number[] = [];
  const story = slots.map((s) => {
    if (!renumber.has(s.story)) {
      renumber.set(s.story, renumber.size);
      start.push(starts[s.story]);
    }
    return renumber.get(s.story)!;
  });
  return { story, start };
}

function uniqueWholeCopy(source: Paragraph[], usedTexts: Set<string>): Paragraph[] | null {
  for (let variant = 0; ; variant++) {
    const copy = wholeCopy(source, variant);
    if (!copy || !usedTexts.has(contentId(joinParagraphs(copy)))) return copy;
  }
}

/** Generates `articles` articles; the same options always give the same corpus. */
export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const articles: GeneratedArticle[] = [];
  const direct: DirectCopy[] = [];
  const feed = generateFeed(options, direct);
  let next = feed.next();
  for (; !next.done; next = feed.next()) articles.push(next.value);
  return {
    seed: options.seed ?? 1,
    articles,
    stories: next.value,
    reuse: reuseTruth(articles, direct),
    quotes: articles.flatMap((a) => a.paragraphs.flatMap((p) => p.quotes.map((q) => ({ ...q, article: a.article.id })))),
    figures: articles.flatMap((a) => a.paragraphs.flatMap((p) => p.figures.map((f) => ({ ...f, article: a.article.id })))),
  };
}

/**
 * The articles of `generateCorpus` one at a time, in the same order, holding only the articles of
 * stories still running (a copy's source is an earlier article of its story): a million-article
 * corpus can be streamed to disk or a queue without holding it all. No truth is kept.
 */
export function* streamCorpus(options: GenerateOptions): Generator<GeneratedArticle, void> {
  yield* generateFeed(options);
}

interface DirectCopy {
  source: number;
  copy: number;
  kind: CopyKind;
  credited: boolean;
}

/** The generator behind both: the direct copies are collected into `direct` when given. Returns the stories. */
function* generateFeed(options: GenerateOptions, direct?: DirectCopy[]): Generator<GeneratedArticle, StoryModel[]> {
  const seed = options.seed ?? 1;
  const total = Math.max(0, Math.floor(options.articles));
  const rng = createRandom(seed);
  const people = createPeople(rng, Math.max(8, Math.ceil(total / 20)));
  const outlets = createOutlets(rng, Math.min(600, Math.max(12, Math.ceil(total / 100))));
  const schedule = storySchedule(rng, total);
  // Feed position of each story's last article: after it, the story's articles are let go.
  const lastOf = new Map<number, number>();
  schedule.story.forEach((s, n) => lastOf.set(s, n));
  const stories: StoryModel[] = [];
  const members: number[][] = [];
  const live = new Map<number, GeneratedArticle>();
  // Every article's text differs (contentId), so its id (articleId) does too.
  const usedTexts = new Set<string>();

  for (let n = 0; n < total; n++) {
    const s = schedule.story[n];
    if (s === stories.length) {
      const startDay = addDays('2015-01-01', Math.floor(schedule.start[s] / ARTICLES_PER_DAY) + rng.int(0, 2));
      stories.push(createStory(rng, s, people, startDay));
      members.push([]);
    }
    const story = stories[s];
    const file = `gen-${String(n).padStart(6, '0')}`;
    const writer = new ArticleWriter(rng, story, file);
    let outlet = rng.chance(0.95) ? rng.pick(outlets) : null;
    const earlier = members[s];
    const roll = rng.next();
    let kind: ArticleKind = 'original';
    let paragraphs: Paragraph[];
    let published: IsoDate | null;
    const windowDays = dayOffset(story.window[0], story.window[1]);
    const ownDay = addDays(story.window[0], rng.int(0, windowDays));
    if (earlier.length > 0 && roll < 0.35) {
      const source = live.get(rng.pick(earlier))!;
      const sourceIndex = Number(source.file.slice(4));
      // An outlet does not republish its own article, nor one that credits it.
      while (outlet && (outlet === source.outlet || source.body.includes(outlet))) outlet = rng.pick(outlets);
      const credit = source.outlet && rng.chance(0.5) ? source.outlet : null;
      const whole = roll < 0.08 ? uniqueWholeCopy(source.paragraphs, usedTexts) : null;
      if (whole) {
        kind = 'whole copy';
        paragraphs = whole;
      } else if (roll < 0.2) {
        kind = 'edited copy';
        paragraphs = editedCopy(source.paragraphs, rng, writer, credit);
      } else {
        kind = 'partial copy';
        paragraphs = partialCopy(source.paragraphs, rng, writer, credit);
      }
      // A copy appears after its source: a later day, or later the same day.
      const sourceDay = source.published ? source.published.slice(0, 10) : ownDay;
      const lag = rng.int(0, 2);
      const after = lag === 0 && source.published ? minuteOf(source.published) : 5 * 60;
      published = rng.chance(0.1) ? null : publishDate(rng, addDays(sourceDay, lag), after);
      direct?.push({ source: sourceIndex, copy: n, kind, credited: credit !== null && kind !== 'whole copy' });
    } else {
      paragraphs = writer.body();
      published = rng.chance(0.1) ? null : publishDate(rng, ownDay);
    }
    const headline = headlineFor(rng, story);
    const layout = rng.int(0, 11);
    // An edit that changed nothing would repeat a text: add a paragraph (every generated text differs).
    let body = joinParagraphs(paragraphs);
    while (usedTexts.has(contentId(body))) {
      paragraphs = [...paragraphs, writer.narrative()];
      body = joinParagraphs(paragraphs);
    }
    const original = renderText({ outlet, published, headline, body, layout });
    const article: Article = {
      id: articleId({ body, outlet, url: null, published }),
      source: file,
      outlet,
      url: null,
      headline,
      published,
      language: 'en',
      body,
      original,
    };
    usedTexts.add(contentId(body));
    const generated = new GeneratedArticle(file, story.id, kind, outlet, published, headline, paragraphs, layout, article);
    earlier.push(n);
    if (lastOf.get(s) === n) {
      for (const m of earlier) live.delete(m);
      members[s] = [];
    } else live.set(n, generated);
    yield generated;
  }
  return stories;
}

/** Every pair of articles sharing paragraphs of common origin, direct copies and siblings alike. */
function reuseTruth(articles: GeneratedArticle[], direct: DirectCopy[]): TruthReuse[] {
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
