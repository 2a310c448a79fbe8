// One person or organisation: everything quoted from them across stories and outlets, each
// statement's versions side by side (marked words: what another version lacks).
import { plural } from '../../../view/index.js';
import type { EntityStatement, EntityView } from '../../../view/index.js';
import { ApiError, getJson } from '../api.js';
import { append, h, muted, section } from '../dom.js';

export async function entityPage(view: HTMLElement, name: string): Promise<void> {
  let v: EntityView;
  try {
    v = await getJson<EntityView>('entity', { name });
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 404) throw err;
    const suggestions = await getJson<{ values: { value: string }[] }>('suggest', { field: 'entity', q: name, limit: '5' }).then(
      (r) => r.values.map((x) => x.value),
      () => [] as string[],
    );
    append(view, [
      h('h1', {}, name),
      h('p', { 'data-testid': 'entity-missing' }, `No person or organisation named “${name}” was quoted or named in the stored stories.`),
      suggestions.length ? h('p', {}, 'Did you mean: ', ...suggestions.flatMap((s, i) => [i ? ', ' : '', h('a', { href: `#/entity/${encodeURIComponent(s)}` }, s)])) : null,
    ]);
    return;
  }
  const e = v.entity;
  const storyTitle = new Map(v.stories.map((s) => [s.id, s.title]));
  const byStory = new Map<string, EntityStatement[]>();
  for (const s of v.statements) {
    const key = s.story ?? '';
    byStory.set(key, [...(byStory.get(key) ?? []), s]);
  }
  append(view, [
    h('p', { class: 'crumbs' }, h('a', { href: '#/' }, 'Stories')),
    h('h1', {}, e.name),
    h('p', { class: 'meta' }, e.type, e.aliases.length ? ` · also written ${e.aliases.join(', ')}` : null),
    h(
      'ul',
      { class: 'coverage-stats coverage', 'data-testid': 'entity-stats' },
      h('li', {}, plural(v.quoteCount, 'quote')),
      h('li', {}, plural(v.statements.length, 'statement')),
      h('li', {}, plural(v.stories.length, 'story', 'stories')),
      h('li', {}, plural(v.outlets.length, 'outlet')),
    ),
    v.outlets.length ? h('p', { class: 'pills' }, ...v.outlets.map((o) => h('span', { class: 'pill' }, `${o.label} (${o.quotes})`))) : null,
    h('p', {}, h('a', { href: `#/?${new URLSearchParams({ entity: e.name })}` }, `Stories about ${e.name}`)),
    ...(v.statements.length
      ? [...byStory].map(([story, statements]) =>
          section(
            story ? (storyTitle.get(story) ?? 'A story') : 'In no story',
            story ? h('p', {}, h('a', { href: `#/story/${encodeURIComponent(story)}` }, 'Open the story')) : null,
            ...statements.map(statement),
          ),
        )
      : [muted(`No statement is quoted from ${e.name}; the stories above name them.`)]),
  ]);
}

function statement(s: EntityStatement): HTMLElement {
  return h(
    'div',
    { class: 'statement', 'data-testid': 'entity-statement', 'data-how': s.how },
    h('p', { class: `how how-${s.how.replace(/ /g, '-')}` }, s.versions.length > 1 ? `${s.how}: ${plural(s.versions.length, 'version')}` : 'one article'),
    h(
      'div',
      { class: 'side' },
      ...s.versions.map((v) =>
        h(
          'div',
          { class: 'card', 'data-testid': 'version' },
          h('h3', {}, v.label),
          h('blockquote', {}, '“', ...v.parts.map((p) => (p.differs ? h('mark', { class: 'diff' }, p.text) : p.text)), '”'),
          h(
            'p',
            { class: 'meta' },
            v.when,
            ' · ',
            h('a', { href: `#/article/${v.article}` }, 'in the article'),
            v.url ? ' · ' : null,
            v.url ? h('a', { href: v.url, rel: 'noopener noreferrer nofollow', 'data-testid': 'original-link' }, 'original ↗') : null,
          ),
        ),
      ),
    ),
  );
}
