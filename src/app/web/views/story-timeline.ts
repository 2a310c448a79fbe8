// The timeline of a story: the chart with its legend, the same entries as a labelled list, and when
// the story happened on what evidence (for an undated story, what its own text says).
import { timelineChart, TIMELINE_LEGEND, timelineRows } from '../../../view/index.js';
import type { StoryView } from '../../../view/index.js';
import { h, section, svg } from '../dom.js';

export function datingText(v: StoryView): string {
  const d = v.dating;
  if (!d.period) return d.note;
  const [from, to] = d.period;
  return `${from === to ? from : `${from} – ${to}`} (${d.note})`;
}

export function timelineSection(v: StoryView): HTMLElement {
  const chart = timelineChart(v.timeline, v.articles);
  const rows = timelineRows(v.timeline, v.articles);
  return section(
    'Timeline',
    h('p', { 'data-testid': 'evidence-period' }, h('strong', {}, v.dating.basis === 'published' ? 'When: ' : 'Evidence period: '), datingText(v)),
    chart
      ? h(
          'div',
          {},
          h('div', { class: 'chart' }, svg(chart)),
          h(
            'ul',
            { class: 'tl-legend', 'data-testid': 'timeline-legend' },
            ...TIMELINE_LEGEND.map((l, i) => h('li', {}, h('span', { class: i === 0 ? 'dot dot-published' : 'dot dot-event', 'aria-hidden': 'true' }), `${l.term}: ${l.meaning}`)),
          ),
        )
      : null,
    rows.length
      ? h(
          'ol',
          { class: 'tl-list', 'data-testid': 'timeline-list' },
          ...rows.map((r) =>
            h('li', {}, h('strong', {}, r.date), ' ', h('span', { class: `pill tl-kind-${r.kind}` }, r.kind === 'published' ? 'published' : 'event in the text'), ` ${r.outlets.join(', ')}: `, r.text),
          ),
        )
      : null,
  );
}
