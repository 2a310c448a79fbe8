// Upload article files; the server ingests them, re-runs the analysis and says which story each
// new article joined (the page asks the server to answer once that analysis is done).
import { plural, uploadLine, type UploadedArticle } from '../../../view/index.js';
import { postFiles } from '../api.js';
import { clear, h, muted } from '../dom.js';

interface IngestResult {
  files: number;
  documents: number;
  added: string[];
  duplicates: number;
  errors: { source: string; message: string }[];
  stories: UploadedArticle[];
  /** Set when the server stopped before the analysis was done. */
  note?: string;
}

const ACCEPT = '.txt,.html,.htm,.jsonl,.ndjson,.csv,.warc,.gz';

export function uploadPage(view: HTMLElement): void {
  const input = h('input', { type: 'file', id: 'files', name: 'files', multiple: true, accept: ACCEPT });
  const drop = h('div', { class: 'drop', 'data-testid': 'drop' }, 'or drop files here');
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'upload-result' });
  const button = h('button', { type: 'submit' }, 'Upload and analyse');
  const form = h(
    'form',
    { class: 'upload' },
    h('label', { for: 'files' }, 'Article files (.txt .html .jsonl .csv .warc, gzipped too)'),
    input,
    drop,
    button,
  );
  const send = async (files: File[]) => {
    if (!files.length) return;
    button.disabled = true;
    clear(result);
    result.append(muted(`Uploading ${plural(files.length, 'file')}…`));
    try {
      showResult(result, await postFiles<IngestResult>('ingest?wait=analysis', files));
    } catch (err) {
      clear(result);
      result.append(h('p', { class: 'warn', role: 'alert' }, `Upload failed: ${(err as Error).message}`));
    } finally {
      button.disabled = false;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void send(Array.from(input.files ?? []));
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void send(Array.from(e.dataTransfer?.files ?? []));
  });
  view.append(h('h1', {}, 'Upload articles'), form, result);
}

function showResult(el: HTMLElement, r: IngestResult): void {
  clear(el);
  el.append(
    h(
      'p',
      {},
      `${plural(r.files, 'file')}, ${plural(r.documents, 'document')}: ${plural(r.added.length, 'new article')}, ` +
        `${r.duplicates} already stored, ${plural(r.errors.length, 'error')}`,
    ),
  );
  if (r.note) el.append(h('p', { class: 'warn', role: 'status' }, r.note));
  if (r.stories.length)
    el.append(
      h(
        'ul',
        { class: 'plain' },
        ...r.stories.map((s) => {
          const line = uploadLine(s);
          return h(
            'li',
            {},
            // The uploader's own file name (and record) says which upload this was.
            h('a', { href: `#/article/${s.article}` }, line.article),
            ` (${line.file}) `,
            ...('none' in line.story
              ? [line.story.none]
              : [line.story.before, h('a', { href: `#/story/${encodeURIComponent(s.story!)}`, 'data-testid': 'joined-story' }, line.story.link), line.story.after]),
          );
        }),
      ),
    );
  if (r.errors.length) el.append(h('ul', { class: 'plain warn' }, ...r.errors.map((e) => h('li', {}, `${e.source}: ${e.message}`))));
}
