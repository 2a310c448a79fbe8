// One article, its text with quotes, entities, figures and reused passages highlighted, and what
// the analysis says about it.
import { dateText, type HighlightKind, reuseLabel, segmentText, plural } from '../../../view/index.js';
import type { ArticleView } from '../../../view/index.js';
import { getJson } from '../api.js';
import { h, muted, section } from '../dom.js';

const KINDS: { kind: HighlightKind; label: string }[] = [
  { kind: 'quote', label: 'Quotes' },
  { kind: 'entity', label: 'Entities' },
  { kind: 'figure', label: 'Figures' },
  { kind: 'reuse', label: 'Reused passages' },
];

export async function articlePage(view: HTMLElement, id: string): Promise<void> {
  const v = await getJson<ArticleView>(`articles/${encodeURIComponent(id)}`);
  const a = v.article;
  const body = articleBody(v);
  const legend = h(
    'fieldset',
    { class: 'legend' },
    h('legend', {}, 'Highlight'),
    ...KINDS.map(({ kind, label }) => {
      const count = v.highlights.filter((x) => x.kind === kind).length;
      const box = h('input', { type: 'checkbox', name: kind, disabled: count === 0 });
      box.checked = count > 0;
      box.addEventListener('change', () => body.classList.toggle(`hide-${kind}`, !box.checked));
      return h('label', { class: `key key-${kind}` }, box, ` ${label} (${count})`);
    }),
  );
  view.append(
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories'), v.story ? ' › ' : null, v.story ? h('a', { href: `#/story/${encodeURIComponent(v.story.id)}` }, v.story.title) : null),
    h('h1', {}, a.headline ?? '(no headline)'),
    h(
      'p',
      { class: 'meta' },
      `${v.label} · ${dateText(a)}${a.language ? ` · ${a.language}` : ''}`,
      v.mode ? h('span', { class: `mode mode-${v.mode}` }, v.mode) : null,
      ' · ',
      a.url ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', 'data-testid': 'original-link' }, a.url) : h('span', { class: 'muted' }, 'no link to the original'),
    ),
    ...v.flags.map((f) => h('p', { class: 'warn' }, `${f.kind}: ${f.detail}${f.period ? ` (${f.period.join(' – ')})` : ''}`)),
    h('div', { class: 'article-layout' }, h('div', { class: 'article-main' }, legend, body), sidebar(v)),
  );
}

function articleBody(v: ArticleView): HTMLElement {
  const body = h('div', { class: 'article-body', 'data-testid': 'article-body' });
  for (const seg of segmentText(v.article.body, v.highlights)) {
    if (!seg.marks.length) {
      body.append(seg.text);
      continue;
    }
    const marks = seg.marks.map((i) => v.highlights[i]!);
    const kinds = [...new Set(marks.map((m) => m.kind))];
    body.append(h('mark', { class: kinds.map((k) => `hl-${k}`).join(' '), title: marks.map((m) => `${m.kind}: ${m.label}`).join('\n') }, seg.text));
  }
  return body;
}

function sidebar(v: ArticleView): HTMLElement {
  return h(
    'aside',
    { class: 'article-side' },
    section(
      `Quotes (${v.quotes.length})`,
      v.quotes.length
        ? h(
            'ul',
            { class: 'plain' },
            ...v.quotes.map((q) =>
              h(
                'li',
                {},
                h('strong', {}, q.speaker ?? 'unattributed'),
                q.partial ? h('span', { class: 'muted' }, ' (partial)') : null,
                h('blockquote', {}, q.text),
                ...q.groups.map((g) => h('p', { class: 'muted' }, `${g.kind}: ${plural(g.members.length - 1, 'other version')}`)),
              ),
            ),
          )
        : muted('None found.'),
    ),
    section(
      `Entities (${v.entities.length})`,
      v.entities.length
        ? h('ul', { class: 'plain' }, ...v.entities.map((e) => h('li', {}, e.name, h('span', { class: 'muted' }, ` ${e.type}${e.aliases.length ? ` · also ${e.aliases.join(', ')}` : ''}`))))
        : muted('None found.'),
    ),
    section(
      `Text reuse (${v.reuse.length})`,
      v.reuse.length
        ? h(
            'ul',
            { class: 'plain' },
            ...v.reuse.map((r) => {
              // The link stands where the label names the other article.
              const [before, after] = reuseLabel(r, '\u0000').split('\u0000');
              return h(
                'li',
                {},
                before,
                h('a', { href: `#/article/${r.other}` }, r.otherLabel),
                after,
                h('span', { class: 'muted' }, ` (${Math.round(r.coverage * 100)}%)`),
                ...r.evidence.map((e) => h('p', { class: 'muted' }, e)),
              );
            }),
          )
        : muted('No reuse found.'),
    ),
    section(`Figures (${v.figures.length})`, v.figures.length ? h('ul', { class: 'plain' }, ...v.figures.map((f) => h('li', {}, f.text))) : muted('None found.')),
  );
}
