// Full-text search over every stored article.
import { plural } from '../../../view/index.js';
import { getJson } from '../api.js';
import { h, muted } from '../dom.js';

interface Result {
  id: string;
  headline: string | null;
  label: string;
  published: string | null;
  /** The date as shown (the view's dateText). */
  when: string;
  story: string | null;
  storyTitle: string | null;
  snippet: string;
}

export async function searchPage(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q')?.trim() ?? '';
  const input = h('input', { type: 'search', name: 'q', id: 'q', value: q, placeholder: 'words, "a phrase", -exclude', autocomplete: 'off' });
  const form = h('form', { class: 'search', role: 'search' }, h('label', { for: 'q' }, 'Search articles'), input, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = input.value.trim();
    location.hash = value ? `#/search?${new URLSearchParams({ q: value })}` : '#/search';
  });
  view.append(h('h1', {}, q ? `Search: ${q}` : 'Search'), form);
  if (!q) return;
  const { results } = await getJson<{ results: Result[] }>('search', { q });
  if (!results.length) {
    view.append(muted('No article matches.'));
    return;
  }
  view.append(
    h('p', { class: 'muted', 'aria-live': 'polite' }, `${plural(results.length, 'article')}`),
    h(
      'ol',
      { class: 'results', 'data-testid': 'search-results' },
      ...results.map((r) =>
        h(
          'li',
          {},
          h('a', { href: `#/article/${r.id}` }, r.headline ?? r.label),
          h('span', { class: 'muted' }, ` ${r.label} · ${r.when}`),
          r.story ? h('p', { class: 'muted' }, 'Story: ', h('a', { href: `#/story/${encodeURIComponent(r.story)}` }, r.storyTitle ?? r.story)) : null,
          snippet(r.snippet),
        ),
      ),
    ),
  );
}

/** The database marks hits with « »; they become <mark>, everything else stays text. */
function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, part] of text.split(/[«»]/).entries()) p.append(i % 2 ? h('mark', {}, part) : part);
  return p;
}
