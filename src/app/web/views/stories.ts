// The story list: every story with its outlet and independent-origin counts, filterable.
import { outletsText, plural } from '../../../view/index.js';
import type { StorySummary } from '../../../view/index.js';
import { getJson } from '../api.js';
import { clear, dateRange, h, muted, section } from '../dom.js';

interface ArticleRow {
  id: string;
  label: string;
  headline: string | null;
  published: string | null;
  /** The date as shown (the view's dateText). */
  when: string;
  story: string | null;
}

const FILTERS = [
  ['outlet', 'Outlet', 'text'],
  ['entity', 'Person or organisation', 'text'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
] as const;

interface Suggestion {
  value: string;
  aliases?: string[];
}

/** A datalist the server fills as the reader types (outlet and entity names, other names folded in). */
function suggestions(input: HTMLInputElement, field: 'outlet' | 'entity'): HTMLDataListElement {
  const list = h('datalist', { id: `${field}-values` });
  input.setAttribute('list', list.id);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = '';
  const fill = async () => {
    const q = input.value.trim();
    if (q === asked) return;
    asked = q;
    const { values } = await getJson<{ values: Suggestion[] }>('suggest', { field, q, limit: '20' });
    if (asked !== q) return;
    clear(list);
    for (const v of values) list.append(h('option', { value: v.value }, v.aliases?.length ? `also ${v.aliases.join(', ')}` : ''));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fill().catch(() => undefined), 150);
  });
  input.addEventListener('focus', () => void fill().catch(() => undefined), { once: true });
  return list;
}

export async function storiesPage(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map(([k]) => [k, params.get(k) ?? undefined]));
  const offset = Math.max(0, Number.parseInt(params.get('offset') ?? '0', 10) || 0);
  const sort = params.get('sort') === 'size' ? 'size' : 'recent';
  const [{ total, stories }, loose] = await Promise.all([
    getJson<{ total: number; stories: StorySummary[] }>('stories', { ...filters, sort, limit: String(PAGE), offset: String(offset) }),
    getJson<{ total: number; articles: ArticleRow[] }>('articles', { unassigned: 'true', limit: '100' }),
  ]);
  view.append(h('h1', {}, 'Stories'), filterForm(params));
  const searched = FILTERS.filter(([k]) => filters[k]).map(([k, label]) => `${label.toLowerCase()} “${filters[k]}”`);
  if (!stories.length && searched.length)
    view.append(
      h('p', { class: 'muted', role: 'status', 'data-testid': 'no-match' }, `No stories match ${searched.join(' and ')}.`),
      h('p', {}, h('a', { href: withParams(params, Object.fromEntries(FILTERS.map(([k]) => [k, null]))) }, 'Show all stories')),
    );
  else if (!stories.length)
    view.append(muted(loose.total ? 'No stories yet.' : 'The store is empty.'), h('p', {}, h('a', { href: '#/upload' }, 'Upload articles')));
  else
    view.append(
      listHeader(params, total, offset, sort),
      h(
        'ul',
        { class: 'story-list', 'data-testid': 'story-list' },
        ...stories.map((s) =>
          h(
            'li',
            { class: 'story-item' },
            h('a', { href: `#/story/${encodeURIComponent(s.id)}`, class: 'story-title' }, s.title),
            h(
              'p',
              { class: 'meta' },
              `${dateRange(s.span)} · ${plural(s.articleCount, 'article')} · ${outletsText(s.outletCount, s.unknownOutletArticles ?? 0 /* absent from a list stored before it was counted */)} · `,
              h('strong', {}, plural(s.originCount, 'independent origin')),
            ),
            s.outlets.length
              ? h('p', { class: 'pills' }, ...s.outlets.map((o) => h('a', { class: 'pill', href: withParams(params, { outlet: o, offset: null }), title: `Stories ${o} covered` }, o)))
              : null,
          ),
        ),
      ),
    );
  if (total > PAGE) view.append(pager(params, total, offset));
  if (loose.total)
    view.append(
      section(
        `Articles in no story (${loose.total})`,
        h(
          'ul',
          { class: 'article-list' },
          ...loose.articles.map((a) => h('li', {}, h('a', { href: `#/article/${a.id}` }, a.headline ?? a.label), h('span', { class: 'muted' }, ` ${a.label} · ${a.when}`))),
        ),
      ),
    );
}

const PAGE = 50;

/** The current route with some parameters changed. */
function withParams(params: URLSearchParams, changes: Record<string, string | null>): string {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  return `#/${next.size ? `?${next}` : ''}`;
}

function listHeader(params: URLSearchParams, total: number, offset: number, sort: string): HTMLElement {
  const other = sort === 'size' ? { sort: null, label: 'latest first' } : { sort: 'size', label: 'largest first' };
  return h(
    'p',
    { class: 'meta' },
    `${plural(total, 'story')}${total > PAGE ? `, ${offset + 1}–${Math.min(offset + PAGE, total)} shown` : ''} · sorted ${sort === 'size' ? 'largest' : 'latest'} first · `,
    h('a', { href: withParams(params, { sort: other.sort, offset: null }) }, `sort ${other.label}`),
  );
}

function pager(params: URLSearchParams, total: number, offset: number): HTMLElement {
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Story pages' },
    offset > 0 ? h('a', { href: withParams(params, { offset: offset - PAGE > 0 ? String(offset - PAGE) : null }) }, '← Previous page') : null,
    offset + PAGE < total ? h('a', { href: withParams(params, { offset: String(offset + PAGE) }) }, 'Next page →') : null,
  );
}

function filterForm(params: URLSearchParams): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter stories' },
    ...FILTERS.map(([key, label, type]) => {
      const input = h('input', { name: key, type, value: params.get(key) ?? '', autocomplete: 'off' });
      return h('label', {}, label, input, key === 'outlet' || key === 'entity' ? suggestions(input, key) : null);
    }),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new URLSearchParams();
    if (params.get('sort')) data.set('sort', params.get('sort')!);
    for (const [key] of FILTERS) {
      const value = (form.elements.namedItem(key) as HTMLInputElement).value.trim();
      if (value) data.set(key, value);
    }
    location.hash = `#/${data.size ? `?${data}` : ''}`;
  });
  return form;
}
