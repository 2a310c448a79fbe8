// One story, what a researcher asks first at the top: coverage (outlets, independent origins,
// copies, threads), then the comparison table (statements and figures side by side per outlet),
// the claims with their modes and origins, the outlets with their originals, a labelled timeline
// and where the reporting came from. Everything shown is the core's; legends say what it means.
import { MODE_MEANING, provenanceChart, spanText, storyCoverage, plural } from '../../../view/index.js';
import type { StoryArticle, StoryView } from '../../../view/index.js';
import { getJson } from '../api.js';
import { append, h, muted, scrollBox, section, svg } from '../dom.js';
import { comparisonSection } from './compare-table.js';
import { storyTools } from './story-tools.js';
import { coverageBar } from './coverage.js';
import { datingText, timelineSection } from './story-timeline.js';

export async function storyPage(view: HTMLElement, id: string): Promise<void> {
  const v = await getJson<StoryView>(`stories/${encodeURIComponent(id)}`);
  const nameOf = new Map(v.articles.map((a) => [a.id, a.label]));
  const s = v.story;
  append(view, [
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories')),
    h('h1', {}, s.title),
    storyTools(s.id),
    coverageBar(storyCoverage(v)),
    threadList(v, nameOf),
    comparisonSection(v.comparison, nameOf),
    h(
      'p',
      { class: 'meta' },
      h('span', { 'data-testid': 'story-when' }, v.dating.basis === 'published' ? spanText(s.span) : datingText(v)),
      ' · ',
      h('span', { 'data-testid': 'article-count' }, plural(s.articleCount, 'article')),
      ` · ${s.outletsText} · `,
      h('strong', { 'data-testid': 'origin-count' }, plural(s.originCount, 'independent origin')),
    ),
    centralClaim(v),
    h(
      'p',
      { class: 'origins' },
      h('strong', {}, 'Independent origins: '),
      h('span', { 'data-testid': 'origins' }, v.provenance.origins.map((o) => `${o.label} [${o.articles.length}]`).join('; ') || 'none'),
      h('span', { class: 'muted', 'data-testid': 'count-legend' }, ' ([n]: how many articles carry it, copies included; the legend below says more)'),
    ),
    ...v.flags.map((f) =>
      h('p', { class: 'warn', 'data-testid': 'story-flag' }, `${f.kind}: ${f.detail}${f.period ? ` (${f.period.join(' – ')})` : ''}`, h('span', { class: 'muted' }, ` (${f.articles.map((a) => nameOf.get(a) ?? '?').join(', ')})`)),
    ),
    s.entities.length
      ? h('p', { class: 'pills' }, ...s.entities.map((e) => h('a', { class: 'pill', href: `#/?${new URLSearchParams({ entity: e })}`, title: `Stories about ${e}` }, e)))
      : null,
    section('Outlets side by side', h('div', { class: 'side' }, ...v.articles.map((a) => outletCard(a, nameOf))), framingLegend(v)),
    claimSection(v, nameOf),
    timelineSection(v),
    section(
      'Provenance',
      h('p', { class: 'muted' }, 'Independent origins (left) and the articles that carry them (right); dashed links mark republished copies.'),
      chartOrNote(provenanceChart(v.provenance, v.articles), 'No articles.'),
    ),
    section('Legend', h('dl', { class: 'legend compact', 'data-testid': 'legend' }, ...v.legend.flatMap((l) => [h('dt', {}, l.term), h('dd', {}, l.meaning)]))),
  ]);
}

function centralClaim(v: StoryView): HTMLElement | null {
  const central = v.claims.find((c) => c.id === v.centralClaim);
  return central ? h('p', { class: 'central-claim' }, h('strong', {}, 'Central claim: '), h('span', { 'data-testid': 'central-claim' }, central.text)) : null;
}

/** The core's threads: each move of the story and the outlets telling it. */
function threadList(v: StoryView, nameOf: Map<string, string>): HTMLElement | null {
  if (!v.threads.length) return null;
  return h(
    'details',
    { class: 'threads', open: v.threads.length <= 4 },
    h('summary', {}, h('strong', {}, plural(v.threads.length, 'thread')), h('span', { class: 'muted' }, ': moves of the story, each told in one set of words')),
    h(
      'ol',
      { 'data-testid': 'threads' },
      ...v.threads.map((t) =>
        h('li', { 'data-testid': 'thread' }, t.title, h('span', { class: 'muted' }, ` · ${spanText(t.span)} · ${plural(t.articles.length, 'article')}: ${[...new Set(t.articles.map((a) => nameOf.get(a) ?? '?'))].join(', ')}`)),
      ),
    ),
  );
}

/** The framing modes the outlet cards show, with what each means. */
function framingLegend(v: StoryView): HTMLElement | null {
  const modes = [...new Set(v.articles.flatMap((a) => (a.mode ? [a.mode] : [])))];
  if (!modes.length) return null;
  return h(
    'dl',
    { class: 'legend compact', 'data-testid': 'framing-legend' },
    ...modes.flatMap((m) => [h('dt', {}, h('span', { class: `mode mode-${m}` }, m)), h('dd', {}, MODE_MEANING[m])]),
  );
}

function chartOrNote(node: ReturnType<typeof provenanceChart>, note: string): Node {
  return node ? h('div', { class: 'chart' }, svg(node)) : muted(note);
}

function outletCard(a: StoryArticle, nameOf: Map<string, string>): HTMLElement {
  return h(
    'article',
    { class: 'card', 'data-testid': 'outlet-card' },
    h('h3', {}, a.label),
    h('p', {}, h('a', { href: `#/article/${a.id}` }, a.title)),
    a.url ? h('p', { class: 'meta' }, h('a', { href: a.url, rel: 'noopener noreferrer nofollow', 'data-testid': 'original-link' }, 'Original article ↗')) : null,
    h('p', { class: 'meta' }, a.when, a.language ? ` · ${a.language} ` : null, a.mode ? h('span', { class: `mode mode-${a.mode}`, title: MODE_MEANING[a.mode] }, a.mode) : null),
    ...a.copies.map((c) => h('p', { class: 'warn' }, `${c.kind} of ${nameOf.get(c.source) ?? 'another article'} (${Math.round(c.coverage * 100)}% reused)`)),
    a.flagKinds.length ? h('p', { class: 'warn' }, `${a.flagKinds.join(', ')} (see the story's flags above; `, h('a', { href: `#/article/${a.id}` }, 'every flag of the article'), ')') : null,
    h('p', { class: 'lede' }, a.lede),
    h('p', { class: 'muted' }, `${plural(a.quoteCount, 'quote')} · ${plural(a.figureCount, 'figure')}`),
  );
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
