// Ingest for uploaded files: the same reading and cleaning rules as `storytrace ingest`, over bytes
// already in memory, with sources named `upload/<file name>` rather than a temporary path.
import { cleanDoc, readInput } from '../../core/ingest/index.js';
import type { Article, InputError } from '../../core/types.js';
import type { Store } from '../../store/index.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export interface UploadSummary {
  files: number;
  documents: number;
  added: string[];
  duplicates: number;
  errors: InputError[];
}

/** A client-sent file name reduced to a plain, printable base name. */
export function uploadSource(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return `upload/${clean || 'unnamed'}`;
}

export async function ingestUploads(store: Store, uploads: Upload[], opts: { maxBytes?: number } = {}): Promise<UploadSummary> {
  const summary: UploadSummary = { files: uploads.length, documents: 0, added: [], duplicates: 0, errors: [] };
  const articles: Article[] = [];
  for (const upload of uploads) {
    const { docs, errors } = readInput(uploadSource(upload.name), upload.bytes, { maxBytes: opts.maxBytes });
    summary.errors.push(...errors);
    for (const doc of docs) {
      summary.documents++;
      try {
        const article = cleanDoc(doc);
        if (!article.body.trim()) summary.errors.push({ source: doc.source, message: 'no article text left after cleaning' });
        else articles.push(article);
      } catch (err) {
        summary.errors.push({ source: doc.source, message: `cannot clean: ${(err as Error).message}` });
      }
    }
  }
  if (articles.length) {
    const added = await store.db.transaction((tx) => store.insertArticles(articles, tx));
    summary.added = added;
    summary.duplicates = articles.length - added.length;
  }
  return summary;
}
