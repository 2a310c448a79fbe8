// The report's sections read from the store as they are written, a batch at a time, in the order
// and with the content the whole report in memory had: memory follows a batch, not the corpus.
import { emptyComparison } from '../../core/analyze.js';
import type { Comparison } from '../../core/compare/index.js';
import { resolveRecords } from '../../core/extract/index.js';
import { withIdentity } from '../../core/outlets/index.js';
import type { AnalysisReport, Story } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { COMPARISON_SECTIONS, type ReportPlan } from '../report-plan.js';
import { entitiesOf, joinSlices, sliceByStory, type StorySlice } from './slice.js';
import type { Spool } from './spool.js';
import { RawJson, type ReportSource, type Section, type SectionItem } from './stream.js';
import type { TerminalData } from './terminal.js';

type ComparisonSection = keyof Comparison;

/** The report as a source whose sections are read from the store (see ReportSource). */
export function storedSource(store: Store, plan: ReportPlan): ReportSource {
  const { spool } = plan;
  const resolved = <K extends 'quotes' | 'figures' | 'attributions'>(key: K) =>
    spool
      ? () => spooledRecords(spool, plan, key)
      : async function* (): AsyncGenerator<SectionItem<K>> {
          for await (const batch of store.reads.extractionBatches(plan.batch)) {
            for (const ex of batch) yield* resolveRecords(ex, plan.renames)[key] as SectionItem<K>[];
          }
        };
  const compared = <K extends ComparisonSection>(key: K) =>
    spool
      ? async function* () {
          for await (const line of spool.lines(key)) yield new RawJson(line);
        }
      : () => comparisonItems(store, plan.stories, key, Math.max(1, plan.batch >> 1));
  return {
    articles: () => storedArticles(store, plan),
    reuse: async function* () {
      for await (const batch of store.reads.reuseBatches(plan.batch)) yield* batch;
    },
    entities: () => plan.entities,
    quotes: resolved('quotes'),
    figures: resolved('figures'),
    attributions: resolved('attributions'),
    stories: () => plan.stories,
    quote_groups: compared('quote_groups'),
    claims: compared('claims'),
    framing: compared('framing'),
    flags: compared('flags'),
    timeline: compared('timeline'),
    figure_groups: compared('figure_groups'),
    verdicts: compared('verdicts'),
  };
}

/**
 * Spooled extraction records: as extracted, but those of an article whose names resolution
 * changed, which are read and given the canonical names.
 */
async function* spooledRecords<K extends 'quotes' | 'figures' | 'attributions'>(spool: Spool, plan: ReportPlan, key: K): AsyncGenerator<SectionItem<K> | RawJson> {
  for await (const line of spool.lines(key)) {
    const tab = line.indexOf('\t');
    const article = line.slice(0, tab);
    if (!plan.renames.has(article)) {
      yield new RawJson(line.slice(tab + 1));
      continue;
    }
    const records = { article, quotes: [], figures: [], attributions: [], [key]: [JSON.parse(line.slice(tab + 1))] };
    yield resolveRecords(records, plan.renames)[key][0] as SectionItem<K>;
  }
}

/** Every article as reported (without its original, named by its host's outlet identity), in report order. */
async function* storedArticles(store: Store, plan: ReportPlan): AsyncGenerator<SectionItem<'articles'>> {
  const ids = await store.articleIds();
  for (let i = 0; i < ids.length; i += plan.batch) {
    for (const { original: _original, ...rest } of await reportedArticles(store, plan, ids.slice(i, i + plan.batch))) yield rest;
  }
}

/** Stored articles as the report shows them: named by their host's outlet identity (plan.outlets). */
async function reportedArticles(store: Store, plan: ReportPlan, ids: string[]) {
  return (await store.articles(ids, { original: false })).map((a) => withIdentity(a, plan.outlets));
}

/** One section of every story's stored comparison, in story order. */
async function* comparisonItems<K extends ComparisonSection>(store: Store, stories: Story[], key: K, size: number): AsyncGenerator<Comparison[K][number]> {
  for (let i = 0; i < stories.length; i += size) {
    const batch = stories.slice(i, i + size);
    const stored = await store.storyComparisons<Comparison>(batch.map((s) => s.id));
    for (const s of batch) yield* (stored.get(s.id) ?? emptyComparison())[key] as Comparison[K][number][];
  }
}

const storyOfs = new WeakMap<ReportPlan, Map<string, string>>();

