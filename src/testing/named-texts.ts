// Every stage, pure, over invented texts named like files: the helpers the comparison tests share
// (two outlets' reports of one event, and the figure verdicts and flags a reader sees).
import { analyzeArticles } from '../core/analyze.js';
import { cleanDoc, readInput } from '../core/ingest/index.js';
import type { AnalysisReport, Article } from '../core/types.js';

export interface NamedText {
  name: string;
  text: string;
}

/** Reads each text as the file its name says (.txt, .html, ...), cleans it and runs every stage. */
export function analyseTexts(files: NamedText[]): AnalysisReport {
  const articles: Article[] = files.flatMap((f) => readInput(f.name, new TextEncoder().encode(f.text)).docs.map(cleanDoc));
  return analyzeArticles(articles);
}

/** An invented report: headline, url, the date line as the outlet writes it (with a time or not), body. */
export const datedReport = (site: string, slug: string, dateLine: string, headline: string, body: string): NamedText => ({
  name: `${slug}-${site}.txt`,
  text: `${headline}\n\nhttps://${site}.example/2031/06/05/${slug}\n\n${dateLine}\n\n${body}`,
});

/** Two outlets' reports, each [date line, headline, body]. */
export const reportPair = (a: [string, string, string], b: [string, string, string]): AnalysisReport =>
  analyseTexts([datedReport('quaynews', 'report-a', ...a), datedReport('valleypost', 'report-b', ...b)]);

/** The distinct 'figures disagree' flags, as their detail lines. */
export const figureDisagreements = (r: AnalysisReport): string[] => [...new Set(r.flags.filter((f) => f.kind === 'figures disagree').map((f) => f.detail))];

/** Each figure group as "verdict: detail". */
export const figureVerdicts = (r: AnalysisReport): string[] => r.figure_groups.map((g) => `${g.verdict}: ${g.detail}`);
