// Extraction accuracy: quotes (recall, precision, speaker), scare quotes, entity aliases and
// figures on the seeds (../shared/truth), on storytrace's own test articles, and on a generated
// corpus whose truth comes from the generator.
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/core/types.js';
import { extractArticle, resolveCorpus } from '../../src/core/extract/index.js';
import { scoreExtraction, type ExtractionScore, type ExtractionTruth } from '../../src/core/extract/score.js';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { loadExtractTestSets } from '../../src/testing/extract-testdata.js';
import { loadSeeds, loadTruth } from '../../src/testing/fixtures.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function evaluate(truth: ExtractionTruth, articles: Article[], fileOf: (a: Article) => string): ExtractionScore {
  const corpus = resolveCorpus(articles.map(extractArticle));
  return scoreExtraction(truth, corpus, new Map(articles.map((a) => [fileOf(a), { id: a.id, body: a.body }])));
}

function row(label: string, s: ExtractionScore): string {
  const q = s.quotes;
  return [
    label.padEnd(22),
    String(q.truth).padStart(6),
    pct(q.recall),
    pct(q.precision),
    pct(q.speakerExact),
    pct(q.speakerResolved),
    String(s.notQuotesReported.length).padStart(7),
    `${s.entities.resolved}/${s.entities.total}`.padStart(9),
    `${s.entities.typed}/${s.entities.total}`.padStart(6),
    `${s.figures.found}/${s.figures.total}`.padStart(9),
  ].join(' ');
}

function details(label: string, s: ExtractionScore, limit = 8): void {
  const lines = [
    ...s.quotes.missed.map((m) => `missed quote ${m}`),
    ...s.quotes.falsePositives.map((m) => `extra quote ${m}`),
    ...s.quotes.wrongSpeakers.map((m) => `speaker ${m}`),
    ...s.notQuotesReported.map((m) => `scare quote reported ${m}`),
    ...s.entities.problems.map((m) => `entity ${m}`),
    ...s.figures.missed.map((m) => `figure missed ${m}`),
  ];
  for (const l of lines.slice(0, limit)) console.log(`    ${label}: ${l}`);
  if (lines.length > limit) console.log(`    ${label}: … ${lines.length - limit} more`);
}

/** Truth for a generated corpus, from the generator's own record of quotes, people and figures. */
function generatedTruth(size: number): { truth: ExtractionTruth; articles: Article[] } {
  const corpus = generateCorpus({ articles: size, seed: 3 });
  // People only: the generator gives several organisations the same short alias. Aliases that
  // carry a role ("Norland's senator Jane Roe") or that several people share are left out.
  const people = new Map<string, string[]>();
  const owners = new Map<string, Set<string>>();
  for (const story of corpus.stories) {
    for (const p of story.people) {
      const aliases = p.aliases.filter((a) => a.split(' ').every((w) => /^\p{Lu}/u.test(w)));
      people.set(p.name, aliases);
      for (const a of aliases) owners.set(a, (owners.get(a) ?? new Set()).add(p.name));
    }
  }
  for (const [name, aliases] of people) people.set(name, aliases.filter((a) => owners.get(a)!.size === 1));
  const truth: ExtractionTruth = {
    quotes: corpus.quotes.map((q) => ({ file: q.article, contains: q.text.replace(/[,.]$/, ''), speaker: q.speaker, partial: q.partial })),
    not_quotes: [],
    entities: [...people].map(([name, aliases]) => ({ name, aliases })),
    figures: corpus.figures.filter((f) => !f.misstated).map((f) => ({ value: f.value, files: [f.article] })),
  };
  return { truth, articles: corpus.articles.map((a) => a.article) };
}

export default async function main(): Promise<void> {
  console.log(`${'set'.padEnd(22)} quotes  recall  precis  spkr=   spkr~   scare  entities  typed   figures`);
  console.log('  (spkr= speaker is the truth canonical name; spkr~ speaker resolves to the truth entity;');
  console.log('   entities: truth entities whose aliases resolve to one entity, none merged; typed: and with the truth type)');

  const seeds = loadSeeds().map((s) => ({ ...cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0]), id: s.prefix }));
  const seedScore = evaluate(loadTruth() as ExtractionTruth, seeds, (a) => a.id);
  console.log(row('seeds', seedScore));
  details('seeds', seedScore);

  for (const set of loadExtractTestSets()) {
    const s = evaluate(set.truth, set.articles, (a) => a.id);
    console.log(row(`own: ${set.name}`, s));
    details(set.name, s);
  }

  const gen = generatedTruth(Number(process.env.EXTRACT_EVAL_ARTICLES ?? 300));
  const g = evaluate(gen.truth, gen.articles, (a) => a.id);
  console.log(row(`generated (${gen.articles.length})`, g));
  details('generated', g);
}
