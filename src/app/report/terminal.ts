// The default `analyze` output: a plain-text report for a terminal.
import type { AnalysisReport } from '../../core/types.js';

export function renderTerminalReport(report: AnalysisReport): string {
  const out: string[] = [];
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = byId.get(id);
    return a ? `${a.outlet ?? 'unknown outlet'} ${a.published ?? 'undated'} "${a.headline ?? a.source}"` : id;
  };
  out.push(`${report.articles.length} articles, ${report.stories.length} stories, ${report.reuse.length} reuse records`);
  out.push('');
  out.push('Articles');
  for (const a of report.articles) out.push(`  ${a.id.slice(0, 10)}  ${label(a.id)}  [${a.source}]`);
  if (report.reuse.length) {
    out.push('', 'Text reuse');
    for (const r of report.reuse) {
      const arrow = r.direction === 'known' ? '->' : '<->';
      out.push(`  ${label(r.source)} ${arrow} ${label(r.copy)}`);
      out.push(`    ${r.kind}, ${Math.round(r.coverage * 100)}% of the copy, ${r.passages.length} passages`);
      for (const e of r.evidence) out.push(`    - ${e}`);
    }
  }
  return out.join('\n') + '\n';
}
