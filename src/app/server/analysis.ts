// The server reads from one in-memory index of the analysis. A request never runs the analysis:
// the index is first loaded from what is stored, and the analysis of new articles runs in the
// background (one run at a time), replacing the index when it is done. Until then answers say
// the analysis is pending; the story list is served from the stored summary while the rest loads.
// Each run reads the whole store, so uploads never get one each: they ask for one (request()),
// and every ask made before a run starts is served by that run (debounced while asks keep coming,
// and held while a run is in progress), so a stream of uploads costs a few runs, not one per upload.
import type { AnalysisReport } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { ReportIndex } from '../../view/index.js';
import { articleVersion } from '../code-version.js';
import { buildReport, type ReportSummary } from '../pipeline.js';

export type Analyze = (store: Store) => Promise<AnalysisReport>;

/** Reads the analysis as stored (no stage runs): stale or missing comparisons stay so. */
export const loadStored: Analyze = (store) => buildReport(store, { storedOnly: true });

export interface CacheTiming {
  /** A requested run starts once no ask came for this long (ms)... */
  quietMs?: number;
  /** ...or this long after the first ask it serves, whichever is sooner (ms). */
  maxDelayMs?: number;
  /** Told of a requested run that failed (nobody may be waiting for it). */
  onError?: (err: unknown) => void;
}

/** A run asked for that has not started: every ask until it starts shares it. */
interface Queued {
  promise: Promise<ReportIndex>;
  firstAsk: number;
  lastAsk: number;
  timer: ReturnType<typeof setTimeout> | null;
  settle: (run: Promise<ReportIndex>) => void;
}

export class AnalysisCache {
  private current: Promise<ReportIndex> | null = null;
  private loaded: ReportIndex | null = null;
  /** Settles (never rejects) once the last analysis started is done and its index in place; the pipeline's corpus step must not run twice at once. */
  private last: Promise<unknown> = Promise.resolve();
  private running = 0;
  private started: Promise<unknown> = Promise.resolve();
  /** The stored story list, read once: it is only used until the index has loaded. */
  private summary: Promise<ReportSummary | null> | null = null;
  /** Whether the store held work no analysis had done when last looked at. */
  private storePending = false;
  private queued: Queued | null = null;
  private closed = false;
  private readonly quietMs: number;
  private readonly maxDelayMs: number;

  constructor(
    private readonly store: Store,
    private readonly analyze: Analyze,
    private readonly load: Analyze = loadStored,
    private readonly timing: CacheTiming = {},
  ) {
    this.quietMs = timing.quietMs ?? 300;
    this.maxDelayMs = Math.max(this.quietMs, timing.maxDelayMs ?? 3_000);
  }

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

  /** Resolves once the start-up load and every analysis started or requested so far are done (tests, benchmarks). */
  async settled(): Promise<void> {
    await this.started.catch(() => undefined);
    for (;;) {
      const queued = this.queued;
      const last = this.last;
      await (queued ? queued.promise.catch(() => undefined) : last);
      if (!this.queued && this.last === last) return;
    }
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
    return this.running > 0 || this.storePending || this.queued !== null;
  }

  /**
   * Asks for an analysis of what the store holds now (new articles were stored). Resolves with
   * the index of the first run that starts after this ask; asks made before that run starts share
   * it. A failure goes to onError as well as to the promise.
   */
  request(): Promise<ReportIndex> {
    if (this.closed) return Promise.reject(new Error('analysis closed'));
    const now = performance.now();
    if (this.queued) {
      this.queued.lastAsk = now;
      return this.queued.promise;
    }
    let settle!: Queued['settle'];
    const promise = new Promise<ReportIndex>((ok, fail) => (settle = (run) => run.then(ok, fail)));
    promise.catch((err) => this.closed || this.timing.onError?.(err));
    const queued: Queued = { promise, firstAsk: now, lastAsk: now, timer: null, settle };
    this.queued = queued;
    this.wake(queued);
    return promise;
  }

  /** Drops a requested run that has not started (the server is stopping); a run in progress ends on its own. */
  close(): void {
    this.closed = true;
    const queued = this.queued;
    this.queued = null;
    if (!queued) return;
    if (queued.timer) clearTimeout(queued.timer);
    queued.settle(Promise.reject(new Error('analysis closed')));
  }

  /** Starts the queued run once asks have gone quiet (or waited long enough) and no run is in progress. */
  private wake(queued: Queued): void {
    const due = Math.min(queued.lastAsk + this.quietMs, queued.firstAsk + this.maxDelayMs);
    const wait = due - performance.now();
    if (wait > 0) {
      queued.timer = setTimeout(() => this.wake(queued), wait);
      return;
    }
    queued.timer = null;
    if (this.running > 0) {
      // Asks keep joining this run while the one in progress finishes.
      void this.last.then(() => this.queued === queued && this.wake(queued));
      return;
    }
    this.queued = null;
    queued.settle(this.refresh());
  }

  /**
   * Runs the analysis in the background, after any run in progress; the index is replaced when it
   * is done. Resolves with the new index; a failed run leaves the current index in place.
   */
  refresh(): Promise<ReportIndex> {
    this.running++;
    const run = this.last.then(() => this.analyze(this.store)).then((report) => new ReportIndex(report));
    // The next run starts once this one's index is in place and it no longer counts as running.
    this.last = run
      .then(
        (index) => {
          this.storePending = false;
          this.loaded = index;
          this.current = Promise.resolve(index);
        },
        () => undefined,
      )
      .finally(() => this.running--);
    return run;
  }
}
