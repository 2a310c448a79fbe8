// The default `analyze` output: a plain-text report for a terminal, built on the same story views
// as the HTML report and the API. It summarises (the largest stories, counts) unless asked for all,
// and is written line by line: a corpus of 100k articles never becomes one string or one array.
import { directionStatement } from '../../core/reuse/direction.js';
import type { AnalysisReport, ReuseRecord, Story } from '../../core/types.js';
import type { ArticleMeta } from '../../view/index.js';
import { articleLabel, articleTitle, clip, creditedTo, dateText, LEGEND, NOTHING_TO_REPORT, pct, plural, ReportIndex, reuseCounts, spanText, storyCoverage, type StoryView } from '../../view/index.js';
import { joinSlices, sliceByStory, STORIES_PER_INDEX, type StorySlice } from './slice.js';
import type { TextSink } from './stream.js';

const WIDTH = 100;

/** Stories shown in full by the default (summary) report. */
export const TOP_STORIES = 10;
/** Reuse records listed by the summary; `--all` lists every one. */
const TOP_REUSE = 10;
/** Unplaced articles listed by the summary. */
const TOP_UNPLACED = 10;

export interface TerminalOptions {
  /** Every story, reuse record and unplaced article, not the summary. */
  all?: boolean;
  /** How many of the largest stories the summary shows (default TOP_STORIES). */
  top?: number;
}

/**
 * What the terminal report reads: counts, the stories, and the rest on demand (a story group's
 * slice, the reuse records in report order, articles' metadata), so a report from the store holds
 * a group of stories at a time, never every article.
 */
export interface TerminalData {
  counts: { articles: number; reuse: number; quotes: number };
  stories: Story[];
  /** The slices of these stories, joined (see joinSlices). */
  slice(stories: Story[]): Promise<StorySlice>;
  /** Every reuse record, in report order. */
  reuse(): Iterable<ReuseRecord> | AsyncIterable<ReuseRecord>;
  /** The metadata of the given articles (those stored). */
  articles(ids: string[]): Promise<Map<string, ArticleMeta>>;
  /** Ids of the articles in no story, in report order. */
  unplaced(): Promise<string[]>;
}

/** A report in memory as terminal data. */
export function memoryData(report: AnalysisReport): TerminalData {
  let slices: Map<string, StorySlice> | undefined;
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return {
    counts: { articles: report.articles.length, reuse: report.reuse.length, quotes: report.quotes.length },
    stories: report.stories,
    slice: async (stories) => {
      slices ??= sliceByStory(report);
      return joinSlices(stories.map((s) => slices!.get(s.id)!));
    },
    reuse: () => report.reuse,
    articles: async (ids) => new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : []))),
    unplaced: async () => {
      const placed = new Set<string>();
      for (const s of report.stories) for (const a of s.articles) placed.add(a);
      return report.articles.filter((a) => !placed.has(a.id)).map((a) => a.id);
    },
  };
}

/**
 * The terminal report, written line by line: counts, the largest stories in full, a summary of
 * text reuse and of unplaced articles, or (`all`) everything. Each story section names its id for
 * `--story`.
 */
export async function writeTerminalReport(report: AnalysisReport | TerminalData, sink: TextSink, opts: TerminalOptions = {}): Promise<void> {
  const data = 'counts' in report ? report : memoryData(report);
  const line = (text: string) => sink.write(text + '\n');
  if (!data.counts.articles) {
    await line(`storytrace: ${NOTHING_TO_REPORT}`);
    return sink.flush();
  }
  await line(
    `storytrace: ${plural(data.counts.articles, 'article')}, ${plural(data.stories.length, 'story')}, ` +
      `${plural(data.counts.reuse, 'reuse record')}, ${plural(data.counts.quotes, 'quote')}`,
  );
  const order = opts.all ? data.stories : largestStories(data.stories, opts.top ?? TOP_STORIES);
  for (let i = 0; i < order.length; i += STORIES_PER_INDEX) {
    const group = order.slice(i, i + STORIES_PER_INDEX);
    const index = new ReportIndex({ ...(await data.slice(group)), entities: [] });
    for (const s of group) {
      const view = index.storyView(s.id);
      if (view) for (const text of ['', ...storySection(view)]) await line(text);
    }
  }
  const hidden = data.stories.length - order.length;
  if (hidden > 0) await line(`\n${plural(hidden, 'more story', 'more stories')}: --all shows every story, --story ID one story.`);

  // The legend explains the story sections' words; without a story there is nothing to explain.
  if (order.length) {
    await line('\nLegend');
    for (const l of LEGEND) await line(`  ${l.term}: ${l.meaning}`);
  }
  await line('');
  await writeReuseSection(data, sink, opts.all ? {} : { limit: TOP_REUSE });
  const unplaced = await data.unplaced();
  if (unplaced.length) {
    await line(`\nArticles not yet placed in a story: ${unplaced.length}`);
    const shown = opts.all ? unplaced : unplaced.slice(0, TOP_UNPLACED);
    for (let i = 0; i < shown.length; i += LABEL_BATCH) {
      const ids = shown.slice(i, i + LABEL_BATCH);
      const meta = await data.articles(ids);
      for (const id of ids) {
        const a = meta.get(id)!;
        await line(`  ${dateText(a)}  ${a.outlet ?? '?'}  ${clip(articleTitle(a), WIDTH - 40)}`);
      }
    }
    if (shown.length < unplaced.length) await line(`  … ${plural(unplaced.length - shown.length, 'more article')} (--all)`);
  }
  await sink.flush();
}

