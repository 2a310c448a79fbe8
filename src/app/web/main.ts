// The single-page UI: hash routes, each rendering one view into <main>.
import { ApiError, setToken } from './api.js';
import { clear, h } from './dom.js';
import { articlePage } from './views/article.js';
import { entityPage } from './views/entity.js';
import { searchPage } from './views/search.js';
import { storiesPage } from './views/stories.js';
import { storyPage } from './views/story.js';
import { uploadPage } from './views/upload.js';

export interface Route {
  path: string[];
  params: URLSearchParams;
}

function parseHash(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

const main = document.getElementById('main') as HTMLElement;
let renderCount = 0;

async function render(): Promise<void> {
  const ticket = ++renderCount;
  const route = parseHash();
  const view = document.createElement('div');
  main.setAttribute('aria-busy', 'true');
  try {
    const [page, id] = route.path;
    if (page === 'story' && id) await storyPage(view, id);
    else if (page === 'article' && id) await articlePage(view, id);
    else if (page === 'entity' && id) await entityPage(view, id);
    else if (page === 'search') await searchPage(view, route.params);
    else if (page === 'upload') uploadPage(view);
    else await storiesPage(view, route.params);
  } catch (err) {
    clear(view);
    view.append(errorView(err));
  }
  // A slower earlier navigation must not overwrite a later one.
  if (ticket !== renderCount) return;
  clear(main);
  main.append(view);
  main.removeAttribute('aria-busy');
  const heading = main.querySelector('h1');
  document.title = heading?.textContent ? `${heading.textContent} · storytrace` : 'storytrace';
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('header nav a')))
    a.toggleAttribute('aria-current', a.getAttribute('href') === `#/${route.path[0] ?? ''}`);
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function errorView(err: unknown): HTMLElement {
  if (err instanceof ApiError && err.status === 401) {
    const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'off' });
    const form = h('form', { class: 'token-form' }, h('label', { for: 'token' }, 'Access token'), input, h('button', { type: 'submit' }, 'Continue'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      setToken(input.value.trim());
      void render();
    });
    return h('div', {}, h('h1', {}, 'This server needs an access token'), h('p', {}, 'Ask whoever started storytrace serve for its --token value.'), form);
  }
  const message = err instanceof ApiError ? `${err.message} (HTTP ${err.status})` : 'The page could not be shown.';
  return h('div', { role: 'alert' }, h('h1', {}, 'Something went wrong'), h('p', {}, message), h('p', {}, h('a', { href: '#/' }, 'Back to the stories')));
}

window.addEventListener('hashchange', () => void render());
void render();
