// Word tokens of an article body with their character spans, hashed for cheap comparison, plus
// which tokens sit inside quotation marks (shared quotes are not copying) and paragraph starts.

export interface Tokens {
  /** 32-bit hash of each lower-cased word. */
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** 1 when the token lies between quotation marks. */
  quoted: Uint8Array;
  /** Token index where each paragraph begins (paragraphs are separated by a blank line). */
  paragraphStarts: number[];
  /** Token is a function word: shingles made only of these say nothing about reuse. */
  stop: Uint8Array;
}

const STOPWORDS = `a an the and or but if of to in on at by for from with without into onto over under about after
  before as than then that this these those there here it its is are was were be been being has have
  had do does did will would shall should can could may might must not no so such he she they we you
  i me him her them us his hers their our your my who whom which what when where why how also just
  said says say up out off all any some more most other one two s t`
    .split(/\s+/)
    .filter(Boolean);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashWord(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Stopword hashes in a small open-addressing table: probed once per token, cheaper than a Set. */
const STOP_SLOTS = 512;
const STOP_TABLE = (() => {
  const table = new Uint32Array(STOP_SLOTS);
  for (const w of STOPWORDS) {
    const h = hashWord(w);
    let s = h & (STOP_SLOTS - 1);
    while (table[s] !== 0 && table[s] !== h) s = (s + 1) & (STOP_SLOTS - 1);
    table[s] = h;
  }
  return table;
})();

function isStopHash(h: number): boolean {
  let s = h & (STOP_SLOTS - 1);
  for (;;) {
    const v = STOP_TABLE[s];
    if (v === h) return true;
    if (v === 0) return false;
    s = (s + 1) & (STOP_SLOTS - 1);
  }
}

const OPEN_QUOTE = new Set([0x201c, 0x201e, 0xab]); // “ „ «
const CLOSE_QUOTE = new Set([0x201d, 0xbb]); // ” »
const STRAIGHT_QUOTE = 0x22;
const LEFT_DOUBLE = 0x201c;
const NEWLINE = 0x0a;
/**
 * Per UTF-16 code unit: 0 when not part of a word, else the lower-cased code unit. Built once from
 * Unicode letter/digit classes; a table lookup per character is several times faster than testing
 * a Unicode regex, and tokenizing is the largest single cost of reuse detection.
 */
const WORD_LOWER = (() => {
  const table = new Uint16Array(0x10000);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (!letterOrDigit.test(ch)) continue;
    const lower = ch.toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return table;
})();

/** Kana and CJK ideographs: scripts written without spaces, so each character counts as a word. */
const isIdeograph = (c: number): boolean => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * One pass over the body: words (letters and digits), their hashes and spans, paragraph starts,
 * and quotation state. Straight quotes toggle; curly quotes and guillemets pair up (a German „
 * may close with “); a paragraph break closes an open quote, as news style reopens it anyway.
 * Hand-rolled over char codes because this runs on every article and dominates a regex version.
 */
// Scratch space reused across calls (tokenize runs once per article, synchronously); only the
// exact-size results are allocated, which keeps the garbage collector out of the hot loop.
let scratch = { hashes: new Uint32Array(0), starts: new Uint32Array(0), ends: new Uint32Array(0), quoted: new Uint8Array(0), stop: new Uint8Array(0) };

export function tokenize(body: string): Tokens {
  const capacity = (body.length >> 1) + 1;
  if (scratch.hashes.length < capacity) {
    const size = Math.max(capacity, scratch.hashes.length * 2);
    scratch = { hashes: new Uint32Array(size), starts: new Uint32Array(size), ends: new Uint32Array(size), quoted: new Uint8Array(size), stop: new Uint8Array(size) };
  }
  const { hashes, starts, ends, quoted, stop } = scratch;
  const paragraphStarts: number[] = [0];
  let n = 0;
  let inQuote = false;
  let straight = false;
  let newlines = 0;
  let i = 0;
  const len = body.length;
  while (i < len) {
    const c = body.charCodeAt(i);
    if (WORD_LOWER[c] !== 0) {
      if (newlines >= 2 && n > 0) paragraphStarts.push(n);
      newlines = 0;
      let h = FNV_OFFSET;
      const start = i;
      if (isIdeograph(c)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else {
        while (i < len) {
          const d = body.charCodeAt(i);
          const lower = WORD_LOWER[d];
          if (lower === 0 || isIdeograph(d)) break;
          h = Math.imul(h ^ lower, FNV_PRIME);
          i++;
        }
      }
      hashes[n] = h >>> 0;
      starts[n] = start;
      ends[n] = i;
      quoted[n] = inQuote ? 1 : 0;
      stop[n] = isStopHash(h >>> 0) ? 1 : 0;
      n++;
      continue;
    }
    if (c === NEWLINE) {
      newlines++;
      if (newlines >= 2) inQuote = false;
    } else if (c === STRAIGHT_QUOTE) {
      if (!inQuote) {
        inQuote = true;
        straight = true;
      } else if (straight) inQuote = false;
    } else if (!inQuote && OPEN_QUOTE.has(c)) {
      inQuote = true;
      straight = false;
    } else if (inQuote && !straight && (CLOSE_QUOTE.has(c) || c === LEFT_DOUBLE)) {
      inQuote = false;
    }
    i++;
  }
  // One buffer per article instead of five: many small ArrayBuffers make the garbage collector
  // work harder (they are external memory), and a 100k-article run makes a lot of them.
  const buffer = new ArrayBuffer(14 * n);
  const words = new Uint32Array(buffer, 0, 3 * n);
  words.set(hashes.subarray(0, n), 0);
  words.set(starts.subarray(0, n), n);
  words.set(ends.subarray(0, n), 2 * n);
  const flags = new Uint8Array(buffer, 12 * n, 2 * n);
  flags.set(quoted.subarray(0, n), 0);
  flags.set(stop.subarray(0, n), n);
  return {
    hashes: words.subarray(0, n),
    starts: words.subarray(n, 2 * n),
    ends: words.subarray(2 * n, 3 * n),
    quoted: flags.subarray(0, n),
    paragraphStarts,
    stop: flags.subarray(n, 2 * n),
  };
}
