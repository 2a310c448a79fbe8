// The I/O shell around the ingest stage: read files, clean in memory, store each batch in one
// transaction so a crash leaves every earlier batch whole and no half-written one.
import { DEFAULT_MAX_BYTES } from '../core/ingest/index.js';
import { type CleanPool, readAndClean } from './clean/index.js';
import type { Article, InputError } from '../core/types.js';
import type { Store } from '../store/index.js';
import { readErrorMessage, readInputBytes, STDIN } from './inputs.js';

export interface IngestOptions {
  /** Articles per transaction. */
  batchSize?: number;
  /** Extension that stdin ('-') is read as. */
  stdinFormat?: string;
  maxBytes?: number;
  onFile?: (file: string) => void;
  /** Threads to read and clean on (time budget, memory cap); inline when unset. */
  pool?: CleanPool;
  /** Called once each input is read and cleaned: how long that took and how many articles it gave. */
  onInput?: (name: string, ms: number, articles: number) => void;
  /** Called after each batch transaction commits. */
  onCommit?: (added: number, stored: number) => void;
}

export interface IngestSummary {
  files: number;
  documents: number;
  added: string[];
  /** Every article read from the inputs, new or already stored (`--only-inputs` reports on these). */
  ids: string[];
  duplicates: number;
  errors: InputError[];
}

/** An input the shell can read: a file on disk, stdin, or bytes already in memory (an upload). */
export interface InputSource {
  /** The name errors and article sources carry; its extension picks the reader. */
  name: string;
  read: () => Promise<Uint8Array>;
}

export function ingestFiles(store: Store, files: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  return ingestInputs(
    store,
    files.map((file) => ({
      name: file === STDIN ? `stdin.${opts.stdinFormat ?? 'txt'}` : file,
      read: () => readInputBytes(file, opts.maxBytes ?? DEFAULT_MAX_BYTES),
    })),
    opts,
  );
}

/** SQLSTATE classes 22 (data exception, e.g. a byte sequence the encoding refuses) and 23 (constraint): the row, not the database, is at fault. */
function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^2[23]/.test(code);
}

/**
 * A small uncompressed input is cleaned in place: milliseconds of work, where a round trip to the
 * cleaning thread per file would make corpora of many small files several times slower.
 */
const INLINE_MAX_BYTES = 64 * 1024;
function smallEnoughInline(bytes: Uint8Array): boolean {
  return bytes.length <= INLINE_MAX_BYTES && !(bytes[0] === 0x1f && bytes[1] === 0x8b);
}

/**
 * Inline cleaning runs on the caller's thread: a server's request loop must get a turn between
 * inputs, or an upload of thousands of small files holds /api/health for the whole batch.
 */
const YIELD_EVERY_MS = 20;
const yieldToLoop = () => new Promise<void>((ok) => setImmediate(ok));

export async function ingestInputs(store: Store, inputs: InputSource[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = opts.batchSize ?? 500;
  let lastYield = performance.now();
  const summary: IngestSummary = { files: inputs.length, documents: 0, added: [], ids: [], duplicates: 0, errors: [] };
  let pending: Article[] = [];

  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    let added: string[];
    const refused = new Set<Article>();
    try {
      added = await store.db.transaction((tx) => store.insertArticles(batch, tx));
    } catch (err) {
      if (!isDataError(err)) throw err;
      // One row the database refuses must not cost its batch: store the others one by one.
      added = [];
      for (const article of batch) {
        try {
          added.push(...(await store.db.transaction((tx) => store.insertArticles([article], tx))));
        } catch (one) {
          if (!isDataError(one)) throw one;
          refused.add(article);
          summary.errors.push({ source: article.source, message: `cannot store: ${(one as Error).message.replace(/\s+/g, ' ')}` });
        }
      }
    }
    // After inserting: an article an older store holds under another id has taken that id. One the
    // store refused is not stored: it is an error, never an id.
    summary.ids.push(...batch.filter((a) => !refused.has(a)).map((a) => a.id));
    summary.added.push(...added);
    summary.duplicates += batch.length - added.length - refused.size;
    opts.onCommit?.(added.length, summary.added.length);
  };

  for (const input of inputs) {
    opts.onFile?.(input.name);
    const started = performance.now();
    let bytes: Uint8Array;
    try {
      bytes = await input.read();
    } catch (err) {
      summary.errors.push({ source: input.name, message: readErrorMessage(err) });
      continue;
    }
    const { documents, articles, errors } = opts.pool && !smallEnoughInline(bytes)
      ? await opts.pool.clean(input.name, bytes, opts.maxBytes)
      : readAndClean(input.name, bytes, opts.maxBytes);
    opts.onInput?.(input.name, performance.now() - started, articles.length);
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await yieldToLoop();
      lastYield = performance.now();
    }
    summary.documents += documents;
    summary.errors.push(...errors);
    for (const article of articles) {
      pending.push(article);
      if (pending.length >= batchSize) await flush();
    }
  }
  await flush();
  return summary;
}
