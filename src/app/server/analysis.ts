// The server reads from one in-memory analysis, computed on first use and again after an ingest,
// so a read never waits on the store and concurrent readers share one computation.
import type { AnalysisReport } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { ReportIndex } from '../../view/index.js';

export type Analyze = (store: Store) => Promise<AnalysisReport>;

export class AnalysisCache {
  private current: Promise<ReportIndex> | null = null;
  private finished: ReportIndex | null = null;
  /** The last run started; the pipeline's corpus step must not run twice at once. */
  private last: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly analyze: Analyze,
  ) {}

  get(): Promise<ReportIndex> {
    if (!this.current) {
      const pending = this.last
        .catch(() => undefined)
        .then(() => this.analyze(this.store))
        .then((report) => (this.finished = new ReportIndex(report)));
      this.last = pending;
      this.current = pending;
      // A failed run is not cached: the next read tries again.
      pending.catch(() => {
        if (this.current === pending) this.current = null;
      });
    }
    return this.current;
  }

  /** The last analysis that finished, possibly older than the store; null before the first. */
  latest(): ReportIndex | null {
    return this.finished;
  }

  /** Called after the store changed; the next read recomputes. */
  invalidate(): void {
    this.current = null;
  }
}