/** Articles whose metadata is read at once for labels. */
const LABEL_BATCH = 1000;

/**
 * One story of the report in full, with the reuse among its articles. The caller has resolved
 * which story the reader meant (findStoryId), once.
 */
export async function writeStoryReport(report: AnalysisReport, story: Story, sink: TextSink): Promise<void> {
  const slice = sliceByStory({ ...report, stories: [story] }).get(story.id)!;
  const view = new ReportIndex({ ...slice, entities: [] }).storyView(story.id)!;
  for (const text of storySection(view)) await sink.write(text + '\n');
  await sink.write('\n');
  await writeReuseSection({ ...slice, entities: [] }, sink);
}

function largestStories(stories: Story[], n: number): Story[] {
  return [...stories].sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id)).slice(0, n);
}

function storySection(view: StoryView): string[] {
  const { story } = view;
  const span = story.span[0] ? `${story.span[0]} .. ${story.span[1]}` : 'undated';
  const reuse = reuseCounts(storyCoverage(view));
  const out = [
    `== ${clip(story.title, WIDTH - 14)}  [${story.id}]`,
    `   ${span} | ${plural(story.articleCount, 'article')}, ${story.outletsText}, ${plural(story.originCount, 'independent origin')}, ${reuse.copies}${reuse.partial ? `, ${reuse.partial}` : ''}`,
  ];
  if (story.entities.length) out.push(`   key entities: ${story.entities.slice(0, 8).join(', ')}`);
  if (view.threads.length > 1) {
    out.push(`   ${plural(view.threads.length, 'thread')} (moves of the story, each told in one set of words):`);
    for (const t of view.threads) {
      out.push(`     ${spanText(t.span).padEnd(24)} ${plural(t.articles.length, 'article').padEnd(12)} ${clip(t.title, WIDTH - 42)}`);
      out.push(`       ${clip(t.articles.map((a) => a.slice(0, 8)).join(' '), WIDTH - 7)}`);
    }
  }
  out.push('   articles:');
  for (const a of view.articles) {
    const copy = a.copies.length ? `  copy of ${a.copies.map((c) => `${c.source.slice(0, 8)} (${c.kind}, ${pct(c.coverage)})`).join(', ')}` : '';
    out.push(`     ${a.when.padEnd(16)} ${a.label.padEnd(18)} ${a.id.slice(0, 8)} ${a.mode ?? '-'}${copy}`);
    out.push(`       ${clip(a.title, WIDTH - 7)}`);
    if (a.flagKinds.length) out.push(`       ! ${a.flagKinds.join(', ')} (see the story's flags below)`);
  }
  const central = view.claims.find((c) => c.id === view.centralClaim);
  if (central) out.push(`   central claim: ${clip(central.text, WIDTH - 18)}`);
  out.push(`   independent origins: ${view.provenance.origins.map((o) => `${o.label} [${o.articles.length}]`).join('; ') || 'none'}`);
  for (const f of view.flags) out.push(`   ! ${f.kind}: ${f.detail} (${f.articles.map((a) => a.slice(0, 8)).join(', ')})`);
  if (view.claims.length) {
    out.push('   claims ([n]: articles carrying an origin, copies included):');
    for (const c of view.claims.slice(0, 8)) {
      out.push(`     - ${clip(c.text, WIDTH - 7)}${c.id === view.centralClaim ? ' (central claim)' : ''}`);
      out.push(`       ${plural(c.origins.length, 'origin')}: ${c.origins.map((o) => `${o.label} [${o.articles.length}]`).join('; ')}`);
      out.push(`       framing: ${c.coverage.map((x) => `${x.article.slice(0, 8)} ${x.mode}`).join(', ')}`);
    }
  }
  if (view.quoteGroups.length) {
    out.push('   the same statement across outlets:');
    for (const g of view.quoteGroups) {
      const credited = creditedTo(g);
      out.push(`     ${g.speaker} (${g.kind})${credited ? `; ${credited}` : ''}`);
      for (const q of g.members) out.push(`       ${q.article.slice(0, 8)} "${clip(q.text, WIDTH - 20)}"`);
    }
  }
  const disagreeing = view.figures.filter((f) => f.disagrees);
  if (view.figures.length) {
    out.push(`   figures: ${plural(view.figures.length, 'quantity')}, ${disagreeing.length} disagree across outlets`);
    for (const f of view.figures) {
      if (f.verdict === 'agree' || f.verdict === 'one source') continue;
      const mark = f.disagrees ? '!' : '~';
      out.push(`     ${mark} ${f.detail}: ${f.cells.map((c) => `${c.article.slice(0, 8)}=${c.figures.map((x) => x.text).join('/')}`).join(', ')}`);
    }
  }
  if (view.timeline.length) {
    out.push('   timeline:');
    for (const t of view.timeline.slice(0, 12)) out.push(`     ${t.date.padEnd(16)} ${t.kind.padEnd(9)} ${clip(t.text, WIDTH - 33)}`);
  }
  return out;
}

