// A generator of hostile inputs for the robustness bench and its CI subset: binary, empty, broken
// UTF-8, NUL records, gzip and brotli bombs, broken WARC records, deep nesting, long unquoted text,
// misdeclared charsets, control characters in text and names, and many tiny files. Each input that
// carries good articles names their headlines, so a run can count rows lost.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export interface HostileSet {
  dir: string;
  /** Regular files written (the special ones are extra). */
  files: string[];
  /** Markers (`mooring report N found`) of the good articles hidden among the hostile inputs: every one must be stored. */
  expected: string[];
  /** Whether the FIFO, /dev/zero link and link loop were made. */
  special: boolean;
}


function warcRecord(type: string, headers: Record<string, string>, block: Buffer, length = String(block.length)): Buffer {
  const head = ['WARC/1.1', `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${length}`].join('\r\n');
  return Buffer.concat([Buffer.from(head + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}

function warcPage(uri: string, html: Buffer, encoding?: string, length?: string): Buffer {
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n${encoding ? `Content-Encoding: ${encoding}\r\n` : ''}\r\n`), html]);
  return warcRecord('response', { 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=response' }, http, length);
}

const pageOf = (g: { headline: string; text: string }) => Buffer.from(`<html><head><title>${g.headline}</title></head><body><article><h1>${g.headline}</h1><p>${g.text}</p></article></body></html>`);

interface Note {
  headline: string;
  text: string;
}

// Invented names built from syllables (400 places, 400 family names) and small lists drawn at
// random per slot: two notes rarely share a run of four words. Notes written from one fixed
// sentence with a few slots were read as copies of each other (1,000 of them gave 8,700 reuse
// records, 2,000 gave 36,000), so the bench measured a quadratic reuse corpus, not many files.
const ONSETS = ['Brack', 'Fenn', 'Hol', 'Kel', 'Mar', 'Nor', 'Orm', 'Pel', 'Quen', 'Rav', 'Sal', 'Tor', 'Ul', 'Vask', 'Wen', 'Yar', 'Dun', 'Gar', 'Hask', 'Lind'];
const ENDS = ['water', 'mouth', 'wick', 'haven', 'stead', 'ness', 'by', 'holm', 'ford', 'mere', 'gate', 'stow', 'ley', 'thorpe', 'combe', 'field', 'ham', 'port', 'sund', 'vik'];
const GIVEN = ['Ada', 'Bram', 'Cato', 'Dilys', 'Edda', 'Fitz', 'Greer', 'Hale', 'Ines', 'Jory', 'Kerra', 'Lorne', 'Mabli', 'Nye', 'Osric', 'Petra'];
const ROLES = ['quay warden', 'harbour pilot', 'dock foreman', 'port surveyor', 'ferry skipper', 'lock keeper', 'crane engineer', 'harbourmaster'];
const STATES = ['cracked', 'loose', 'rotten', 'flooded', 'broken', 'rusted', 'silted', 'split', 'bent', 'missing', 'leaking', 'worn'];
const THINGS = ['railings', 'bollards', 'fenders', 'cellars', 'lamps', 'chains', 'drains', 'planks', 'cranes', 'pontoons', 'ladders', 'hatches', 'winches', 'buoys', 'gangways', 'sluices'];
const WHEN = ['at dawn', 'before noon', 'overnight', 'after the gale', 'at low water', 'in fog', 'on Sunday', 'at slack water'];

/** A short article of its own: the good articles are told apart, not read as copies of one text. */
function note(n: number): Note {
  let slot = 0;
  // One well-mixed draw per slot (mulberry32 of the note and the slot).
  const pick = <T>(list: T[]): T => {
    let t = (Math.imul(n, 0x9e3779b1) + Math.imul(++slot, 0x85ebca6b) + 0x6d2b79f5) >>> 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return list[Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * list.length)];
  };
  const name = () => pick(ONSETS) + pick(ENDS).toLowerCase();
  const place = name();
  return {
    headline: `${place} ${pick(THINGS)} note ${n}`,
    text:
      `${pick(GIVEN)} ${name()}, ${pick(ROLES)} at ${place}, counted ${n % 17} ${pick(STATES)} ${pick(THINGS)} on ${name()} ${pick(WHEN)}; ` +
      `mooring report ${n} found ${pick(STATES)} ${pick(THINGS)} near ${name()}. ${name()} of ${name()} wants ${(n % 9) + 2} crews at ${name()} ${pick(WHEN)}.`,
  };
}

/** Random bytes from a seeded generator, so a failing input can be made again. */
function noise(seed: number, length: number): Buffer {
  let a = seed >>> 0;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

let made: { gzip: Buffer; brotli: Buffer } | null = null;
/** 24 MB of spaces, compressed once: a few KB each. */
function bombs(): { gzip: Buffer; brotli: Buffer } {
  const spaces = Buffer.alloc(24 * 2 ** 20, 0x20);
  made ??= { gzip: gzipSync(spaces), brotli: brotliCompressSync(spaces, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) };
  return made;
}

/** The marker a stored good article's body carries. */
export function markerOf(n: number): string {
  return `mooring report ${n} found`;
}

type Maker = (i: number, expect: (n: number) => { headline: string; text: string }) => [string, Buffer];

const KINDS: Maker[] = [
  (i) => [`binary-${i}.txt`, noise(i, 2000)],
  (i) => [`empty-${i}.html`, Buffer.alloc(0)],
  (i) => [`broken-utf8-${i}.txt`, Buffer.concat([Buffer.from('Harbour notes\n\nThe pier '), Buffer.from([0xc3, 0x28, 0x8d, 0xa1]), Buffer.from(' was closed.')])],
  (i, expect) => [`nul-${i}.jsonl`, Buffer.from([JSON.stringify({ title: 'bad', text: `nul \u0000 record ${i}` }), JSON.stringify({ title: expect(i).headline, text: expect(i).text })].join('\n'))],
  (i) => [`bomb-${i}.txt.gz`, bombs().gzip],
  (i, expect) => [`warc-brotli-bomb-${i}.warc`, Buffer.concat([warcPage(`https://quay.example/${i}`, pageOf(expect(i))), warcPage('https://quay.example/bomb', bombs().brotli, 'br')])],
  (i, expect) => [`warc-gzip-bomb-${i}.warc`, Buffer.concat([warcPage(`https://quay.example/${i}`, pageOf(expect(i))), warcPage('https://quay.example/bomb', bombs().gzip, 'gzip')])],
  (i, expect) => {
    const bad = warcPage(`https://quay.example/bad-${i}`, pageOf({ headline: 'cut', text: 'cut' }), undefined, '5');
    return [`warc-bad-length-${i}.warc`, Buffer.concat([bad, warcPage(`https://quay.example/${i}`, pageOf(expect(i)))])];
  },
  (i, expect) => {
    const page = pageOf(expect(i));
    return [`warc-hex-length-${i}.warc`, Buffer.concat([warcPage('https://quay.example/hex', page, undefined, `0x${page.length.toString(16)}`), warcPage(`https://quay.example/${i}`, page)])];
  },
  (i, expect) => [`deep-${i}.html`, Buffer.from(`<html><body>${'<div>'.repeat(30_000 + i)}<h1>${expect(i).headline}</h1><p>${expect(i).text}</p>${'</div>'.repeat(30_000 + i)}</body></html>`)],
  (i, expect) => [`long-${i}.txt`, Buffer.from(`${expect(i).headline}\n\n${Array.from({ length: 1000 }, () => `${expect(i).text}`).join('\n\n')}`)],
  (i, expect) => {
    const g = expect(i);
    return [`cp1252-${i}.html`, Buffer.concat([Buffer.from(`<html><head><meta charset="windows-1252"><title>${g.headline}</title></head><body><p>`), Buffer.from([0x93]), Buffer.from(g.text), Buffer.from([0x94, 0x80]), Buffer.from('</p></body></html>')])];
  },
  (i) => [`utf16-declared-${i}.html`, Buffer.from(`<html><head><meta charset="utf-16"></head><body><p>Caf\xe9 ${i}</p></body></html>`, 'latin1')],
  (i, expect) => [`utf16-bom-${i}.jsonl`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ title: expect(i).headline, text: expect(i).text }) + '\n', 'utf16le')])],
  (i, expect) => [`escapes-${i}.txt`, Buffer.from(`${expect(i).headline}\n\n\u001b]0;owned\u0007\u001b[2J${expect(i).text}`)],
  (i, expect) => [`name-\u001b[31m-\n-${i}.txt`, Buffer.from(`${expect(i).headline}\n\n${expect(i).text}`)],
  (i) => [`truncated-${i}.txt.gz`, gzipSync(Buffer.from('Ferry news\n\nThe ferry was late again today.')).subarray(0, 20)],
  (i, expect) => [`csv-${i}.csv`, Buffer.from(`title,text\n"${expect(i).headline}","${expect(i).text}"\n"broken,"unclosed\n`)],
  (i) => [`text-then-noise-${i}.txt`, Buffer.concat([Buffer.from('Pier notes\n\nThe pier was closed.'), noise(i + 7, 400)])],
];

