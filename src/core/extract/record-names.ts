// The names of an article's extraction: what corpus resolution reads of its entities, and what a
// report reads for a story it need not build again (the name each quote, figure and attribution
// carries, without their text). Stored beside each extraction (a few hundred bytes against several KB), so a report over a
// large store reads the whole extraction only for the stories whose inputs changed
// (app/report-plan.ts).
import type { ArticleExtraction, EntityType } from '../types.js';
import type { EntityResolution } from './corpus.js';

/**
 * What resolution reads of one article's entity: its names, type and how often it is mentioned
 * (not where), so a corpus's entities can be held without their mention spans.
 */
export interface EntityName {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

/** An article's entities as resolution reads them. */
export interface ArticleEntities {
  article: string;
  entities: EntityName[];
}

export function articleEntities(ex: Pick<ArticleExtraction, 'article' | 'entities'>): ArticleEntities {
  return { article: ex.article, entities: ex.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.length })) };
}

/** An article's entities as resolution reads them, and its records' names in record order (null: none named). */
export interface RecordNames extends ArticleEntities {
  /** Each quote's speaker. */
  speakers: (string | null)[];
  /** Each quote's length in characters (what a story's moves weigh its voices by). */
  quoteLengths: number[];
  /** Each figure's place. */
  places: (string | null)[];
  /** Each attribution's source. */
  sources: (string | null)[];
}

export function recordNames(ex: ArticleExtraction): RecordNames {
  return {
    ...articleEntities(ex),
    speakers: ex.quotes.map((q) => q.speaker),
    quoteLengths: ex.quotes.map((q) => q.text.length),
    places: ex.figures.map((f) => f.place),
    sources: ex.attributions.map((a) => a.source),
  };
}

/** An article's written names to the corpus's canonical ones: a name resolution did not rename stays as written. */
export function canonicalIn(renames: EntityResolution['renames'], article: string): <T extends string | null>(name: T) => T {
  const own = renames.get(article);
  return <T extends string | null>(name: T): T => (name === null || !own ? name : ((own.get(name) ?? name) as T));
}

/** An article's names with the corpus's canonical names: of its entities, and of its records as resolveRecords gives them. */
export interface ResolvedNames {
  article: string;
  /** The canonical name of each of its entities, in entity order. */
  entities: string[];
  speakers: (string | null)[];
  quoteLengths: number[];
  places: (string | null)[];
  sources: (string | null)[];
}

/** The corpus's canonical name of each name the article writes, where resolution renames it. */
export function resolvedNames(names: RecordNames, renames: EntityResolution['renames']): ResolvedNames {
  const { article, speakers, quoteLengths, places, sources } = names;
  const rename = canonicalIn(renames, article);
  const entities = names.entities.map((e) => rename(e.name));
  if (!renames.has(article)) return { article, entities, speakers, quoteLengths, places, sources };
  return { article, entities, speakers: speakers.map(rename), quoteLengths, places: places.map(rename), sources: sources.map(rename) };
}
