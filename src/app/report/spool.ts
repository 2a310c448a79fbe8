// Report records kept on disk as lines of JSON between the pass that reads them and the section
// that writes them. The report's sections are written one after another, but their records come
// from passes over other orders: each story's comparison holds a record of seven sections, each
// extraction one of three. Spooled, each stored value is parsed once instead of once per section,
// and memory still holds one batch.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Characters buffered per file before they are written. */
const BUFFER_CHARS = 1 << 20;

interface SpoolFile {
  path: string;
  fd: number | null;
  buffer: string[];
  size: number;
}

export class Spool {
  readonly dir = mkdtempSync(join(tmpdir(), 'storytrace-report-'));
  private readonly files = new Map<string, SpoolFile>();
  // A process that exits before the report is written (a reader that stopped reading ends the
  // CLI with process.exit, past every finally) removes the files all the same.
  private readonly onExit = () => this.close();

  constructor() {
    process.once('exit', this.onExit);
  }

  /** Appends one line (JSON text holds no raw newline). */
  write(name: string, line: string): void {
    let file = this.files.get(name);
    if (!file) {
      const path = join(this.dir, `${this.files.size}.jsonl`);
      file = { path, fd: openSync(path, 'w'), buffer: [], size: 0 };
      this.files.set(name, file);
    }
    file.buffer.push(line, '\n');
    file.size += line.length + 1;
    if (file.size >= BUFFER_CHARS) this.flush(file);
  }

  /** The lines written under `name`, in order (none if nothing was). Writing to it ends at the first read. */
  async *lines(name: string): AsyncGenerator<string> {
    const file = this.files.get(name);
    if (!file) return;
    this.flush(file);
    if (file.fd !== null) closeSync(file.fd);
    file.fd = null;
    let rest = '';
    for await (const chunk of createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const parts = (rest + (chunk as string)).split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
    if (rest) yield rest;
  }

  /** Removes the files. */
  close(): void {
    process.off('exit', this.onExit);
    for (const file of this.files.values()) if (file.fd !== null) closeSync(file.fd);
    this.files.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(file: SpoolFile): void {
    if (!file.size || file.fd === null) return;
    writeSync(file.fd, file.buffer.join(''));
    file.buffer = [];
    file.size = 0;
  }
}
