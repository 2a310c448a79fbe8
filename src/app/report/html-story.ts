// One story of the self-contained HTML report, from the same view model as the web UI: coverage,
// threads, the comparison table (statements and figures, one column per outlet, versions side by
// side), the outlets with links to the original articles, claims, a labelled timeline and the
// provenance chart. Markup only: every value goes through escapeHtml.
import {
  COMPARISON_LEGEND,
  type ComparisonRow,
  type ComparisonTable,
  MODE_MEANING,
  partsOf,
  plural,
  provenanceChart,
  spanText,
  reuseCounts,
  storyCoverage,
  type StoryView,
  type SvgNode,
  TIMELINE_LEGEND,
  timelineChart,
  timelineRows,
  clip,
} from '../../view/index.js';

const COLOURS = ['#1f5fbf', '#2f8f5b', '#b5651d', '#7a4fb0', '#a4261d', '#2a8a96'];

export function storySection(v: StoryView, esc: (s: string) => string, svgToString: (n: SvgNode) => string): string {
  const s = v.story;
  const label = new Map(v.articles.map((a) => [a.id, a.label]));
  const nameOf = (id: string) => esc(label.get(id) ?? id.slice(0, 8));
  const out: string[] = [];
  const when = v.dating.period ? `${v.dating.period[0] === v.dating.period[1] ? v.dating.period[0] : v.dating.period.join(' – ')}` : 'undated';
  out.push(`<section id="story-${esc(s.id)}"><h2>${esc(s.title)}</h2>`);
  out.push(coverage(v, esc));
  out.push(
    `<p class="muted">${esc(v.dating.basis === 'published' ? spanText(s.span) : `${when} (${v.dating.note})`)} · ${plural(s.articleCount, 'article')} · ${esc(s.outletsText)} · <strong>${plural(s.originCount, 'independent origin')}</strong></p>`,
  );
  if (v.threads.length)
    out.push(
      `<details class="threads"${v.threads.length <= 4 ? ' open' : ''}><summary><strong>${plural(v.threads.length, 'thread')}</strong> <span class="muted">moves of the story, each told in one set of words</span></summary><ol>${v.threads
        .map((t) => `<li>${esc(t.title)} <span class="muted">· ${esc(spanText(t.span))} · ${plural(t.articles.length, 'article')}: ${[...new Set(t.articles.map(nameOf))].join(', ')}</span></li>`)
        .join('')}</ol></details>`,
    );
  out.push(comparison(v.comparison, esc));
  if (s.entities.length) out.push(`<p>${s.entities.map((e) => `<span class="pill">${esc(e)}</span>`).join('')}</p>`);
  const central = v.claims.find((c) => c.id === v.centralClaim);
  if (central) out.push(`<p class="central-claim"><strong>Central claim:</strong> ${esc(central.text)}</p>`);
  out.push(
    `<p class="origins"><strong>Independent origins:</strong> ${v.provenance.origins.map((o) => `${esc(o.label)} [${o.articles.length}]`).join('; ') || 'none'} <span class="muted">([n]: how many articles carry it, copies included; <a href="#legend">legend</a>)</span></p>`,
  );
  if (v.flags.length) out.push(`<div id="flags-${esc(s.id)}"></div>`);
  for (const f of v.flags) out.push(`<p class="warn story-flag">${esc(f.kind)}: ${esc(f.detail)}${f.period ? ` (${esc(f.period.join(' – '))})` : ''} <span class="muted">(${f.articles.map(nameOf).join(', ')})</span></p>`);

  out.push('<h3>Outlets side by side</h3><div class="side">');
  for (const a of v.articles) {
    const copies = a.copies.map((c) => `<p class="warn">${esc(c.kind)} of ${nameOf(c.source)} (${Math.round(c.coverage * 100)}%)</p>`);
    const flags = a.flagKinds.length ? [`<p class="warn">${esc(a.flagKinds.join(', '))} <a href="#flags-${esc(s.id)}">(see the story's flags)</a></p>`] : [];
    const link = a.url && /^https?:\/\//i.test(a.url) ? `<p><a class="original" href="${esc(a.url)}" rel="noopener noreferrer nofollow">Original article ↗</a></p>` : '';
    out.push(
      `<article class="card"><h4>${esc(a.label)}</h4><p><strong>${esc(a.title)}</strong></p>${link}` +
        `<p class="muted">${esc(a.when)}${a.mode ? ` · <span class="mode">${esc(a.mode)}</span>` : ''} · ${plural(a.quoteCount, 'quote')} · ${plural(a.figureCount, 'figure')}</p>` +
        `${copies.join('')}${flags.join('')}<p>${esc(clip(a.lede, 400))}</p></article>`,
    );
  }
  out.push('</div>');
  const modes = [...new Set(v.articles.flatMap((a) => (a.mode ? [a.mode] : [])))];
  if (modes.length) out.push(`<dl class="legend compact framing-legend">${modes.map((m) => `<dt>${esc(m)}</dt><dd>${esc(MODE_MEANING[m])}</dd>`).join('')}</dl>`);

  out.push('<h3>Claims</h3>');
  if (!v.claims.length) out.push('<p class="muted">No claims aligned.</p>');
  else {
    out.push('<div class="scroll"><table><thead><tr><th>Claim</th><th>How each outlet carries it</th><th>Independent origins [articles]</th></tr></thead><tbody>');
    for (const c of v.claims) {
      const modes = c.coverage.map((x) => `<span class="pill">${nameOf(x.article)}: ${esc(x.mode)}</span>`).join('');
      const origins = c.origins.map((o) => `<li>${esc(o.label)} [${o.articles.length}] <span class="muted">(${o.articles.map(nameOf).join(', ')})</span></li>`).join('');
      const mark = c.id === v.centralClaim ? ' <span class="pill">central claim</span>' : '';
      out.push(`<tr><td>${esc(c.text)}${mark}</td><td>${modes}</td><td><ol>${origins}</ol></td></tr>`);
    }
    out.push('</tbody></table></div>');
  }

  out.push('<h3>Timeline</h3>');
  out.push(`<p class="evidence-period"><strong>${v.dating.basis === 'published' ? 'When' : 'Evidence period'}:</strong> ${esc(v.dating.period ? `${when} (${v.dating.note})` : v.dating.note)}</p>`);
  const timeline = timelineChart(v.timeline, v.articles);
  if (timeline)
    out.push(
      svgToString(timeline),
      `<ul class="tl-legend">${TIMELINE_LEGEND.map((l) => `<li>${esc(l.term)}: ${esc(l.meaning)}</li>`).join('')}</ul>`,
    );
  const rows = timelineRows(v.timeline, v.articles);
  if (rows.length)
    out.push(
      `<ol class="tl-list">${rows.map((r) => `<li><strong>${esc(r.date)}</strong> <span class="pill">${r.kind === 'published' ? 'published' : 'event in the text'}</span> ${esc(r.outlets.join(', '))}: ${esc(r.text)}</li>`).join('')}</ol>`,
    );
  const provenance = provenanceChart(v.provenance, v.articles);
  out.push('<h3>Provenance</h3>', provenance ? svgToString(provenance) : '');
  out.push('</section>');
  return out.join('\n');
}

