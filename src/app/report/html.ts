// `analyze --html FILE`: one self-contained page. It carries no script at all (quote versions open
// with <details>), and its CSP allows nothing but its own hashed stylesheet, so article text that
// slipped past escaping still could not run or load anything.
import { createHash } from 'node:crypto';
import type { AnalysisReport } from '../../core/types.js';
import { type ArticleMeta, articleLabel, articleTitle, clip, dateText, LEGEND, NOTHING_TO_REPORT, plural, ReportIndex, spanText, type SvgNode } from '../../view/index.js';
import { storySection } from './html-story.js';

/** Escapes text for element content and double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function svgToString(n: SvgNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('');
  const xmlns = n.tag === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  const inner = (n.text !== undefined ? escapeHtml(n.text) : '') + (n.children ?? []).map(svgToString).join('');
  return `<${n.tag}${xmlns}${attrs}>${inner}</${n.tag}>`;
}

const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--line:#d5dae3;--accent:#1f5fbf;--warn:#b3261e;--bg:#fff;--soft:#f4f6fa}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:1200px;margin:0 auto;padding:16px}h1{font-size:1.5rem;margin:.2em 0}
h2{font-size:1.25rem;border-top:2px solid var(--line);padding-top:16px}h3{font-size:1.05rem;margin-top:1.5em}
.muted{color:var(--muted)}.pill{display:inline-block;padding:0 8px;border-radius:10px;background:var(--soft);border:1px solid var(--line);font-size:.85em;margin:0 4px 4px 0}
.warn{color:var(--warn)}a{color:var(--accent)}
.side{display:grid;grid-template-columns:repeat(auto-fit,minmax(230px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px;min-width:0;overflow-wrap:anywhere}
.card h4{margin:.2em 0;font-size:1rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}
th,td{border:1px solid var(--line);padding:6px;vertical-align:top;text-align:left;overflow-wrap:anywhere;min-width:90px}
th{background:var(--soft)}details{margin:2px 0}summary{cursor:pointer}
blockquote{margin:4px 0;padding-left:8px;border-left:3px solid var(--line)}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.tl-row{stroke:var(--line)}.tl-axis{stroke:var(--muted)}.tl-published{fill:var(--accent)}
.tl-event{fill:#fff;stroke:var(--warn);stroke-width:2}.tl-tick{fill:var(--muted)}
.pv-origin rect{fill:#eef4ff;stroke:var(--accent)}.pv-article rect{fill:#fff;stroke:var(--muted)}
.pv-copied rect{stroke-dasharray:4 3;fill:var(--soft)}.pv-edge{fill:none;stroke:var(--accent);stroke-opacity:.6}
.pv-copy{fill:none;stroke:var(--warn);stroke-dasharray:6 4;stroke-width:2}
.legend dt{font-weight:600}.legend dd{margin:0 0 6px 16px}
.legend.compact{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;font-size:.85em}.legend.compact dd{margin:0;color:var(--muted)}
.coverage{border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:10px 0;background:var(--soft)}
.coverage-stats,.coverage-legend,.tl-legend{list-style:none;padding:0;margin:0 0 6px;display:flex;flex-wrap:wrap;gap:4px 18px}
.coverage-stats{font-weight:600}.coverage-legend,.tl-legend{font-size:.85em;color:var(--muted)}
table.compare td{min-width:180px}tr.differs>th{border-left:4px solid var(--warn)}
mark.diff{background:#fff1b8;text-decoration:underline dotted}.how{font-size:.8em;color:var(--muted)}
.mode{padding:0 4px;border-radius:4px;background:var(--soft)}
`;

export function renderHtmlReport(report: AnalysisReport): string {
  const index = new ReportIndex(report);
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const stories = index.storySummaries();
  const inStory = new Set(index.storyOfArticle.keys());
  const loose = report.articles.filter((a) => !inStory.has(a.id));
  const body: string[] = [];
  if (!report.articles.length) body.push(`<header><h1>storytrace report</h1><p class="muted">${escapeHtml(NOTHING_TO_REPORT)}</p></header><main>`);
  else body.push(
    `<header><h1>storytrace report</h1><p class="muted">${plural(report.articles.length, 'article')}, ${plural(stories.length, 'story')}, ${plural(report.reuse.length, 'reuse record')}, ${plural(report.quotes.length, 'quote')}</p></header><main>`,
  );
  body.push('<section><h2 id="stories">Stories</h2>');
  if (!stories.length) body.push('<p class="muted">No stories were found.</p>');
  else {
    body.push('<div class="scroll"><table><thead><tr><th>Story</th><th>When</th><th>Articles</th><th>Outlets</th><th>Independent origins</th></tr></thead><tbody>');
    for (const s of stories)
      body.push(
        `<tr><td><a href="#story-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></td><td>${escapeHtml(spanText(s.span))}</td><td>${s.articleCount}</td><td>${escapeHtml(s.unknownOutletArticles ? s.outletsText : String(s.outletCount))}</td><td>${s.originCount}</td></tr>`,
      );
    body.push('</tbody></table></div>');
  }
  body.push('</section>');
  for (const s of stories) {
    const view = index.storyView(s.id);
    if (view) body.push(storySection(view, escapeHtml, svgToString));
  }
  if (stories.length) body.push(
    `<section><h2 id="legend">Legend</h2><dl class="legend">${LEGEND.map((l) => `<dt>${escapeHtml(l.term)}</dt><dd>${escapeHtml(l.meaning)}</dd>`).join('')}</dl></section>`,
  );
  if (loose.length) {
    body.push(`<section><h2 id="unclustered">Articles in no story (${loose.length})</h2><div class="side">`);
    for (const a of loose) body.push(looseCard(a));
    body.push('</div></section>');
  }
  body.push('</main>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>storytrace report</title><style>${STYLE}</style></head>
<body>${body.join('\n')}</body></html>
`;
}

function looseCard(a: ArticleMeta): string {
  return `<article class="card"><h4>${escapeHtml(articleLabel(a))}</h4><p><strong>${escapeHtml(articleTitle(a))}</strong></p><p class="muted">${escapeHtml(dateText(a))}</p><p>${escapeHtml(clip(a.body, 300))}</p></article>`;
}
