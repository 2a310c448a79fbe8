// Scores a corpus extraction against hand-made truth (the seeds' truth file, or the truth kept
// beside each test article): quote recall/precision, speaker accuracy, scare quotes reported as
// quotes, alias resolution of entities and figures found with their values.
import type { EntityType } from '../types.js';
import type { CorpusResolution } from './corpus.js';
import { foldText } from './names.js';

export interface QuoteTruth {
  file: string;
  contains: string;
  speaker: string | null;
  partial?: boolean;
  optional?: boolean;
}

export interface NotQuoteTruth {
  file: string;
  contains: string;
  optional?: boolean;
}

export interface EntityTruth {
  name: string;
  type?: EntityType;
  aliases: string[];
}

export interface FigureTruth {
  value: number;
  unit?: string;
  files: string[];
}

export interface ExtractionTruth {
  quotes: QuoteTruth[];
  not_quotes: NotQuoteTruth[];
  entities: EntityTruth[];
  figures: FigureTruth[];
}

export interface ExtractionScore {
  quotes: {
    truth: number;
    reported: number;
    matchedTruth: number;
    matchedReported: number;
    recall: number;
    precision: number;
    /** Speaker is exactly the truth's canonical name. */
    speakerExact: number;
    /** Speaker is the entity the truth's name resolves to (spelling of the canonical name aside). */
    speakerResolved: number;
    missed: string[];
    falsePositives: string[];
    wrongSpeakers: string[];
  };
  notQuotesReported: string[];
  entities: { total: number; resolved: number; typed: number; problems: string[] };
  figures: { total: number; found: number; missed: string[] };
}

const fold = (s: string): string => foldText(s).replace(/[“”"]/g, '"').replace(/\s+/g, ' ');

/** `bodies` maps each truth `file` to the article id and cleaned body it was extracted from. */
export function scoreExtraction(
  truth: ExtractionTruth,
  result: CorpusResolution,
  bodies: Map<string, { id: string; body: string }>,
): ExtractionScore {
  const fileOfArticle = new Map([...bodies].map(([file, b]) => [b.id, file]));
  const quotes = result.quotes
    .filter((q) => fileOfArticle.has(q.article))
    .map((q) => {
      const body = bodies.get(fileOfArticle.get(q.article)!)!.body;
      return { quote: q, file: fileOfArticle.get(q.article)!, text: fold(body.slice(Math.max(0, q.span[0] - 1), q.span[1] + 1)) };
    });
  const entityOfName = (name: string): Set<string> => {
    const key = fold(name);
    return new Set(result.entities.filter((e) => fold(e.name) === key || e.aliases.some((a) => fold(a) === key)).map((e) => e.id));
  };
  const sameEntity = (speaker: string | null, want: string | null): boolean => {
    if (speaker === want) return true;
    if (speaker === null || want === null) return false;
    const mine = entityOfName(speaker);
    return [...entityOfName(want)].some((id) => mine.has(id));
  };

  const required = truth.quotes.filter((t) => !t.optional && bodies.has(t.file));
  const matches = (t: QuoteTruth, q: (typeof quotes)[number]): boolean => q.file === t.file && q.text.includes(fold(t.contains));
  let matchedTruth = 0;
  let speakerExact = 0;
  let speakerResolved = 0;
  const missed: string[] = [];
  const wrongSpeakers: string[] = [];
  for (const t of required) {
    // The closest match when several quotes contain the string: the shortest.
    const hit = quotes.filter((q) => matches(t, q)).sort((a, b) => a.text.length - b.text.length)[0];
    if (!hit) {
      missed.push(`${t.file}: ${t.contains}`);
      continue;
    }
    matchedTruth++;
    if (hit.quote.speaker === t.speaker) speakerExact++;
    if (sameEntity(hit.quote.speaker, t.speaker)) speakerResolved++;
    else wrongSpeakers.push(`${t.file}: ${t.contains} -> ${hit.quote.speaker} (want ${t.speaker})`);
  }
  let matchedReported = 0;
  let countedReported = 0;
  const falsePositives: string[] = [];
  for (const q of quotes) {
    const hits = truth.quotes.filter((t) => matches(t, q));
    if (hits.length && hits.every((t) => t.optional)) continue;
    const optionalScare = truth.not_quotes.some((n) => n.optional && n.file === q.file && q.text.includes(fold(n.contains)));
    if (!hits.length && optionalScare) continue;
    countedReported++;
    if (hits.length) matchedReported++;
    else falsePositives.push(`${q.file}: ${q.quote.text.slice(0, 80)}`);
  }
  const notQuotesReported = truth.not_quotes
    .filter((n) => !n.optional && bodies.has(n.file))
    .filter((n) => quotes.some((q) => q.file === n.file && q.text.includes(fold(n.contains))))
    .map((n) => `${n.file}: ${n.contains}`);

  return {
    quotes: {
      truth: required.length,
      reported: countedReported,
      matchedTruth,
      matchedReported,
      recall: ratio(matchedTruth, required.length),
      precision: ratio(matchedReported, countedReported),
      speakerExact: ratio(speakerExact, matchedTruth),
      speakerResolved: ratio(speakerResolved, matchedTruth),
      missed,
      falsePositives,
      wrongSpeakers,
    },
    notQuotesReported,
    entities: scoreEntities(truth.entities, result, bodies, entityOfName),
    figures: scoreFigures(truth.figures, result, bodies),
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function scoreEntities(
  entities: EntityTruth[],
  result: CorpusResolution,
  bodies: Map<string, { id: string; body: string }>,
  entityOfName: (name: string) => Set<string>,
): ExtractionScore['entities'] {
  const allText = fold([...bodies.values()].map((b) => b.body).join('\n'));
  const problems: string[] = [];
  const owner = new Map<string, string>();
  let resolved = 0;
  let typed = 0;
  for (const t of entities) {
    const present = t.aliases.filter((a) => allText.includes(fold(a)));
    const ids = new Set<string>();
    let missing = false;
    for (const alias of present) {
      const found = entityOfName(alias);
      if (found.size === 0) {
        problems.push(`${t.name}: alias "${alias}" not found`);
        missing = true;
      }
      for (const id of found) ids.add(id);
    }
    if (ids.size > 1) problems.push(`${t.name}: split over ${[...ids].join(', ')}`);
    for (const id of ids) {
      const other = owner.get(id);
      if (other && other !== t.name) problems.push(`${t.name} merged with ${other} in ${id}`);
      owner.set(id, t.name);
    }
    if (!missing && ids.size === 1) {
      resolved++;
      const entity = result.entities.find((e) => ids.has(e.id))!;
      if (!t.type || entity.type === t.type) typed++;
      else problems.push(`${t.name}: typed ${entity.type}, want ${t.type}`);
    }
  }
  const merged = new Set(problems.filter((p) => p.includes(' merged with ')).map((p) => p.split(' merged')[0])).size;
  return { total: entities.length, resolved: resolved - merged, typed, problems };
}

function scoreFigures(
  figures: FigureTruth[],
  result: CorpusResolution,
  bodies: Map<string, { id: string; body: string }>,
): ExtractionScore['figures'] {
  const missed: string[] = [];
  let total = 0;
  for (const t of figures) {
    for (const file of t.files) {
      const article = bodies.get(file)?.id;
      if (!article) continue;
      total++;
      const hit = result.figures.some((f) => f.article === article && f.value === t.value && (!t.unit || f.unit === t.unit));
      if (!hit) missed.push(`${file}: ${t.value}${t.unit ? ` ${t.unit}` : ''}`);
    }
  }
  return { total, found: total - missed.length, missed };
}
