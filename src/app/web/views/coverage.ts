// The coverage bar at the top of a story: articles, outlets, independent origins, copies and
// languages as the core counted them, and one segment per origin sized by the articles carrying it.
import { type Coverage, plural, reuseCounts, type SvgNode } from '../../../view/index.js';
import { h, svg } from '../dom.js';

export function coverageBar(c: Coverage): HTMLElement {
  const reuse = reuseCounts(c);
  const total = c.segments.reduce((n, s) => n + s.articles, 0) || 1;
  const stat = (testid: string, text: string, title: string) => h('li', { 'data-testid': testid, title }, text);
  return h(
    'section',
    { class: 'coverage', 'aria-label': 'Coverage' },
    h(
      'ul',
      { class: 'coverage-stats' },
      stat('cov-articles', plural(c.articles, 'article'), 'articles in this story'),
      stat('cov-outlets', c.outletsText, 'distinct outlets'),
      stat('cov-origins', plural(c.origins, 'independent origin'), 'who the central claim comes from; copies count under what they copy'),
      stat('cov-copies', reuse.copies, 'articles that republish another article of this story'),
      reuse.partial ? stat('cov-partial', reuse.partial, 'articles that reuse passages of another article of this story without republishing it') : null,
      stat('cov-threads', plural(c.threads, 'thread'), 'moves of the story, each told in one set of words'),
      stat('cov-languages', c.languages.length ? `${plural(c.languages.length, 'language')} (${c.languages.map((l) => l.code).join(', ')})` : 'language unknown', 'languages of the articles'),
    ),
    c.segments.length
      ? h(
          'div',
          { class: 'coverage-bar', role: 'img', 'aria-label': `Origins: ${c.segments.map((s) => `${s.label}, ${plural(s.articles, 'article')}`).join('; ')}` },
          // SVG widths are attributes, not inline styles: the page's CSP allows no inline style.
          svg({ tag: 'svg', attrs: { viewBox: '0 0 100 6', preserveAspectRatio: 'none', width: '100%', height: '18', 'aria-hidden': 'true' }, children: bars(c.segments, total) }),
          h('ul', { class: 'coverage-legend' }, ...c.segments.map((s, i) => h('li', { 'data-testid': 'cov-segment' }, h('span', { class: `swatch seg-${i % 6}` }), `${s.label} (${s.articles})`))),
        )
      : null,
  );
}

const COLOURS = ['#1f5fbf', '#2f8f5b', '#b5651d', '#7a4fb0', '#a4261d', '#2a8a96'];

function bars(segments: Coverage['segments'], total: number): SvgNode[] {
  let x = 0;
  return segments.map((s, i) => {
    const width = (s.articles / total) * 100;
    const rect: SvgNode = { tag: 'rect', attrs: { x, y: 0, width: Math.max(width - 0.4, 0.5), height: 6, fill: COLOURS[i % COLOURS.length] } };
    x += width;
    return rect;
  });
}