/**
 * What each refused kind must be told, after the input's name: the record where there is one, and
 * why. An input of these kinds gets exactly one such line; the kinds not listed are read whole.
 */
export const REFUSALS: [prefix: string, after: RegExp][] = [
  ['binary-', /^: binary content/],
  ['empty-', /^: empty file$/],
  ['broken-utf8-', /^: invalid UTF-8 \(at byte \d+\), and not windows-1252 either/],
  ['nul-', /^#1: NUL character \(U\+0000\)/],
  ['bomb-', /^: too large once decompressed/],
  ['warc-brotli-bomb-', /^#record-2: bodies too large once decompressed/],
  ['warc-gzip-bomb-', /^#record-2: bodies too large once decompressed/],
  ['warc-bad-length-', /^#record-1: Content-Length 5 does not end at a record boundary; resumed at the next record/],
  ['warc-hex-length-', /^#record-1: missing or invalid Content-Length '0x[0-9a-f]+'; resumed at the next record/],
  ['utf16-declared-', /^: .*the declared charset 'utf-16' is impossible without a byte order mark$/],
  ['truncated-', /^: truncated or corrupt gzip/],
  ['text-then-noise-', /^: binary content/],
  // The broken third line of the CSV, not the file.
  ['csv-', /^#3: /],
];

/**
 * Where the refusals of a run differ from REFUSALS: `named(file)` is how the run names an input
 * (a path, or the upload's source name). Returns one line per input refused wrongly, twice or
 * not at all, and per input of another kind that was refused.
 */
export function wrongRefusals(files: string[], lines: string[], named: (file: string) => string): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const name = named(file);
    const base = name.slice(name.lastIndexOf('/') + 1);
    const about = lines.filter((l) => l.startsWith(name) && /^[#:]/.test(l.slice(name.length))).map((l) => l.slice(name.length));
    const rule = REFUSALS.find(([prefix]) => base.startsWith(prefix));
    if (!rule) {
      if (about.length) problems.push(`${base}: refused, but its kind is read whole: ${about[0]}`);
    } else if (about.length !== 1 || !rule[1].test(about[0])) {
      problems.push(`${base}: expected one line matching ${rule[1]}, got ${JSON.stringify(about)}`);
    }
  }
  return problems;
}

/**
 * Writes `count` hostile inputs (cycling through every kind) plus `tiny` tiny files into dir, and
 * with `special` a FIFO, a link to /dev/zero and a symlink loop.
 */
export function writeHostileSet(dir: string, opts: { count: number; tiny?: number; special?: boolean }): HostileSet {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const expected: string[] = [];
  let next = 0;
  for (let i = 0; i < opts.count; i++) {
    let used: number | null = null;
    const expect = (n: number) => {
      used ??= next++;
      return note(used * 100_000 + n);
    };
    const [name, bytes] = KINDS[i % KINDS.length](i, expect);
    // Whether the good article survives its hostile neighbours is the question; what it must be is known.
    if (used !== null) expected.push(markerOf(used * 100_000 + i));
    const path = join(dir, name);
    writeFileSync(path, bytes);
    files.push(path);
  }
  if (opts.tiny) {
    mkdirSync(join(dir, 'tiny'));
    for (let i = 0; i < opts.tiny; i++) {
      const g = note(900_000_000 + i);
      const path = join(dir, 'tiny', `t${i}.txt`);
      writeFileSync(path, `${g.headline}\n\n${g.text}`);
      files.push(path);
      expected.push(markerOf(900_000_000 + i));
    }
  }
  if (opts.special) {
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    mkdirSync(join(dir, 'loop'));
    symlinkSync('..', join(dir, 'loop', 'up'));
  }
  return { dir, files, expected, special: !!opts.special };
}

/** Of the expected markers, those no stored body carries. */
export function missingMarkers(expected: string[], bodies: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const body of bodies) for (const m of body.matchAll(/mooring report \d+ found/g)) found.add(m[0]);
  return expected.filter((m) => !found.has(m));
}
