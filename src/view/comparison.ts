// The story's comparison table: one row per statement (a core quote group, or a quote no other
// article carries) or figure (a core figure group), one column per outlet, each outlet's version
// side by side. Which quotes are one statement, and whether figures disagree, is the core's call;
// this only lays them out and marks the words one version has that the others lack.
import type { FigureGroup, Quote, QuoteGroupKind } from '../core/types.js';
import { ROW_KIND_MEANING } from './format.js';
import type { FigureRow, QuoteGroupView, StoryArticle } from './story-view.js';

export interface ComparisonColumn {
  /** The outlet's name, or the article's own label when its outlet is unknown (a column each). */
  label: string;
  articles: string[];
}

/** One piece of a version's text; `differs` marks words the other versions of the row lack. */
export interface TextPart {
  text: string;
  differs: boolean;
}

export interface ComparisonVersion {
  article: string;
  /** The quote's id for statements; null for figures. */
  quote: string | null;
  text: string;
  /** The text cut where words differ from the other versions; absent when nothing is marked (most versions). */
  parts?: TextPart[];
  /** Figures: the core found another value for the same quantity and day in an independent article. */
  disputed?: boolean;
  date?: string | null;
}

export type RowHow = QuoteGroupKind | FigureGroup['verdict'] | 'one article';

export interface ComparisonRow {
  kind: 'statement' | 'figure';
  /** The speaker, or what a figure counts. */
  label: string;
  how: RowHow;
  /** The core's one-line reading of a figure row; for a statement, the sources outlets credit it to when they differ, else empty. */
  detail: string;
  /** Whether the versions differ (edited or translated statements, disagreeing figures). */
  differs: boolean;
  /** Aligned with the table's columns; an empty list where that outlet does not carry it. */
  cells: ComparisonVersion[][];
}

export interface ComparisonTable {
  columns: ComparisonColumn[];
  /** Statements two or more articles carry and every figure: differences first. */
  rows: ComparisonRow[];
  /** Statements only one article carries (speakers with most of them first), then figures only one outlet gives. */
  single: ComparisonRow[];
}

/** What each row kind means; shown beside the table (wording from the one legend). */
export const COMPARISON_LEGEND: { term: RowHow; meaning: string }[] = Object.entries(ROW_KIND_MEANING satisfies Record<RowHow, string>).map(([term, meaning]) => ({ term: term as RowHow, meaning }));

const HOW_ORDER: Record<RowHow, number> = { 'other language': 0, edited: 1, disagree: 2, changed: 3, 'same wording': 4, agree: 5, 'one source': 6, 'one article': 7 };

