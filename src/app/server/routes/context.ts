// What the API route modules share: the store, the cached analysis, and small query helpers.
import type { Store } from '../../../store/index.js';
import type { AnalysisCache } from '../analysis.js';

export interface ApiContext {
  store: Store;
  cache: AnalysisCache;
  search: SearchFreshness;
  log: (line: string) => void;
  /** Aborted once the server is stopping and will not wait for an analysis any longer. */
  stopping: AbortSignal;
}

/** The store's full-text index is refreshed lazily: on the first search after an ingest. */
export class SearchFreshness {
  private stale = true;
  private refresh: Promise<unknown> | null = null;

  constructor(private readonly store: Store) {}

  markStale(): void {
    this.stale = true;
  }

  async ready(): Promise<void> {
    if (!this.stale && !this.refresh) return;
    // One refresh at a time; an ingest during it marks the index stale again.
    this.stale = false;
    this.refresh ??= this.store.refreshSearchIndex().finally(() => (this.refresh = null));
    await this.refresh;
  }
}

export function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}
