// Every stage over a set of articles in memory, for evaluation, tests and benchmarks. The app's
// pipeline runs the same stages incrementally over the store and assembles its report the same way:
// corpus-wide entity resolution, then each story compared on its own inputs (so a story whose
// inputs did not change keeps its stored comparison).
import { COPY_KINDS } from './reuse/index.js';
import { canMatch, compareStories, wordLine, type ComparedStory, type Comparison } from './compare/index.js';
import { canonicalIn, extractArticle, resolveCorpusNames, type CorpusResolution, type EntityResolution } from './extract/index.js';
import { detectReuse } from './reuse/index.js';
import { storiesWithOutlets, withOutletIdentity } from './outlets/index.js';
import { clusterStories, splitMoves, type QuoteVoice } from './stories/index.js';
import type { AnalysisReport, Article, ArticleExtraction, Entity, Quote, ReuseRecord, Story } from './types.js';

export function analyzeArticles(articles: Article[]): AnalysisReport {
  const extractions = articles.map(extractArticle);
  return assembleReport(articles, extractions, detectReuse(articles), clusterStories(articles, extractions));
}

/** The report from per-article extractions, reuse records and stories: corpus resolution, then comparison. */
export function assembleReport(cleaned: Article[], extractions: ArticleExtraction[], reuse: ReuseRecord[], clustered: Story[]): AnalysisReport {
  // One outlet name per host across the corpus, for every part of the report.
  const articles = withOutletIdentity(cleaned);
  const { resolution: resolved, renames } = resolveCorpusNames(extractions);
  const stories = storiesWithOutlets(withMoves(clustered, articles, resolved.quotes, reuse), articles);
  const comparison = emptyComparison();
  for (const input of storyInputs({ stories, articles, extractions, reuse, resolved, renames })) addComparison(comparison, compareStory(input));
  return {
    articles: articles.map(({ original: _original, ...rest }) => rest),
    reuse,
    ...resolved,
    stories: withCopies(stories, reuse),
    ...comparison,
  };
}

/**
 * Each story's threads split into moves (see stories/moves.ts): by the main voice of each report
 * (the corpus-resolved quotes) and its day, a copy kept with what it copies. Needs the quotes and
 * the copies, which the story index never sees.
 */
export function withMoves(stories: Story[], articles: Pick<Article, 'id' | 'published' | 'headline'>[], quotes: Quote[], reuse: ReuseRecord[]): Story[] {
  const byArticle = new Map<string, Quote[]>();
  for (const q of quotes) (byArticle.get(q.article) ?? byArticle.set(q.article, []).get(q.article)!).push(q);
  return withMovesFrom(stories, articles, (id) => byArticle.get(id) ?? [], copySources(reuse));
}

/**
 * withMoves from lookups: the stories' articles (at least their members), each article's resolved
 * quotes, and the copy sources of the corpus (copySources). Lets a caller hold a batch of stories'
 * parts at a time.
 */
export function withMovesFrom(
  stories: Story[],
  articles: Pick<Article, 'id' | 'published' | 'headline'>[],
  quotesOf: (article: string) => QuoteVoice[],
  copies: Map<string, string[]>,
): Story[] {
  const meta = new Map(articles.map((a) => [a.id, { published: a.published, headline: a.headline }]));
  return stories.map((story) => (story.articles.length < 2 ? story : splitMoves(story, { articles: meta, quotes: story.articles.flatMap(quotesOf), copies })));
}

/** Copy -> the articles it copies text from: every reuse but a shared quote alone. */
export function copySources(reuse: Iterable<Pick<ReuseRecord, 'kind' | 'source' | 'copy'>>): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const r of reuse) {
    if (r.kind === 'shared quote only') continue;
    const list = sources.get(r.copy);
    if (list) list.push(r.source);
    else sources.set(r.copy, [r.source]);
  }
  return sources;
}

/**
 * Copy -> the articles it copies text from, as the stories' member reasons name them: copySources
 * of the records that are no update (an update copies nothing: no member is named a copy of its
 * earlier version).
 */
export function copiedSources(reuse: Pick<ReuseRecord, 'kind' | 'source' | 'copy' | 'update'>[]): Map<string, string[]> {
  return copySources(reuse.filter((r) => !r.update));
}