export function comparisonTable(articles: StoryArticle[], groups: QuoteGroupView[], quotesOf: (article: string) => Quote[], figures: FigureRow[]): ComparisonTable {
  const columns: ComparisonColumn[] = [];
  const columnOf = new Map<string, number>();
  const byOutlet = new Map<string, number>();
  for (const a of articles) {
    const known = a.outlet ? byOutlet.get(a.outlet) : undefined;
    if (known !== undefined) {
      columns[known]!.articles.push(a.id);
      columnOf.set(a.id, known);
      continue;
    }
    columnOf.set(a.id, columns.length);
    if (a.outlet) byOutlet.set(a.outlet, columns.length);
    columns.push({ label: a.label, articles: [a.id] });
  }
  const emptyCells = () => columns.map((): ComparisonVersion[] => []);
  const rows: ComparisonRow[] = [];
  const grouped = new Set<string>();
  for (const g of groups) {
    const members = g.members.filter((m) => columnOf.has(m.article));
    if (!members.length) continue;
    for (const m of members) grouped.add(m.id);
    const cells = emptyCells();
    const marks = g.kind === 'edited' ? wordMarks(members.map((m) => m.text), members.map((m) => m.article)) : null;
    members.forEach((m, i) =>
      cells[columnOf.get(m.article)!]!.push({ article: m.article, quote: m.id, text: m.text, ...marked(marks?.[i]) }),
    );
    rows.push({ kind: 'statement', label: g.speaker, how: g.kind, detail: creditedTo(g), differs: g.kind !== 'same wording', cells });
  }
  for (const f of figures) {
    const cells = emptyCells();
    for (const c of f.cells) {
      const col = columnOf.get(c.article);
      if (col === undefined) continue;
      for (const v of c.figures)
        cells[col]!.push({ article: c.article, quote: null, text: v.text, ...marked([{ text: v.text, differs: f.disagrees && v.disputed }]), disputed: v.disputed, date: v.date });
    }
    rows.push({ kind: 'figure', label: f.label, how: f.verdict, detail: f.detail, differs: f.disagrees, cells });
  }
  const carried = (r: ComparisonRow) => r.cells.filter((c) => c.length).length;
  // A figure only one outlet gives compares with nothing: it goes below with the lone statements.
  const single: ComparisonRow[] = rows.filter((r) => r.kind === 'figure' && carried(r) < 2);
  const compared = rows.filter((r) => !(r.kind === 'figure' && carried(r) < 2));
  for (const a of articles)
    for (const q of quotesOf(a.id)) {
      if (grouped.has(q.id) || !q.speaker) continue;
      const cells = emptyCells();
      cells[columnOf.get(a.id)!]!.push({ article: a.id, quote: q.id, text: q.text });
      single.push({ kind: 'statement', label: q.speaker, how: 'one article', detail: '', differs: false, cells });
    }
  compared.sort((a, b) => HOW_ORDER[a.how] - HOW_ORDER[b.how] || carried(b) - carried(a));
  const perSpeaker = new Map<string, number>();
  for (const r of single) perSpeaker.set(r.label, (perSpeaker.get(r.label) ?? 0) + 1);
  single.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'statement' ? -1 : 1) || (perSpeaker.get(b.label) ?? 0) - (perSpeaker.get(a.label) ?? 0) || a.label.localeCompare(b.label));
  return { columns, rows: compared, single };
}

/** The sources outlets credit one statement to, when they differ ('' when all credit one). */
export function creditedTo(g: { speakers?: string[] }): string {
  return g.speakers && g.speakers.length > 1 ? `credited to ${g.speakers.join(', ')}` : '';
}

/** `parts` only when some part is marked: the story page's JSON stays small. */
function marked(parts: TextPart[] | undefined): { parts?: TextPart[] } {
  return parts?.some((p) => p.differs) ? { parts } : {};
}

/** A version's text as parts: its marks, or the whole text unmarked. */
export const partsOf = (v: { text: string; parts?: TextPart[] }): TextPart[] => v.parts ?? [{ text: v.text, differs: false }];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * Each text cut into parts, a word marked when another article's version lacks it (a reader sees
 * what an edit dropped or added). `owners` names each text's article: versions one article gives
 * are read together. Punctuation is never marked, except inside a run of marked words.
 */
export function wordMarks(texts: string[], owners: string[] = texts.map((_, i) => String(i))): TextPart[][] {
  const byOwner = new Map<string, Set<string>>();
  texts.forEach((t, i) => {
    const set = byOwner.get(owners[i]!) ?? byOwner.set(owners[i]!, new Set()).get(owners[i]!)!;
    for (const m of t.matchAll(WORD)) set.add(fold(m[0]));
  });
  return texts.map((text, i) => {
    const others = [...byOwner].filter(([o]) => o !== owners[i]).map(([, v]) => v);
    const parts: TextPart[] = [];
    let at = 0;
    const add = (t: string, differs: boolean) => {
      if (!t) return;
      const last = parts[parts.length - 1];
      // Neighbouring marked words join into one mark, spaces between them included.
      if (last && last.differs === differs) last.text += t;
      else parts.push({ text: t, differs });
    };
    for (const m of text.matchAll(WORD)) {
      const gap = text.slice(at, m.index);
      const differs = others.some((o) => !o.has(fold(m[0])));
      const prev = parts[parts.length - 1];
      add(gap, differs && !!prev?.differs && /^[\s.\-]{1,2}$/.test(gap));
      add(m[0], differs);
      at = m.index + m[0].length;
    }
    add(text.slice(at), false);
    return parts;
  });
}
