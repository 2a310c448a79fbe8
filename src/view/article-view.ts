// One article with everything the analysis found in it, as spans the UI can highlight.
import type { ArticleExtraction, Flag, Figure, LocalEntity, Quote, ReuseKind } from '../core/types.js';
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
  reuse: { role: 'source' | 'copy'; other: string; otherLabel: string; kind: ReuseKind; coverage: number; evidence: string[] }[];
  flags: Flag[];
  highlights: Highlight[];
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
        label: asCopy ? `${r.kind} of ${labelOf(r.source)}` : `reused by ${labelOf(r.copy)}`,
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
    reuse: records.map((r) => {
      const role = r.copy === id ? 'copy' : 'source';
      const other = role === 'copy' ? r.source : r.copy;
      // Evidence names articles by id; a reader knows them by outlet.
      const evidence = r.evidence.map((e) => e.replaceAll(r.source, labelOf(r.source)).replaceAll(r.copy, labelOf(r.copy)));
      return { role, other, otherLabel: labelOf(other), kind: r.kind, coverage: r.coverage, evidence };
    }),
    flags: index.flagsOf(id),
    highlights,
  };
}