/** Each member's reasons gain the articles of its story it copies text from (the reuse stage's verdict). */
export function withCopies(stories: Story[], reuse: ReuseRecord[]): Story[] {
  return withCopiesFrom(stories, copiedSources(reuse));
}

/** withCopies from the corpus's copy sources (copiedSources). */
export function withCopiesFrom(stories: Story[], sources: Map<string, string[]>): Story[] {
  return stories.map((story) => {
    const members = new Set(story.articles);
    return {
      ...story,
      why: story.why.map((w) => ({ ...w, copies: (sources.get(w.article) ?? []).filter((s) => members.has(s)).sort() })),
    };
  });
}

/**
 * Everything one story's comparison reads: its member articles and their extractions, the
 * corpus-resolved quotes, figures and attributions of those articles, the resolved entities they
 * name, and the reuse records that make a member a copy (followed along copy chains). Nothing else in the corpus counts: the
 * entities carry only the aliases that can occur in the story's text, and no corpus-wide mention
 * count, so another story's new articles leave this input as it was.
 */
export interface StoryInput {
  story: Story;
  articles: Article[];
  extractions: ArticleExtraction[];
  resolved: CorpusResolution;
  reuse: ReuseRecord[];
}

export interface CorpusParts {
  stories: Story[];
  /** At least every member of the given stories (bodies needed only for stories to be compared). */
  articles: Article[];
  extractions: ArticleExtraction[];
  reuse: ReuseRecord[];
  resolved: CorpusResolution;
  /** The names resolution renamed, by article (see EntityResolution). */
  renames: EntityResolution['renames'];
}

/**
 * A story's input before the alias filter: its entities carry every alias the corpus knows (and no
 * mention count). Cheap to build for every story; `finishInput` makes it the comparison's input.
 * Two stories with equal parts have equal inputs (the filter reads only the parts and the texts).
 */
export type StoryParts = StoryInput;

/** The corpus split into per-story inputs, in story order. */
export function* storyInputs(corpus: CorpusParts): Generator<StoryInput> {
  for (const parts of storyParts(corpus)) yield finishInput(parts);
}

/** The corpus split into per-story parts (see StoryParts), in story order. */
export function* storyParts(corpus: CorpusParts): Generator<StoryParts> {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const extractions = new Map(corpus.extractions.map((e) => [e.article, e]));
  const byArticle = <T extends { article: string }>(items: T[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) (out.get(item.article) ?? out.set(item.article, []).get(item.article)!).push(item);
    return out;
  };
  const quotes = byArticle(corpus.resolved.quotes);
  const figures = byArticle(corpus.resolved.figures);
  const attributions = byArticle(corpus.resolved.attributions);
  const copies = new Map<string, ReuseRecord[]>();
  const order = new Map<ReuseRecord, number>();
  corpus.reuse.forEach((r, i) => {
    if (!COPY_KINDS.has(r.kind)) return;
    (copies.get(r.copy) ?? copies.set(r.copy, []).get(r.copy)!).push(r);
    order.set(r, i);
  });
  const lookups: PartsLookups = {
    article: (id) => articles.get(id),
    extraction: (id) => extractions.get(id),
    quotes: (id) => quotes.get(id) ?? [],
    figures: (id) => figures.get(id) ?? [],
    attributions: (id) => attributions.get(id) ?? [],
    copyChains: (ids) => copyChains(ids, (id) => copies.get(id) ?? [], (r) => r.source).sort((a, b) => order.get(a)! - order.get(b)!),
    entityNames: (id) => {
      const rename = canonicalIn(corpus.renames, id);
      return extractions.get(id)?.entities.map((e) => rename(e.name)) ?? [];
    },
    entities: entitiesByName(corpus.resolved.entities),
  };
  for (const story of corpus.stories) yield partsOf(story, lookups);
}

/** Where a story's parts come from: the corpus in memory, or a batch of it read from a store. */
export interface PartsLookups {
  article(id: string): Article | undefined;
  extraction(id: string): ArticleExtraction | undefined;
  /** The article's corpus-resolved records. */
  quotes(id: string): Quote[];
  figures(id: string): CorpusResolution['figures'];
  attributions(id: string): CorpusResolution['attributions'];
  /** The copy records along the copy chains of these articles (see copyChains), in corpus order. */
  copyChains(ids: string[]): ReuseRecord[];
  /** The corpus's canonical name of each of the article's entities. */
  entityNames(id: string): string[];
  /** Entities by canonical name (entitiesByName). */
  entities: Map<string, Entity[]>;
}