/**
 * Who copied whom: counts by kind, then each record (all, or the `limit` widest-covering) with its
 * direction, coverage, evidence and passages. Reads the records twice (counts, then the listing),
 * holding a batch of them at a time.
 */
export async function writeReuseSection(report: AnalysisReport | TerminalData, sink: TextSink, opts: { limit?: number } = {}): Promise<void> {
  const data = 'counts' in report ? report : memoryData(report);
  const line = (text: string) => sink.write(text + '\n');
  const kinds = new Map<string, number>();
  // The widest-covering records, ties in report order (as a stable sort of them all gives).
  const top: { r: ReuseRecord; i: number }[] = [];
  const wider = (a: { r: ReuseRecord; i: number }, b: { r: ReuseRecord; i: number }) => b.r.coverage - a.r.coverage || a.r.copy.localeCompare(b.r.copy) || a.i - b.i;
  let total = 0;
  for await (const r of data.reuse()) {
    kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
    if (opts.limit !== undefined) {
      top.push({ r, i: total });
      if (top.length > 2 * opts.limit + 16) top.sort(wider).length = opts.limit;
    }
    total++;
  }
  const byKind = [...kinds.entries()].map(([k, n]) => `${n} ${k}`).join(', ');
  await line(`Text reuse: ${plural(total, 'record')}${byKind ? ` (${byKind})` : ''}`);
  const all = opts.limit === undefined || opts.limit >= total;
  let shown = 0;
  const list = async (records: ReuseRecord[]) => {
    const meta = await data.articles([...new Set(records.flatMap((r) => [r.source, r.copy]))]);
    const label = (id: string) => {
      const a = meta.get(id);
      return `${id.slice(0, 8)} ${a ? articleLabel(a) : 'unknown article'} ${a ? dateText(a) : 'undated'}`;
    };
    for (const r of records) {
      const arrow = {
        update: '-> (a later version of the same article)',
        copy: '->',
        'common source': `<-> (common source: both carry ${r.wire}'s text)`,
        undetermined: '<-> (who copied whom undetermined)',
      }[directionStatement(r)];
      await line(`  ${label(r.source)} ${arrow} ${label(r.copy)}`);
      await line(`    ${r.kind}, ${pct(r.coverage)} of the copy in ${plural(r.passages.length, 'passage')}`);
      for (const e of r.evidence) await line(`    evidence: ${e}`);
      for (const p of r.passages.slice(0, 3)) await line(`    "${clip(p.text, WIDTH - 6)}"`);
      shown++;
    }
  };
  if (!all) await list(top.sort(wider).slice(0, opts.limit).map((t) => t.r));
  else {
    let batch: ReuseRecord[] = [];
    for await (const r of data.reuse()) {
      batch.push(r);
      if (batch.length >= LABEL_BATCH) {
        await list(batch);
        batch = [];
      }
    }
    await list(batch);
  }
  if (shown < total) await line(`  … ${plural(total - shown, 'more record')} (--all, or storytrace reuse)`);
  await sink.flush();
}
