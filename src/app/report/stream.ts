// The report written as it is produced: a JSON document piece by piece, or NDJSON (one kind-tagged
// record per line). Never one string of the whole report: at tens of thousands of articles that
// string exceeds V8's largest string, and holding it doubles the memory the report already takes.
import type { AnalysisReport } from '../../core/types.js';

/** The report's sections, in the order the JSON document has always had them. */
export const REPORT_SECTIONS = [
  'articles',
  'reuse',
  'entities',
  'quotes',
  'figures',
  'attributions',
  'stories',
  'quote_groups',
  'claims',
  'framing',
  'flags',
  'timeline',
  'figure_groups',
  'verdicts',
] as const satisfies readonly (keyof AnalysisReport)[];

export type Section = (typeof REPORT_SECTIONS)[number];
export type SectionItem<K extends Section> = AnalysisReport[K][number];

/** The NDJSON `kind` of one record of each section. */
export const RECORD_KIND: Record<Section, string> = {
  articles: 'article',
  reuse: 'reuse',
  entities: 'entity',
  quotes: 'quote',
  figures: 'figure',
  attributions: 'attribution',
  stories: 'story',
  quote_groups: 'quote_group',
  claims: 'claim',
  framing: 'framing',
  flags: 'flag',
  timeline: 'timeline',
  figure_groups: 'figure_group',
  verdicts: 'verdict',
};

/** A record already written as JSON (spooled: see spool.ts), handed on as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A record's JSON text. */
function jsonOf(item: unknown): string {
  return item instanceof RawJson ? item.text : JSON.stringify(item);
}

/**
 * Where a report's records come from, section by section: arrays in memory, or batches read from
 * the store as the writer asks for them. Each section is read once, in REPORT_SECTIONS order.
 */
export type ReportSource = {
  [K in Section]?: () => Iterable<SectionItem<K> | RawJson> | AsyncIterable<SectionItem<K> | RawJson>;
};

/** A report in memory as a source (every section, or only the named ones). */
export function memorySource(report: Partial<AnalysisReport>, sections: readonly Section[] = REPORT_SECTIONS): ReportSource {
  const source: Record<string, () => Iterable<unknown>> = {};
  for (const s of sections) if (report[s]) source[s] = () => report[s] as Iterable<unknown>;
  return source as ReportSource;
}

/** Text output with backpressure: `write` resolves once the text may be handed on. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Text already encoded as UTF-8 (by a sink that had to encode it to look at it), handed on without encoding it again. */
  writeBytes?(bytes: Buffer): Promise<void>;
  /** Flushes what is buffered (the stream itself stays open: stdout must not be ended). */
  flush(): Promise<void>;
}

/** Chunks handed to the stream: large enough to keep write calls few, small enough to stay cheap. */
const CHUNK_CHARS = 1 << 18;

/** A sink over a Node writable stream (stdout, a file), buffering small writes into chunks. */
export function streamSink(out: NodeJS.WritableStream): TextSink {
  let buffer: string[] = [];
  let size = 0;
  const handOn = async () => {
    if (!size) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    await send(chunk);
  };
  const send = async (chunk: string | Buffer) => {
    if (!out.write(chunk)) await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        out.off('drain', done);
        out.off('error', done);
        if (err) reject(err);
        else resolve();
      };
      out.on('drain', done);
      out.on('error', done);
    });
  };
  return {
    async write(text) {
      buffer.push(text);
      size += text.length;
      if (size >= CHUNK_CHARS) await handOn();
    },
    async writeBytes(bytes) {
      await handOn();
      await send(bytes);
    },
    flush: handOn,
  };
}

/** A sink that keeps everything (tests, small reports). */
export function stringSink(): TextSink & { text(): string } {
  const parts: string[] = [];
  return {
    async write(text) {
      parts.push(text);
    },
    async flush() {},
    text: () => parts.join(''),
  };
}

/**
 * Writes `{"articles": [...], "reuse": [...], ...}` one record per line, so the document is valid
 * JSON and still greps line by line. Sections the source lacks are left out.
 */
export async function writeJsonReport(source: ReportSource, sink: TextSink): Promise<void> {
  let firstSection = true;
  await sink.write('{');
  for (const section of REPORT_SECTIONS) {
    const read = source[section];
    if (!read) continue;
    await sink.write(`${firstSection ? '' : ','}\n${JSON.stringify(section)}: [`);
    firstSection = false;
    let first = true;
    for await (const item of read() as AsyncIterable<unknown>) {
      await sink.write(`${first ? '\n' : ',\n'}${jsonOf(item)}`);
      first = false;
    }
    await sink.write(first ? ']' : '\n]');
  }
  await sink.write('\n}\n');
  await sink.flush();
}

/** Writes one `{"kind": ..., "data": {...}}` line per record (the record's own fields stay under data). */
export async function writeNdjsonReport(source: ReportSource, sink: TextSink): Promise<void> {
  for (const section of REPORT_SECTIONS) {
    const read = source[section];
    if (!read) continue;
    const prefix = `{"kind":${JSON.stringify(RECORD_KIND[section])},"data":`;
    for await (const item of read() as AsyncIterable<unknown>) await sink.write(`${prefix}${jsonOf(item)}}\n`);
  }
  await sink.flush();
}