/**
 * Entities by canonical name (several where entities of two types share one), so a story finds
 * the entities its articles' names resolve to; without their corpus-wide mention count, which
 * other stories change.
 */
export function entitiesByName(entities: Entity[]): Map<string, Entity[]> {
  const byName = new Map<string, Entity[]>();
  for (const e of entities) (byName.get(e.name) ?? byName.set(e.name, []).get(e.name)!).push({ ...e, mentions: 0 });
  return byName;
}

/** One story's parts (see StoryParts). */
export function partsOf(story: Story, lookups: PartsLookups): StoryParts {
  const ids = story.articles.filter((id) => lookups.article(id) !== undefined);
  const of = <T>(get: (id: string) => T[]) => ids.flatMap(get);
  const parts: StoryParts = {
    story,
    articles: ids.map((id) => lookups.article(id)!),
    extractions: ids.flatMap((id) => lookups.extraction(id) ?? []),
    resolved: { quotes: of(lookups.quotes), figures: of(lookups.figures), attributions: of(lookups.attributions), entities: [] },
    reuse: lookups.copyChains(ids),
  };
  parts.resolved.entities = namedEntities(
    [
      ...ids.flatMap(lookups.entityNames),
      ...parts.resolved.quotes.map((q) => q.speaker),
      ...parts.resolved.attributions.map((a) => a.source),
      ...parts.resolved.figures.map((f) => f.place),
    ],
    lookups.entities,
  );
  return parts;
}

/**
 * The corpus's entities a story names (see StoryParts): those its articles' entities and records
 * resolve to, by canonical name. Not every entity that shares a written form with them: a surname
 * that twenty people of the corpus carry names the one its article means, and a newcomer's
 * namesake leaves the story as it was.
 */
export function namedEntities(names: Iterable<string | null>, byName: Map<string, Entity[]>): Entity[] {
  const named = new Set<Entity>();
  for (const name of new Set(names)) if (name) for (const e of byName.get(name) ?? []) named.add(e);
  // In name order, not the corpus's (by mention count, which other stories change): where two
  // entities share a form, the alias table gives it to the first.
  return [...named].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

/**
 * A story's comparison input from its parts: each entity keeps only the aliases that can match in
 * the story's text (comparison matches aliases only in its articles' headlines and bodies, word
 * by word). An alias of another outlet's spelling that the story never writes changes nothing in
 * it, and is left out of its input, so a newcomer's new spelling of a name does not make every
 * story naming that person be compared again.
 */
export function finishInput(parts: StoryParts): StoryInput {
  const line = parts.articles.map((a) => wordLine(`${a.headline ?? ''}\n${a.body}`)).join('');
  const entities = parts.resolved.entities.map((e) => ({ ...e, aliases: e.aliases.filter((alias) => canMatch(alias, line)) }));
  return { ...parts, resolved: { ...parts.resolved, entities } };
}

/**
 * The copy records that make the given articles copies, and those of what they copy, and so on:
 * a copy's origin is found by following the chain, which may leave the story. In the order found
 * (callers sort them into corpus order).
 */
export function copyChains<R>(ids: string[], copiesOf: (id: string) => R[], sourceOf: (r: R) => string): R[] {
  const out = new Set<R>();
  const seen = new Set<string>();
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const r of copiesOf(id)) {
      out.add(r);
      queue.push(sourceOf(r));
    }
  }
  return [...out];
}

/** What a story's comparison reads of the story itself (see ComparedStory). */
export function comparedStory(story: Story): ComparedStory {
  return { id: story.id, articles: story.articles, span: story.span };
}

/** One story's comparison: a pure function of its input. */
export function compareStory(input: StoryInput): Comparison {
  return compareStories({
    stories: [comparedStory(input.story)],
    articles: input.articles,
    extractions: input.extractions,
    reuse: input.reuse,
    ...input.resolved,
  });
}

export function emptyComparison(): Comparison {
  return { quote_groups: [], claims: [], framing: [], flags: [], timeline: [], figure_groups: [], verdicts: [] };
}

/** Appends one story's comparison to a report's, one record at a time (no spread of large arrays). */
export function addComparison(into: Comparison, part: Comparison): void {
  for (const key of Object.keys(into) as (keyof Comparison)[]) for (const item of part[key]) (into[key] as unknown[]).push(item);
}
