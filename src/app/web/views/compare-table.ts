// The comparison table of a story: a row per statement or figure, a column per outlet, each
// outlet's version side by side; marked words are those another version lacks. Statements only
// one article carries fold away below, so the rows that compare come first.
import { COMPARISON_LEGEND, partsOf, plural } from '../../../view/index.js';
import type { ComparisonRow, ComparisonTable, ComparisonVersion } from '../../../view/index.js';
import { h, muted, scrollBox, section } from '../dom.js';

export const entityHref = (name: string) => `#/entity/${encodeURIComponent(name)}`;

export function comparisonSection(t: ComparisonTable, nameOf: Map<string, string>): HTMLElement {
  if (!t.rows.length && !t.single.length) return section('Comparison', muted('No attributed statements or figures to compare.'));
  const several = t.columns.some((c) => c.articles.length > 1);
  return section(
    'Comparison',
    t.rows.length ? scrollBox(table(t, t.rows, nameOf, several, 'comparison')) : muted('No statement or figure is given by two outlets.'),
    t.single.length
      ? h(
          'details',
          {},
          h('summary', {}, `${plural(t.single.length, 'statement or figure', 'statements or figures')} only one outlet gives`),
          scrollBox(table(t, t.single, nameOf, several, 'single-statements')),
        )
      : null,
    h('dl', { class: 'legend compact', 'data-testid': 'comparison-legend' }, ...COMPARISON_LEGEND.flatMap((l) => [h('dt', {}, l.term), h('dd', {}, l.meaning)])),
  );
}

function table(t: ComparisonTable, rows: ComparisonRow[], nameOf: Map<string, string>, several: boolean, testid: string): HTMLElement {
  return h(
    'table',
    { class: 'compare', 'data-testid': testid },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Statement or figure'), ...t.columns.map((c) => h('th', { scope: 'col' }, c.label, c.articles.length > 1 ? h('span', { class: 'muted' }, ` (${plural(c.articles.length, 'article')})`) : null)))),
    h('tbody', {}, ...rows.map((r) => rowOf(r, nameOf, several))),
  );
}

function rowOf(r: ComparisonRow, nameOf: Map<string, string>, several: boolean): HTMLElement {
  const head =
    r.kind === 'statement'
      ? h('th', { scope: 'row' }, h('a', { href: entityHref(r.label), title: `Everything ${r.label} said` }, r.label), h('div', { class: `how how-${r.how.replace(/ /g, '-')}` }, r.how), r.detail ? h('div', { class: 'muted' }, r.detail) : null)
      : h('th', { scope: 'row' }, r.label, h('div', { class: `how how-${r.how.replace(/ /g, '-')}` }, r.how), h('div', { class: 'muted' }, r.detail));
  return h(
    'tr',
    { class: r.differs ? 'differs' : null, 'data-testid': 'comparison-row', 'data-how': r.how },
    head,
    ...r.cells.map((cell) => h('td', {}, ...cell.map((v) => version(v, r.kind, nameOf, several)))),
  );
}

function version(v: ComparisonVersion, kind: ComparisonRow['kind'], nameOf: Map<string, string>, several: boolean): HTMLElement {
  const text = partsOf(v).map((p) => (p.differs ? h('mark', { class: 'diff' }, p.text) : p.text));
  const body = kind === 'statement' ? h('blockquote', {}, '“', ...text, '”') : h('div', {}, ...text, v.date ? h('span', { class: 'muted' }, ` (${v.date})`) : null);
  return h('div', { class: 'version', 'data-testid': 'version' }, body, several ? h('a', { class: 'muted', href: `#/article/${v.article}` }, nameOf.get(v.article) ?? 'article') : null);
}