/** Article -> its story, built once per plan (a run reporting the inputs' stories and then one of them asks twice). */
function storyOfArticle(plan: ReportPlan): Map<string, string> {
  let storyOf = storyOfs.get(plan);
  if (!storyOf) {
    storyOf = new Map();
    for (const s of plan.stories) for (const a of s.articles) storyOf.set(a, s.id);
    storyOfs.set(plan, storyOf);
  }
  return storyOf;
}

/** The report in the store as the terminal report reads it: a group of stories at a time. */
export function storedTerminalData(store: Store, plan: ReportPlan): TerminalData {
  const storyOf = storyOfArticle(plan);
  return {
    counts: { articles: plan.articles, reuse: plan.reuse, quotes: plan.quotes },
    stories: plan.stories,
    slice: (stories) => storedSlice(store, plan, stories),
    reuse: async function* () {
      for await (const batch of store.reads.reuseBatches(plan.batch)) yield* batch;
    },
    articles: async (ids) => new Map((await reportedArticles(store, plan, ids)).map(({ original: _original, ...a }) => [a.id, a])),
    unplaced: async () => (await store.articleIds()).filter((id) => !storyOf.has(id)),
  };
}

/** The joined slices of some stories, built by sliceByStory and joinSlices from what the store holds for them. */
async function storedSlice(store: Store, plan: ReportPlan, stories: Story[]): Promise<StorySlice> {
  const ids = stories.flatMap((s) => s.articles);
  const [articles, extractions, reuse, comparisons] = await Promise.all([
    reportedArticles(store, plan, ids),
    store.extractions(ids),
    store.reads.reuseTouching(ids),
    store.storyComparisons<Comparison>(stories.map((s) => s.id)),
  ]);
  const resolved = extractions.map((ex) => resolveRecords(ex, plan.renames));
  const part: AnalysisReport = {
    articles: articles.map(({ original: _original, ...a }) => a),
    reuse,
    quotes: resolved.flatMap((r) => r.quotes),
    figures: resolved.flatMap((r) => r.figures),
    attributions: resolved.flatMap((r) => r.attributions),
    entities: [],
    stories,
    ...emptyComparison(),
  };
  for (const s of stories) {
    const c = comparisons.get(s.id);
    if (c) for (const key of COMPARISON_SECTIONS) for (const item of c[key]) (part[key] as unknown[]).push(item);
  }
  const slices = sliceByStory(part);
  return joinSlices(stories.map((s) => slices.get(s.id)!));
}

/**
 * The report limited to some articles, as reportOn gives it from the whole report (the stories
 * they are in, whole, and those of them in no story), read from the store for those alone.
 */
export async function storedReportOn(store: Store, plan: ReportPlan, ids: string[]): Promise<AnalysisReport> {
  const wanted = new Set(ids);
  const storyOf = storyOfArticle(plan);
  const stories = plan.stories.filter((s) => s.articles.some((a) => wanted.has(a)));
  const out = await storedSlice(store, plan, stories);
  const loose = [...wanted].filter((a) => !storyOf.has(a));
  const [articles, extractions, reuse] = await Promise.all([
    reportedArticles(store, plan, loose),
    store.extractions(loose),
    store.reads.reuseTouching(loose),
  ]);
  for (const { original: _original, ...a } of articles) out.articles.push(a);
  // An article in no story is in no comparison: it has records of its own but no flags.
  for (const ex of extractions) {
    const records = resolveRecords(ex, plan.renames);
    for (const q of records.quotes) out.quotes.push(q);
    for (const f of records.figures) out.figures.push(f);
    for (const a of records.attributions) out.attributions.push(a);
  }
  const seen = new Set(out.reuse.map((r) => `${r.source} ${r.copy}`));
  for (const r of reuse) if (!seen.has(`${r.source} ${r.copy}`)) out.reuse.push(r);
  return { ...out, entities: entitiesOf(out, plan.entities) };
}

/** The whole report in memory, from a source (the server's index, HTML, small corpora). */
export async function collectReport(source: ReportSource): Promise<AnalysisReport> {
  const out: Record<string, unknown[]> = {};
  for (const [section, read] of Object.entries(source) as [Section, () => Iterable<unknown> | AsyncIterable<unknown>][]) {
    const items: unknown[] = [];
    for await (const item of read()) items.push(item instanceof RawJson ? JSON.parse(item.text) : item);
    out[section] = items;
  }
  return out as unknown as AnalysisReport;
}
