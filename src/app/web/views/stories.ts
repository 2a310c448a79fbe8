// The story list: every story with its outlet and independent-origin counts, filterable.
import type { StorySummary } from '../../report/story-view.js';
import { getJson } from '../api.js';
import { dateRange, h, muted, section } from '../dom.js';

interface ArticleRow {
  id: string;
  label: string;
  headline: string | null;
  published: string | null;
  story: string | null;
}

const FILTERS = [
  ['outlet', 'Outlet', 'text'],
  ['entity', 'Entity', 'text'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
] as const;

export async function storiesPage(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const filters = Object.fromEntries(FILTERS.map(([k]) => [k, params.get(k) ?? undefined]));
  const [{ stories }, articles] = await Promise.all([
    getJson<{ stories: StorySummary[] }>('stories', filters),
    getJson<{ total: number; articles: ArticleRow[] }>('articles', { limit: '200' }),
  ]);
  view.append(h('h1', {}, 'Stories'), filterForm(params));
  if (!stories.length)
    view.append(muted(articles.total ? 'No stories match.' : 'The store is empty.'), h('p', {}, h('a', { href: '#/upload' }, 'Upload articles')));
  else
    view.append(
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
              `${dateRange(s.span)} · ${plural(s.articleCount, 'article')} · ${plural(s.outletCount, 'outlet')} · `,
              h('strong', {}, plural(s.originCount, 'independent origin')),
            ),
            s.outlets.length ? h('p', { class: 'pills' }, ...s.outlets.map((o) => h('span', { class: 'pill' }, o))) : null,
          ),
        ),
      ),
    );
  const loose = articles.articles.filter((a) => !a.story);
  if (loose.length)
    view.append(
      section(
        'Articles in no story',
        h(
          'ul',
          { class: 'article-list' },
          ...loose.map((a) => h('li', {}, h('a', { href: `#/article/${a.id}` }, a.headline ?? a.label), h('span', { class: 'muted' }, ` ${a.label} · ${a.published ?? 'undated'}`))),
        ),
      ),
    );
}

function filterForm(params: URLSearchParams): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter stories' },
    ...FILTERS.map(([key, label, type]) =>
      h('label', {}, label, h('input', { name: key, type, value: params.get(key) ?? '' })),
    ),
    h('button', { type: 'submit' }, 'Filter'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new URLSearchParams();
    for (const [key] of FILTERS) {
      const value = (form.elements.namedItem(key) as HTMLInputElement).value.trim();
      if (value) data.set(key, value);
    }
    location.hash = `#/${data.size ? `?${data}` : ''}`;
  });
  return form;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
