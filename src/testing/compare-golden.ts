// The comparison of examples/corpus plus our own follow-up report, projected with articles named
// by file so that every path (memory, embedded store, PostgreSQL) can be held to one answer.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnalysisReport } from '../core/types.js';

const root = join(import.meta.dirname, '../..');
export const FILES = [
  ...readdirSync(join(root, 'examples/corpus')).map((f) => join(root, 'examples/corpus', f)),
  join(root, 'src/core/compare/testdata/strike-follow-up.txt'),
].sort();

/** The comparison with articles named by file, so every path can be compared to one answer. */
export function golden(report: AnalysisReport) {
  const file = new Map(report.articles.map((a) => [a.id, basename(a.source.split('#')[0])]));
  const name = (id: string) => file.get(id) ?? id;
  const names = (ids: string[]) => ids.map(name).sort();
  const quote = new Map(report.quotes.map((q) => [q.id, q]));
  const story = report.stories.find((s) => s.articles.some((a) => name(a) === 'strike-follow-up.txt'))!;
  const verdict = report.verdicts.find((v) => v.story === story.id)!;
  const claims = report.claims.filter((c) => c.story === story.id);
  return {
    articles: names(story.articles),
    centralClaim: claims.find((c) => c.id === verdict.central_claim)?.text ?? null,
    origins: verdict.origins.map((o) => [o.label, names(o.articles)]),
    quoteGroups: report.quote_groups
      .filter((g) => g.story === story.id)
      .map((g) => [g.speaker, ...(g.speakers ? [g.speakers] : []), g.kind, g.quotes.map((id) => `${name(quote.get(id)!.article)}: ${quote.get(id)!.text.slice(...(g.parts?.[id] ?? []))}`).sort()])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    figureFlags: [...new Map(report.flags.filter((f) => f.story === story.id).map((f) => [f.detail, [f.kind, f.detail, names(f.articles ?? [])]])).values()],
    changes: report.figure_groups.filter((g) => g.story === story.id && g.verdict === 'changed').map((g) => g.detail),
    claims: claims.map((c) => ({
      text: c.text,
      origins: c.origins.map((o) => [o.label, names(o.articles)]),
      framing: c.coverage.map((x) => `${name(x.article)} ${x.mode}`).sort(),
    })),
    framing: report.framing.filter((f) => f.story === story.id).map((f) => `${name(f.article)} ${f.mode}`).sort(),
  };
}

