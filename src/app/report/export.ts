// One story as files a researcher takes away: CSV (one row per article and one per statement),
// JSON (the story's slice of the report) and the self-contained HTML report of that story alone.
// Everything here lays out what the report already says; nothing is decided.
import type { AnalysisReport } from '../../core/types.js';
import { renderHtmlReport } from './html.js';
import { sliceByStory, type StorySlice } from './slice.js';

export const CSV_COLUMNS = [
  'row',
  'story',
  'article',
  'outlet',
  'url',
  'published',
  'language',
  'headline',
  'copy_of',
  'speaker',
  'statement_id',
  'statement',
  'same_statement_as',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180), and a leading = + - @
 * (or tab/CR) is defused with an apostrophe, so article text never runs as a spreadsheet formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The story's slice of the report: its articles and everything that refers to them. Null when unknown. */
export function storySlice(report: AnalysisReport, storyId: string): StorySlice | null {
  return sliceByStory(report).get(storyId) ?? null;
}

/**
 * CSV with a header row: one `article` row per article (with the articles it copies), then one
 * `statement` row per quote (with the ids of the quotes the comparison grouped it with).
 */
export function storyCsv(slice: StorySlice): string {
  const story = slice.stories[0];
  const byId = new Map(slice.articles.map((a) => [a.id, a]));
  const rows: Row[] = [];
  const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Row;
  const articleCells = (id: string) => {
    const a = byId.get(id);
    return { article: id, outlet: a?.outlet ?? '', url: a?.url ?? '', published: a?.published ?? '', language: a?.language ?? '', headline: a?.headline ?? '' };
  };
  for (const a of slice.articles) {
    const copies = slice.reuse.filter((r) => r.copy === a.id && r.direction === 'known' && !r.update).map((r) => r.source);
    rows.push({ ...blank, row: 'article', story: story.id, ...articleCells(a.id), copy_of: copies.join(' ') });
  }
  const together = new Map<string, Set<string>>();
  for (const g of slice.quote_groups)
    for (const q of g.quotes) {
      let set = together.get(q);
      if (!set) together.set(q, (set = new Set()));
      for (const other of g.quotes) if (other !== q) set.add(other);
    }
  for (const q of slice.quotes) {
    rows.push({
      ...blank,
      row: 'statement',
      story: story.id,
      ...articleCells(q.article),
      headline: '',
      speaker: q.speaker ?? '',
      statement_id: q.id,
      statement: q.text,
      same_statement_as: [...(together.get(q.id) ?? [])].join(' '),
    });
  }
  return [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** The self-contained HTML report of one story (the entities list is left out: it is corpus-wide). */
export function storyHtml(slice: StorySlice): string {
  return renderHtmlReport({ ...slice, entities: [] });
}

/** A file name for the story's exports: its id, safe on every file system. */
export function exportName(storyId: string, ext: 'csv' | 'json' | 'html'): string {
  return `storytrace-${storyId.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 80)}.${ext}`;
}
