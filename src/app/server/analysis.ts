// The server reads from one in-memory index of the analysis. A request never runs the analysis:
// the index is first loaded from what is stored, and the analysis of new articles runs in the
// background (one run at a time), replacing the index when it is done. Until then answers say
// the analysis is pending; the story list is served from the stored summary while the rest loads.
import type { AnalysisReport } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { ReportIndex } from '../../view/index.js';
import { articleVersion } from '../code-version.js';
import { buildReport, type ReportSummary } from '../pipeline.js';

export type Analyze = (store: Store) => Promise<AnalysisReport>;

/** Reads the analysis as stored (no stage runs): stale or missing comparisons stay so. */
export const loadStored: Analyze = (store) => buildReport(store, { storedOnly: true });

export class AnalysisCache {
  private current: Promise<ReportIndex> | null = null;
  private loaded: ReportIndex | null = null;
  /** The last analysis started; the pipeline's corpus step must not run twice at once. */
  private last: Promise<unknown> = Promise.resolve();
  private running = 0;
  private started: Promise<unknown> = Promise.resolve();
  /** The stored story list, read once: it is only used until the index has loaded. */
  private summary: Promise<ReportSummary | null> | null = null;
  /** Whether the store held work no analysis had done when last looked at. */
  private storePending = false;

  constructor(
    private readonly store: Store,
    private readonly analyze: Analyze,
    private readonly load: Analyze = loadStored,
  ) {}

  /** The current index: loaded from the store on first use, never by running the analysis. */
  get(): Promise<ReportIndex> {
    if (!this.current) {
      const loading = Promise.all([this.load(this.store), articleVersion().then((v) => this.store.analysisPending(v))]).then(([report, pending]) => {
        this.storePending = pending;
        if (this.current === loading) this.loaded = new ReportIndex(report);
        return this.loaded ?? new ReportIndex(report);
      });
      this.current = loading;
      // A failed load is not cached: the next read tries again.
      loading.catch(() => {
        if (this.current === loading) this.current = null;
      });
    }
    return this.current;
  }

  /** Loads what is stored, then analyses in the background if the store holds new work. */
  start(): Promise<unknown> {
    // Asked first, so the story list is not queued behind the large reads of the load.
    this.summary = this.store.reportSummary<ReportSummary>();
    this.summary.catch(() => undefined);
    this.started = this.get().then(() => (this.pending ? this.refresh() : null));
    return this.started;
  }

  /** Resolves once the start-up load and every analysis started so far are done (tests, benchmarks). */
  async settled(): Promise<void> {
    await this.started.catch(() => undefined);
    await this.last.catch(() => undefined);
  }

  /** The index if it is already in memory (null while it loads). */
  ready(): ReportIndex | null {
    return this.loaded;
  }

  /** The story list as of the last stored report, for answering before the index has loaded. */
  storedSummary(): Promise<ReportSummary | null> {
    return (this.summary ??= this.store.reportSummary<ReportSummary>());
  }

  /** True while an analysis runs or is queued, or the store holds articles no analysis has done. */
  get pending(): boolean {
    return this.running > 0 || this.storePending;
  }

  /**
   * Runs the analysis in the background, after any run in progress; the index is replaced when it
   * is done. Resolves with the new index; a failed run leaves the current index in place.
   */
  refresh(): Promise<ReportIndex> {
    this.running++;
    const run = this.last
      .catch(() => undefined)
      .then(() => this.analyze(this.store))
      .then((report) => new ReportIndex(report));
    this.last = run;
    run.then(
      (index) => {
        this.storePending = false;
        this.loaded = index;
        this.current = Promise.resolve(index);
      },
      () => undefined,
    ).finally(() => this.running--);
    return run;
  }
}
