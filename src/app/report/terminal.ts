// The default `analyze` output: a plain-text report for a terminal, one section per story, built
// on the same story views as the HTML report and the API.
import type { AnalysisReport } from '../../core/types.js';
import { ReportIndex, type StoryView } from './story-view.js';

const WIDTH = 100;

export function renderTerminalReport(report: AnalysisReport): string {
  const index = new ReportIndex(report);
  const out: string[] = [
    `storytrace: ${report.articles.length} articles, ${report.stories.length} stories, ` +
      `${report.reuse.length} reuse records, ${report.quotes.length} quotes`,
  ];
  for (const summary of index.storySummaries()) {
    const view = index.storyView(summary.id);
    if (view) out.push('', ...storySection(view));
  }
  out.push('', ...renderReuseSection(report));
  const unplaced = report.articles.filter((a) => !index.storyOfArticle.has(a.id));
  if (unplaced.length) {
    out.push('', 'Articles not yet placed in a story');
    for (const a of unplaced) out.push(`  ${a.published ?? 'undated'}  ${a.outlet ?? '?'}  ${a.headline ?? a.source}`);
  }
  return out.join('\n') + '\n';
}

function storySection(view: StoryView): string[] {
  const { story } = view;
  const span = story.span[0] ? `${story.span[0]} .. ${story.span[1]}` : 'undated';
  const out = [
    `== ${clip(story.title, WIDTH - 3)}`,
    `   ${span} | ${story.articleCount} articles, ${story.outletCount} outlets, ${story.originCount} independent origins`,
  ];
  if (story.entities.length) out.push(`   key entities: ${story.entities.slice(0, 8).join(', ')}`);
  out.push('   articles:');
  for (const a of view.articles) {
    const copy = a.copies.length ? `  copy of ${a.copies.map((c) => `${c.source.slice(0, 8)} (${c.kind}, ${pct(c.coverage)})`).join(', ')}` : '';
    out.push(`     ${(a.published ?? 'undated').padEnd(16)} ${(a.outlet ?? 'unknown outlet').padEnd(18)} ${a.id.slice(0, 8)} ${a.mode ?? '-'}${copy}`);
    out.push(`       ${clip(a.headline ?? a.lede, WIDTH - 7)}`);
    for (const f of a.flags) out.push(`       ! ${f.kind}: ${f.detail}`);
  }
  if (view.claims.length) {
    out.push('   claims:');
    for (const c of view.claims.slice(0, 8)) {
      out.push(`     - ${clip(c.text, WIDTH - 7)}`);
      out.push(`       ${c.origins.length} origin(s): ${c.origins.map((o) => `${o.label} [${o.articles.length}]`).join('; ')}`);
      out.push(`       framing: ${c.coverage.map((x) => `${x.article.slice(0, 8)} ${x.mode}`).join(', ')}`);
    }
  }
  if (view.quoteGroups.length) {
    out.push('   the same statement across outlets:');
    for (const g of view.quoteGroups) {
      out.push(`     ${g.speaker} (${g.kind})`);
      for (const q of g.members) out.push(`       ${q.article.slice(0, 8)} "${clip(q.text, WIDTH - 20)}"`);
    }
  }
  const disagreeing = view.figures.filter((f) => f.disagrees);
  if (view.figures.length) {
    out.push(`   figures: ${view.figures.length} tracked, ${disagreeing.length} disagree across outlets`);
    for (const f of disagreeing) out.push(`     ! ${f.label}: ${f.cells.map((c) => `${c.article.slice(0, 8)}=${c.figures.map((x) => x.value).join('/')}`).join(', ')}`);
  }
  if (view.timeline.length) {
    out.push('   timeline:');
    for (const t of view.timeline.slice(0, 12)) out.push(`     ${t.date.padEnd(16)} ${t.kind.padEnd(9)} ${clip(t.text, WIDTH - 33)}`);
  }
  return out;
}

/** Who copied whom: every reuse record with its direction, coverage, evidence and passages. */
export function renderReuseSection(report: AnalysisReport): string[] {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    return `${id.slice(0, 8)} ${a?.outlet ?? 'unknown outlet'} ${a?.published ?? 'undated'}`;
  };
  const out = [`Text reuse: ${report.reuse.length} record${report.reuse.length === 1 ? '' : 's'}`];
  for (const r of report.reuse) {
    const arrow = r.direction === 'known' ? '->' : '<-> (direction unknown)';
    out.push(`  ${label(r.source)} ${arrow} ${label(r.copy)}`);
    out.push(`    ${r.kind}, ${pct(r.coverage)} of the copy in ${r.passages.length} passage${r.passages.length === 1 ? '' : 's'}`);
    for (const e of r.evidence) out.push(`    evidence: ${e}`);
    for (const p of r.passages.slice(0, 3)) out.push(`    "${clip(p.text, WIDTH - 6)}"`);
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
}
