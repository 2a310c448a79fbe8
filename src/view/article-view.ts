// One article with everything the analysis found in it, as spans the UI can highlight.
import type { ArticleExtraction, Flag, Figure, LocalEntity, Quote, ReuseKind, ReuseRecord } from '../core/types.js';
import { articleLabel } from './format.js';
import type { Highlight } from './highlights.js';
import type { ArticleMeta, QuoteGroupView, ReportIndex, StorySummary } from './story-view.js';

export interface ArticleView {
  article: ArticleMeta;
  label: string;
  story: StorySummary | null;
  mode: string | null;
  quotes: (Quote & { groups: QuoteGroupView[] })[];
  entities: Omit<LocalEntity, 'mentions'>[];
  figures: Figure[];
  reuse: ReuseView[];
  flags: Flag[];
  highlights: Highlight[];
}

/**
 * One reuse record as this article's reader sees it: which side it is on, or that the record gives
 * no side (a common source both carry, or a direction the evidence leaves undetermined), as the
 * reuse stage decided it.
 */
export interface ReuseView {
  role: 'source' | 'copy' | 'earlier version' | 'later version' | 'sibling';
  other: string;
  otherLabel: string;
  kind: ReuseKind;
  coverage: number;
  /** The source both carry, when the record names one. */
  commonSource?: string;
  evidence: string[];
}

/** The article's side of a record; `sibling` when the record says neither copies the other or cannot tell. */
export function reuseRole(r: ReuseRecord, id: string): ReuseView['role'] {
  const isCopy = r.copy === id;
  if (r.update) return isCopy ? 'later version' : 'earlier version';
  if (r.wire || r.direction !== 'known') return 'sibling';
  return isCopy ? 'copy' : 'source';
}

/** How the reuse reads on the article: "near duplicate of X", "copied by X", "shares text with X (…)". */
export function reuseLabel(r: Pick<ReuseView, 'role' | 'kind' | 'commonSource'>, other: string): string {
  switch (r.role) {
    case 'copy':
      return `${r.kind} of ${other}`;
    case 'source':
      return `${r.kind}: copied by ${other}`;
    case 'later version':
      return `a later version of ${other}`;
    case 'earlier version':
      return `an earlier version of ${other}`;
    case 'sibling':
      return r.commonSource ? `${r.kind}: shares ${r.commonSource}'s text with ${other} (common source)` : `${r.kind}: shares text with ${other} (who copied whom undetermined)`;
  }
}

export function articleView(index: ReportIndex, id: string, extraction: ArticleExtraction | null): ArticleView | null {
  const article = index.articles.get(id);
  if (!article) return null;
  const labelOf = (other: string) => {
    const meta = index.articles.get(other);
    return meta ? articleLabel(meta) : other.slice(0, 8);
  };
  const storyId = index.storyOfArticle.get(id);
  const quotes = index.quotesOf(id);
  const figures = index.figuresOf(id);
  const records = index.reuseOf(id);
  const highlights: Highlight[] = [];
  for (const q of quotes) highlights.push({ kind: 'quote', span: q.span, label: q.speaker ?? 'unattributed' });
  for (const f of figures) highlights.push({ kind: 'figure', span: f.span, label: f.counts ?? f.text });
  for (const e of extraction?.entities ?? [])
    for (const m of e.mentions) highlights.push({ kind: 'entity', span: m.span, label: `${e.name} (${e.type})` });
  for (const r of records)
    for (const p of r.passages) {
      const asCopy = r.copy === id;
      highlights.push({
        kind: 'reuse',
        span: asCopy ? p.copy_span : p.source_span,
        label: reuseLabel({ role: reuseRole(r, id), kind: r.kind, commonSource: r.wire }, labelOf(asCopy ? r.source : r.copy)),
      });
    }
  return {
    article,
    label: articleLabel(article),
    story: storyId ? index.storySummary(storyId) : null,
    mode: index.modeOf(id),
    quotes: quotes.map((q) => ({ ...q, groups: index.groupsOf(q.id) })),
    entities: (extraction?.entities ?? []).map(({ mentions: _mentions, ...e }) => ({ ...e, aliases: e.aliases.filter((x) => x !== e.name) })),
    figures,
    reuse: records.map((r): ReuseView => {
      const other = r.copy === id ? r.source : r.copy;
      // Evidence names articles by id; a reader knows them by outlet.
      const evidence = r.evidence.map((e) => e.replaceAll(r.source, labelOf(r.source)).replaceAll(r.copy, labelOf(r.copy)));
      return { role: reuseRole(r, id), other, otherLabel: labelOf(other), kind: r.kind, coverage: r.coverage, ...(r.wire ? { commonSource: r.wire } : {}), evidence };
    }),
    flags: index.flagsOf(id),
    highlights,
  };
}
