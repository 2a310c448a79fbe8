// `analyze --html FILE`: one self-contained page. It carries no script at all (quote versions open
// with <details>), and its CSP allows nothing but its own hashed stylesheet, so article text that
// slipped past escaping still could not run or load anything.
import { createHash } from 'node:crypto';
import type { AnalysisReport } from '../../core/types.js';
import {
  type ArticleMeta,
  articleLabel,
  clip,
  LEGEND,
  provenanceChart,
  QUOTE_KIND_LABEL,
  ReportIndex,
  spanText,
  type StoryView,
  type SvgNode,
  timelineChart,
} from '../../view/index.js';

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
`;

export function renderHtmlReport(report: AnalysisReport): string {
  const index = new ReportIndex(report);
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const stories = index.storySummaries();
  const inStory = new Set(index.storyOfArticle.keys());
  const loose = report.articles.filter((a) => !inStory.has(a.id));
  const body: string[] = [];
  body.push(
    `<header><h1>storytrace report</h1><p class="muted">${report.articles.length} articles, ${stories.length} stories, ${report.reuse.length} reuse records, ${report.quotes.length} quotes</p></header><main>`,
  );
  body.push('<section><h2 id="stories">Stories</h2>');
  if (!stories.length) body.push('<p class="muted">No stories were found.</p>');
  else {
    body.push('<div class="scroll"><table><thead><tr><th>Story</th><th>When</th><th>Articles</th><th>Outlets</th><th>Independent origins</th></tr></thead><tbody>');
    for (const s of stories)
      body.push(
        `<tr><td><a href="#story-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></td><td>${escapeHtml(spanText(s.span))}</td><td>${s.articleCount}</td><td>${s.outletCount}</td><td>${s.originCount}</td></tr>`,
      );
    body.push('</tbody></table></div>');
  }
  body.push('</section>');
  for (const s of stories) {
    const view = index.storyView(s.id);
    if (view) body.push(storySection(view, index));
  }
  body.push(
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

function storySection(v: StoryView, index: ReportIndex): string {
  const s = v.story;
  const label = new Map(v.articles.map((a) => [a.id, a.label]));
  const nameOf = (id: string) => label.get(id) ?? id.slice(0, 8);
  const out: string[] = [];
  out.push(`<section id="story-${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>`);
  out.push(
    `<p class="muted">${escapeHtml(spanText(s.span))} · ${s.articleCount} articles · ${s.outletCount} outlets · <strong>${s.originCount} independent origins</strong></p>`,
  );
  if (s.entities.length) out.push(`<p>${s.entities.map((e) => `<span class="pill">${escapeHtml(e)}</span>`).join('')}</p>`);
  const central = v.claims.find((c) => c.id === v.centralClaim);
  if (central) out.push(`<p class="central-claim"><strong>Central claim:</strong> ${escapeHtml(central.text)}</p>`);
  out.push(
    `<p class="origins"><strong>Independent origins:</strong> ${v.provenance.origins.map((o) => `${escapeHtml(o.label)} [${o.articles.length}]`).join('; ') || 'none'} <span class="muted">([n]: articles carrying it, copies included; <a href="#legend">legend</a>)</span></p>`,
  );
  for (const f of v.flags)
    out.push(`<p class="warn story-flag">${escapeHtml(f.kind)}: ${escapeHtml(f.detail)} <span class="muted">(${f.articles.map((a) => escapeHtml(nameOf(a))).join(', ')})</span></p>`);

  out.push('<h3>Outlets side by side</h3><div class="side">');
  for (const a of v.articles) {
    const copies = a.copies.map((c) => `<p class="warn">${escapeHtml(c.kind)} of ${escapeHtml(nameOf(c.source))} (${Math.round(c.coverage * 100)}%)</p>`);
    const flags = a.flags.map((f) => `<p class="warn">${escapeHtml(f.kind)}: ${escapeHtml(f.detail)}${f.period ? ` (${escapeHtml(f.period.join(' – '))})` : ''}</p>`);
    if (a.flagCount > a.flags.length) flags.push(`<p class="warn">and ${a.flagCount - a.flags.length} more flags</p>`);
    out.push(
      `<article class="card"><h4>${escapeHtml(a.label)}</h4><p><strong>${escapeHtml(a.headline ?? '(no headline)')}</strong></p>` +
        `<p class="muted">${escapeHtml(a.published ?? 'undated')}${a.mode ? ` · ${escapeHtml(a.mode)}` : ''} · ${a.quoteCount} quotes · ${a.figureCount} figures</p>` +
        `${copies.join('')}${flags.join('')}<p>${escapeHtml(clip(a.lede, 400))}</p></article>`,
    );
  }
  out.push('</div>');

  out.push('<h3>Quote matrix</h3>');
  if (!v.speakers.length) out.push('<p class="muted">No attributed quotes.</p>');
  else {
    out.push(`<div class="scroll"><table><thead><tr><th>Speaker</th>${v.articles.map((a) => `<th>${escapeHtml(a.label)}</th>`).join('')}</tr></thead><tbody>`);
    for (const speaker of v.speakers) {
      const cells = v.articles.map((a) => {
        const cell = v.quoteMatrix.find((c) => c.speaker === speaker && c.article === a.id);
        if (!cell) return '<td></td>';
        const quotes = cell.quotes.map((q) => {
          const versions = index
            .groupsOf(q.id)
            .flatMap((g) => g.members.filter((m) => m.id !== q.id).map((m) => `<blockquote><span class="pill" title="${escapeHtml(QUOTE_KIND_LABEL[g.kind])}">${escapeHtml(g.kind)}</span>${escapeHtml(nameOf(m.article))}: “${escapeHtml(m.text)}”</blockquote>`));
          const text = `“${escapeHtml(clip(q.text, 160))}”`;
          return versions.length ? `<details><summary>${text}</summary>${versions.join('')}</details>` : `<p>${text}</p>`;
        });
        return `<td>${quotes.join('')}</td>`;
      });
      out.push(`<tr><th>${escapeHtml(speaker)}</th>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table></div>');
  }

  out.push('<h3>Claims</h3>');
  if (!v.claims.length) out.push('<p class="muted">No claims aligned.</p>');
  else {
    out.push('<div class="scroll"><table><thead><tr><th>Claim</th><th>How each outlet carries it</th><th>Independent origins [articles]</th></tr></thead><tbody>');
    for (const c of v.claims) {
      const modes = c.coverage.map((x) => `<span class="pill">${escapeHtml(nameOf(x.article))}: ${escapeHtml(x.mode)}</span>`).join('');
      const origins = c.origins.map((o) => `<li>${escapeHtml(o.label)} [${o.articles.length}] <span class="muted">(${o.articles.map((a) => escapeHtml(nameOf(a))).join(', ')})</span></li>`).join('');
      const central = c.id === v.centralClaim ? ' <span class="pill">central claim</span>' : '';
      out.push(`<tr><td>${escapeHtml(c.text)}${central}</td><td>${modes}</td><td><ol>${origins}</ol></td></tr>`);
    }
    out.push('</tbody></table></div>');
  }

  out.push('<h3>Figures</h3>');
  if (!v.figures.length) out.push('<p class="muted">No figures.</p>');
  else {
    out.push(`<div class="scroll"><table><thead><tr><th>About</th>${v.articles.map((a) => `<th>${escapeHtml(a.label)}</th>`).join('')}</tr></thead><tbody>`);
    for (const row of v.figures) {
      const cells = v.articles.map((a) => {
        const cell = row.cells.find((c) => c.article === a.id);
        return `<td>${cell ? cell.figures.map((f) => escapeHtml(f.date ? `${f.text} (${f.date})` : f.text)).join('<br>') : ''}</td>`;
      });
      const mark = row.disagrees ? ' <span class="warn">figures disagree</span>' : row.verdict === 'changed' ? ' <span class="muted">changed over time</span>' : '';
      out.push(`<tr><th>${escapeHtml(clip(row.label, 160))}${mark}<br><span class="muted">${escapeHtml(row.detail)}</span></th>${cells.join('')}</tr>`);
    }
    out.push('</tbody></table></div>');
  }

  const timeline = timelineChart(v.timeline, v.articles);
  out.push('<h3>Timeline</h3>', timeline ? svgToString(timeline) : '<p class="muted">No dates.</p>');
  const provenance = provenanceChart(v.provenance, v.articles);
  out.push('<h3>Provenance</h3>', provenance ? svgToString(provenance) : '');
  out.push('</section>');
  return out.join('\n');
}

function looseCard(a: ArticleMeta): string {
  return `<article class="card"><h4>${escapeHtml(articleLabel(a))}</h4><p><strong>${escapeHtml(a.headline ?? '(no headline)')}</strong></p><p class="muted">${escapeHtml(a.published ?? 'undated')}</p><p>${escapeHtml(clip(a.body, 300))}</p></article>`;
}
