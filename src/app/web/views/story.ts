// One story: outlets side by side, who said what in which outlet, the claims with their modes and
// origins, the figures, a timeline and where the reporting came from.
import type { Quote } from '../../../core/types.js';
import { provenanceChart, QUOTE_KIND_LABEL, storyCoverage, timelineChart, plural } from '../../../view/index.js';
import type { QuoteGroupView, StoryArticle, StoryView } from '../../../view/index.js';
import { getJson } from '../api.js';
import { append, clear, dateRange, h, muted, scrollBox, section, svg } from '../dom.js';
import { storyTools } from './story-tools.js';
import { coverageBar } from './coverage.js';

export async function storyPage(view: HTMLElement, id: string): Promise<void> {
  const v = await getJson<StoryView>(`stories/${encodeURIComponent(id)}`);
  const nameOf = new Map(v.articles.map((a) => [a.id, a.label]));
  const s = v.story;
  append(view, [
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories')),
    h('h1', {}, s.title),
    storyTools(s.id),
    coverageBar(storyCoverage(v)),
    h(
      'p',
      { class: 'meta' },
      `${dateRange(s.span)} · `,
      h('span', { 'data-testid': 'article-count' }, plural(s.articleCount, 'article')),
      ` · ${plural(s.outletCount, 'outlet')} · `,
      h('strong', { 'data-testid': 'origin-count' }, plural(s.originCount, 'independent origin')),
    ),
    centralClaim(v),
    h(
      'p',
      { class: 'origins' },
      h('strong', {}, 'Independent origins: '),
      h('span', { 'data-testid': 'origins' }, v.provenance.origins.map((o) => `${o.label} [${o.articles.length}]`).join('; ') || 'none'),
      h('span', { class: 'muted' }, ' ([n]: articles carrying it, copies included)'),
    ),
    ...v.flags.map((f) =>
      h('p', { class: 'warn', 'data-testid': 'story-flag' }, `${f.kind}: ${f.detail}`, h('span', { class: 'muted' }, ` (${f.articles.map((a) => nameOf.get(a) ?? '?').join(', ')})`)),
    ),
    s.entities.length
      ? h('p', { class: 'pills' }, ...s.entities.map((e) => h('a', { class: 'pill', href: `#/?${new URLSearchParams({ entity: e })}`, title: `Stories about ${e}` }, e)))
      : null,
    section('Outlets side by side', h('div', { class: 'side' }, ...v.articles.map((a) => outletCard(a, nameOf)))),
    quoteSection(v, nameOf),
    claimSection(v, nameOf),
    figureSection(v),
    section('Timeline', chartOrNote(timelineChart(v.timeline, v.articles), 'No dates to place.')),
    section(
      'Provenance',
      h('p', { class: 'muted' }, 'Independent origins (left) and the articles that carry them (right); dashed links mark republished copies.'),
      chartOrNote(provenanceChart(v.provenance, v.articles), 'No articles.'),
    ),
    section('Legend', h('dl', { class: 'legend', 'data-testid': 'legend' }, ...v.legend.flatMap((l) => [h('dt', {}, l.term), h('dd', {}, l.meaning)]))),
  ]);
}

function centralClaim(v: StoryView): HTMLElement | null {
  const central = v.claims.find((c) => c.id === v.centralClaim);
  return central ? h('p', { class: 'central-claim' }, h('strong', {}, 'Central claim: '), h('span', { 'data-testid': 'central-claim' }, central.text)) : null;
}

function chartOrNote(node: ReturnType<typeof timelineChart>, note: string): Node {
  return node ? h('div', { class: 'chart' }, svg(node)) : muted(note);
}

function outletCard(a: StoryArticle, nameOf: Map<string, string>): HTMLElement {
  return h(
    'article',
    { class: 'card', 'data-testid': 'outlet-card' },
    h('h3', {}, a.label),
    h('p', {}, h('a', { href: `#/article/${a.id}` }, a.headline ?? '(no headline)')),
    a.url ? h('p', { class: 'meta' }, h('a', { href: a.url, rel: 'noopener noreferrer nofollow', 'data-testid': 'original-link' }, 'Original article ↗')) : null,
    h('p', { class: 'meta' }, a.published ?? 'undated', a.language ? ` · ${a.language} ` : null, a.mode ? h('span', { class: `mode mode-${a.mode}` }, a.mode) : null),
    ...a.copies.map((c) => h('p', { class: 'warn' }, `${c.kind} of ${nameOf.get(c.source) ?? 'another article'} (${Math.round(c.coverage * 100)}% reused)`)),
    ...a.flags.map((f) => h('p', { class: 'warn' }, `${f.kind}: ${f.detail}${f.period ? ` (${f.period.join(' – ')})` : ''}`)),
    a.flagCount > a.flags.length ? h('p', { class: 'warn' }, h('a', { href: `#/article/${a.id}` }, `and ${a.flagCount - a.flags.length} more flags`)) : null,
    h('p', { class: 'lede' }, a.lede),
    h('p', { class: 'muted' }, `${plural(a.quoteCount, 'quote')} · ${plural(a.figureCount, 'figure')}`),
  );
}

