// Loads the extraction test articles written for storytrace (src/core/extract/testdata): each
// truth file `<set>.json` names the articles (`<file>.txt` beside it) its items refer to.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../core/ingest/language.js';
import type { Article } from '../core/types.js';
import type { ExtractionTruth } from '../core/extract/score.js';
import type { AttributionMode } from '../core/types.js';
import { repoRoot } from './fixtures.js';

export const extractTestDir = join(repoRoot, 'src/core/extract/testdata');

export interface AttributionTruth {
  file: string;
  contains: string;
  mode: AttributionMode;
}

export interface ExtractTestSet {
  name: string;
  truth: ExtractionTruth & { attributions?: AttributionTruth[] };
  articles: Article[];
}

export function loadExtractTestSets(): ExtractTestSet[] {
  return readdirSync(extractTestDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(readFileSync(join(extractTestDir, f), 'utf8'));
      const files = new Set<string>([
        ...truth.quotes.map((q: { file: string }) => q.file),
        ...truth.figures.flatMap((x: { files: string[] }) => x.files),
        ...(truth.attributions ?? []).map((a: { file: string }) => a.file),
      ]);
      const articles = [...files].sort().map((file): Article => {
        const text = readFileSync(join(extractTestDir, `${file}.txt`), 'utf8').trim();
        // The language as ingest would detect it, so each article gets its own language's rules.
        return { id: file, source: `${file}.txt`, outlet: null, url: null, headline: null, published: null, language: detectLanguage(text), body: text, original: text };
      });
      return { name: f.replace(/\.json$/, ''), truth, articles };
    });
}
