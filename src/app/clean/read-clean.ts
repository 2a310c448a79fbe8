// One input's bytes to clean articles and one-line errors: the CPU-bound part of ingest, run in a
// worker thread by CleanPool (or inline where no pool is given).
import { cleanDoc, readInput, RefusedInput } from '../../core/ingest/index.js';
import type { Article, InputError, RawDoc } from '../../core/types.js';

export interface CleanResult {
  /** Documents the input held (articles plus the ones refused after reading). */
  documents: number;
  articles: Article[];
  errors: InputError[];
}

export function readAndClean(name: string, bytes: Uint8Array, maxBytes?: number): CleanResult {
  const { docs, errors } = readInput(name, bytes, { maxBytes });
  return { documents: docs.length, articles: cleanDocs(docs, errors), errors };
}

/**
 * The documents read, cleaned: the articles with text left, in order; each document refused or
 * left empty by cleaning is pushed to `errors` in one line naming it.
 */
export function cleanDocs(docs: RawDoc[], errors: InputError[]): Article[] {
  const articles: Article[] = [];
  for (const doc of docs) {
    try {
      const article = cleanDoc(doc);
      if (!article.body.trim()) errors.push({ source: doc.source, message: 'no article text left after cleaning' });
      else articles.push(article);
    } catch (err) {
      errors.push({ source: doc.source, message: err instanceof RefusedInput ? err.message : `cannot clean: ${(err as Error).message}` });
    }
  }
  return articles;
}