function quoteSection(v: StoryView, nameOf: Map<string, string>): HTMLElement {
  if (!v.speakers.length) return section('Quote matrix', muted('No attributed quotes.'));
  const groupsOf = new Map<string, QuoteGroupView[]>();
  for (const g of v.quoteGroups) for (const q of g.quotes) groupsOf.set(q, [...(groupsOf.get(q) ?? []), g]);
  const panel = h('div', { class: 'versions', 'aria-live': 'polite', 'data-testid': 'quote-versions' }, muted('Choose a quote to see every version of it.'));
  const buttons: HTMLButtonElement[] = [];
  const show = (q: Quote) => {
    clear(panel);
    const groups = groupsOf.get(q.id) ?? [];
    // Mark every version in the matrix too, so the outlets carrying it stand out.
    const related = new Set([q.id, ...groups.flatMap((g) => g.quotes)]);
    for (const b of buttons) {
      b.classList.toggle('related', related.has(b.dataset.quote!));
      b.setAttribute('aria-pressed', String(b.dataset.quote === q.id));
    }
    panel.append(h('h3', {}, `${q.speaker ?? 'Unattributed'}, as ${nameOf.get(q.article) ?? 'this outlet'} quotes it`), h('blockquote', {}, q.text));
    if (!groups.length) panel.append(muted('No other outlet carries this statement.'));
    for (const g of groups)
      panel.append(
        h('h4', {}, QUOTE_KIND_LABEL[g.kind]),
        h(
          'ul',
          {},
          ...g.members
            .filter((m) => m.id !== q.id)
            .map((m) => h('li', {}, h('span', { class: 'pill' }, nameOf.get(m.article) ?? 'other outlet'), h('blockquote', {}, m.text))),
        ),
      );
  };
  const cellOf = new Map(v.quoteMatrix.map((c) => [`${c.speaker}\u0000${c.article}`, c]));
  const table = h(
    'table',
    { class: 'matrix' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Speaker'), ...v.articles.map((a) => h('th', { scope: 'col' }, a.label)))),
    h(
      'tbody',
      {},
      ...v.speakers.map((speaker) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, speaker),
          ...v.articles.map((a) => {
            const cell = cellOf.get(`${speaker}\u0000${a.id}`);
            return h(
              'td',
              {},
              ...(cell?.quotes ?? []).map((q) => {
                const versions = groupsOf.get(q.id)?.length ?? 0;
                const button = h('button', { type: 'button', class: versions ? 'quote grouped' : 'quote', 'data-quote': q.id, 'aria-pressed': 'false' }, `“${q.text}”`);
                buttons.push(button);
                button.addEventListener('click', () => {
                  show(q);
                  panel.scrollIntoView({ block: 'nearest' });
                });
                return button;
              }),
            );
          }),
        ),
      ),
    ),
  );
  return section('Quote matrix', scrollBox(table), panel);
}

function claimSection(v: StoryView, nameOf: Map<string, string>): HTMLElement {
  if (!v.claims.length) return section('Claims', muted('No claims aligned yet.'));
  return section(
    'Claims',
    scrollBox(
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Claim'), h('th', { scope: 'col' }, 'How each outlet carries it'), h('th', { scope: 'col' }, 'Independent origins [articles]'))),
        h(
          'tbody',
          {},
          ...v.claims.map((c) =>
            h(
              'tr',
              { class: c.id === v.centralClaim ? 'central' : null },
              h('td', {}, c.text, c.id === v.centralClaim ? h('span', { class: 'pill' }, 'central claim') : null),
              h('td', {}, ...c.coverage.map((x) => h('span', { class: `pill mode-${x.mode}` }, `${nameOf.get(x.article) ?? '?'}: ${x.mode}`))),
              h('td', {}, h('ol', {}, ...c.origins.map((o) => h('li', {}, `${o.label} [${o.articles.length}]`, h('span', { class: 'muted' }, ` (${o.articles.map((a) => nameOf.get(a) ?? '?').join(', ')})`))))),
            ),
          ),
        ),
      ),
    ),
  );
}

function figureSection(v: StoryView): HTMLElement {
  if (!v.figures.length) return section('Figures', muted('No figures.'));
  return section(
    'Figures',
    scrollBox(
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'About'), ...v.articles.map((a) => h('th', { scope: 'col' }, a.label)))),
        h(
          'tbody',
          {},
          ...v.figures.map((row) =>
            h(
              'tr',
              { class: row.disagrees ? 'disagrees' : null },
              h(
                'th',
                { scope: 'row' },
                row.label,
                row.disagrees ? h('span', { class: 'warn' }, ' figures disagree') : row.verdict === 'changed' ? h('span', { class: 'muted' }, ' changed over time') : null,
                h('div', { class: 'muted' }, row.detail),
              ),
              ...v.articles.map((a) => h('td', {}, ...(row.cells.find((c) => c.article === a.id)?.figures ?? []).map((f) => h('div', {}, f.date ? `${f.text} (${f.date})` : f.text)))),
            ),
          ),
        ),
      ),
    ),
  );
}
