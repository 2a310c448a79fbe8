// Ingest for uploaded files: the same reading and cleaning rules as `storytrace ingest`, over bytes
// already in memory, with sources named `upload/<file name>` rather than a temporary path.
import type { Store } from '../../store/index.js';
import type { CleanPool } from '../clean/index.js';
import { ingestInputs, type IngestSummary } from '../ingest.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export type UploadSummary = IngestSummary;

/** A client-sent file name reduced to a plain, printable base name. */
export function uploadSource(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return `upload/${clean || 'unnamed'}`;
}

/**
 * A store transaction holds the request loop while it runs (the embedded store is on this thread):
 * uploads commit in batches small enough to keep /api/health answering within a fraction of a second.
 */
const UPLOAD_BATCH = 100;

export function ingestUploads(store: Store, uploads: Upload[], opts: { maxBytes?: number; pool?: CleanPool } = {}): Promise<UploadSummary> {
  return ingestInputs(
    store,
    uploads.map((u) => ({ name: uploadSource(u.name), read: async () => u.bytes })),
    { batchSize: UPLOAD_BATCH, ...opts },
  );
}
