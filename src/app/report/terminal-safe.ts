// Article text and file names are untrusted: written raw to a terminal, an escape sequence in a
// headline could retitle the window, clear the screen or fake output, and a newline or carriage
// return in a file name could forge or overwrite an error line. Everything bound for stdout/stderr
// passes through here.
import type { TextSink } from './stream.js';

// C0 controls, DEL, C1 controls (8-bit CSI/OSC), and the bidirectional overrides that reorder text.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const C1 = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with control characters written as visible escapes (`\x1b`); newlines and tabs kept when `lines`. */
export function terminalSafe(text: string, opts: { lines?: boolean } = {}): string {
  return text.replace(opts.lines ? CONTROLS_BUT_LINES : CONTROLS, visible);
}

/** One line for stderr: every control character, newline and CR included, made visible. */
export function oneLine(text: string): string {
  return terminalSafe(text);
}

/**
 * Whether the text holds a character of C1 (U+0080-U+009F) or a bidi override (U+202A-U+202E,
 * U+2066-U+2069): their UTF-8 lead bytes (0xC2, 0xE2) found with indexOf, which is many times
 * faster than a regular expression over two-byte text, and the rare hits checked.
 */
function hasC1(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(0xc2); i >= 0; i = bytes.indexOf(0xc2, i + 1)) if (bytes[i + 1]! <= 0x9f) return true;
  for (let i = bytes.indexOf(0xe2); i >= 0; i = bytes.indexOf(0xe2, i + 1)) {
    const [b, c] = [bytes[i + 1]!, bytes[i + 2]!];
    if ((b === 0x80 && c >= 0xaa && c <= 0xae) || (b === 0x81 && c >= 0xa6 && c <= 0xa9)) return true;
  }
  return false;
}

/** Text escaped at once: a regular expression run once per record cost seconds at 200 MB of JSON, once per chunk a fraction. */
const ESCAPE_CHARS = 1 << 16;

/**
 * A sink that escapes what passes through: plain text keeps its line breaks; JSON (whose own
 * escaping leaves C1 controls raw) gets them as \u escapes, which keeps it valid JSON. Escaping
 * is per character, so text is gathered and escaped a chunk at a time.
 */
export function safeSink(sink: TextSink, kind: 'text' | 'json'): TextSink {
  let parts: string[] = [];
  let size = 0;
  const handOn = async () => {
    const text = parts.join('');
    parts = [];
    size = 0;
    if (!text) return;
    if (kind === 'text') return sink.write(terminalSafe(text, { lines: true }));
    // JSON is looked at as the UTF-8 it is written as: clean text (nearly all of it) is handed on
    // as those bytes, not encoded a second time by the stream (a copy of every byte of the report).
    const bytes = Buffer.from(text);
    if (hasC1(bytes)) await sink.write(text.replace(C1, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
    else if (sink.writeBytes) await sink.writeBytes(bytes);
    else await sink.write(text);
  };
  return {
    async write(text) {
      parts.push(text);
      size += text.length;
      if (size >= ESCAPE_CHARS) await handOn();
    },
    async flush() {
      await handOn();
      await sink.flush();
    },
  };
}
