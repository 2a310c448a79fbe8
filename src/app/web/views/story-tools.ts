// A story's permalink and its downloads (CSV, JSON, HTML). Downloads go through fetch so that a
// server that wants a bearer token gets it; the file is handed over as a blob.
import { download } from '../api.js';
import { h } from '../dom.js';

const FORMATS = [
  ['csv', 'CSV', 'one row per article and per statement'],
  ['json', 'JSON', "the story's part of the analysis"],
  ['html', 'HTML', 'a self-contained report of this story'],
] as const;

export function storyTools(id: string): HTMLElement {
  const link = `${location.origin}${location.pathname}#/story/${encodeURIComponent(id)}`;
  const copy = h('button', { type: 'button', 'data-testid': 'copy-link' }, 'Copy link');
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(link).then(
      () => (copy.textContent = 'Link copied'),
      () => (copy.textContent = 'Copy failed: use the link'),
    );
  });
  const buttons = FORMATS.map(([format, label, title]) => {
    const b = h('button', { type: 'button', title, 'data-testid': `export-${format}` }, label);
    b.addEventListener('click', () => {
      b.disabled = true;
      void download(`stories/${encodeURIComponent(id)}/export`, { format })
        .then(() => (b.textContent = label), () => (b.textContent = `${label} (failed, try again)`))
        .finally(() => (b.disabled = false));
    });
    return b;
  });
  return h(
    'p',
    { class: 'tools', 'aria-label': 'Share and export' },
    h('a', { href: `#/story/${encodeURIComponent(id)}`, 'data-testid': 'permalink', title: link }, 'Permalink'),
    ' ',
    copy,
    ' · Download: ',
    ...buttons.flatMap((b) => [b, ' ']),
  );
}