function coverage(v: StoryView, esc: (s: string) => string): string {
  const c = storyCoverage(v);
  const reuse = reuseCounts(c);
  const total = c.segments.reduce((n, s) => n + s.articles, 0) || 1;
  const stats = [
    plural(c.articles, 'article'),
    c.outletsText,
    plural(c.origins, 'independent origin'),
    reuse.copies,
    ...(reuse.partial ? [reuse.partial] : []),
    plural(c.threads, 'thread'),
    c.languages.length ? `${plural(c.languages.length, 'language')} (${c.languages.map((l) => l.code).join(', ')})` : 'language unknown',
  ];
  let x = 0;
  const rects = c.segments.map((s, i) => {
    const w = (s.articles / total) * 100;
    const rect = `<rect x="${x.toFixed(2)}" y="0" width="${Math.max(w - 0.4, 0.5).toFixed(2)}" height="6" fill="${COLOURS[i % COLOURS.length]}"><title>${esc(s.label)}</title></rect>`;
    x += w;
    return rect;
  });
  const legend = c.segments.map((s, i) => `<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${COLOURS[i % COLOURS.length]}"/></svg> ${esc(s.label)} (${s.articles})</li>`);
  return (
    `<div class="coverage"><ul class="coverage-stats">${stats.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` +
    (rects.length ? `<svg class="coverage-bar" viewBox="0 0 100 6" preserveAspectRatio="none" width="100%" height="18" role="img" aria-label="Origins">${rects.join('')}</svg><ul class="coverage-legend">${legend.join('')}</ul>` : '') +
    '</div>'
  );
}

function comparison(t: ComparisonTable, esc: (s: string) => string): string {
  if (!t.rows.length && !t.single.length) return '<h3>Comparison</h3><p class="muted">No attributed statements or figures to compare.</p>';
  const head = `<thead><tr><th>Statement or figure</th>${t.columns.map((c) => `<th>${esc(c.label)}${c.articles.length > 1 ? ` <span class="muted">(${plural(c.articles.length, 'article')})</span>` : ''}</th>`).join('')}</tr></thead>`;
  const row = (r: ComparisonRow) => {
    const cells = r.cells.map((cell) => {
      const body = cell.map((v) => {
        const text = partsOf(v).map((p) => (p.differs ? `<mark class="diff">${esc(p.text)}</mark>` : esc(p.text))).join('');
        return r.kind === 'statement' ? `<blockquote>“${text}”</blockquote>` : `<div>${text}${v.date ? ` <span class="muted">(${esc(v.date)})</span>` : ''}</div>`;
      });
      return `<td>${body.join('')}</td>`;
    });
    const detail = r.detail ? `<br><span class="muted">${esc(r.detail)}</span>` : '';
    return `<tr class="${r.differs ? 'differs' : ''}"><th>${esc(clip(r.label, 160))}<br><span class="how">${esc(r.how)}</span>${detail}</th>${cells.join('')}</tr>`;
  };
  const out = ['<h3>Comparison</h3>'];
  if (t.rows.length) out.push(`<div class="scroll"><table class="compare">${head}<tbody>${t.rows.map(row).join('')}</tbody></table></div>`);
  else out.push('<p class="muted">No statement or figure is given by two outlets.</p>');
  if (t.single.length)
    out.push(
      `<details><summary>${plural(t.single.length, 'statement or figure', 'statements or figures')} only one outlet gives</summary><div class="scroll"><table class="compare">${head}<tbody>${t.single.map(row).join('')}</tbody></table></div></details>`,
    );
  out.push(`<dl class="legend compact">${COMPARISON_LEGEND.map((l) => `<dt>${esc(l.term)}</dt><dd>${esc(l.meaning)}</dd>`).join('')}</dl>`);
  return out.join('');
}
