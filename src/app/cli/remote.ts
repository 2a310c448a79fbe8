// `ingest --server URL`: while `serve` holds a store, the CLI sends the files to its upload API
// instead of opening the store itself (only one process may write an embedded store).
import { basename } from 'node:path';
import type { InputError } from '../../core/types.js';
import type { IngestSummary } from '../ingest.js';
import { readErrorMessage, readInputBytes, STDIN } from '../inputs.js';

export interface RemoteOptions {
  server: string;
  token?: string;
  stdinFormat: string;
  /** Largest single file sent, in bytes. */
  maxBytes: number;
  /** Largest request body, in bytes (the server refuses more than 100 MB by default). */
  maxRequestBytes?: number;
  onFile?: (file: string) => void;
}

interface ServerSummary {
  files: number;
  documents: number;
  added: string[];
  /** Every article the upload read, new or not (older servers: absent). */
  ids?: string[];
  duplicates: number;
  errors: InputError[];
}

/** Sends the files in requests of at most maxRequestBytes; a refused request fails its files only. */
export async function ingestRemote(files: string[], opts: RemoteOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { files: files.length, documents: 0, added: [], ids: [], duplicates: 0, errors: [] };
  const limit = opts.maxRequestBytes ?? 64 * 2 ** 20;
  const endpoint = new URL('/api/ingest', opts.server).toString();
  let batch: { name: string; file: string; bytes: Uint8Array }[] = [];
  let batchBytes = 0;

  const send = async () => {
    if (!batch.length) return;
    const form = new FormData();
    for (const f of batch) form.append('files', new Blob([f.bytes as Uint8Array<ArrayBuffer>]), f.name);
    const sent = batch;
    batch = [];
    batchBytes = 0;
    const res = await fetch(endpoint, {
      method: 'POST',
      body: form,
      headers: opts.token ? { authorization: `Bearer ${opts.token}` } : {},
    }).catch((err: Error & { cause?: { code?: string; message?: string } }) => {
      // fetch says only "fetch failed": the cause (ECONNREFUSED, ENOTFOUND, …) is what a user can act on.
      throw new Error(`cannot reach ${opts.server}: ${err.cause?.code ?? err.cause?.message ?? err.message}`);
    });
    const body = (await res.json().catch(() => null)) as (ServerSummary & { error?: string }) | null;
    if (!body || body.error || !Array.isArray(body.added)) {
      const why = body?.error ?? `HTTP ${res.status}`;
      if (res.status === 401 || res.status === 403) throw new Error(`${opts.server} refused the upload: ${why}`);
      for (const f of sent) summary.errors.push({ source: f.file === STDIN ? f.name : f.file, message: `server refused the upload: ${why}` });
      return;
    }
    summary.documents += body.documents;
    summary.added.push(...body.added);
    summary.ids.push(...(body.ids ?? body.added));
    summary.duplicates += body.duplicates;
    // The server names an upload `upload/<file name>` (and a record `…#3`): name the local file instead.
    for (const e of body.errors) {
      const f = sent.find((x) => e.source === `upload/${x.name}` || e.source.startsWith(`upload/${x.name}#`));
      summary.errors.push(f && f.file !== STDIN ? { ...e, source: f.file + e.source.slice(`upload/${f.name}`.length) } : e);
    }
  };

  for (const file of files) {
    opts.onFile?.(file);
    const name = file === STDIN ? `stdin.${opts.stdinFormat}` : basename(file);
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(file, opts.maxBytes);
    } catch (err) {
      summary.errors.push({ source: file, message: readErrorMessage(err) });
      continue;
    }
    if (batchBytes + bytes.length > limit) await send();
    batch.push({ name, file, bytes });
    batchBytes += bytes.length;
  }
  await send();
  return summary;
}
