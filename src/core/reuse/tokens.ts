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

const STOP_HASHES = new Set(STOPWORDS.map(hashWord));

const OPEN_QUOTE = new Set([0x201c, 0x201e, 0xab]); // “ „ «
const CLOSE_QUOTE = new Set([0x201d, 0xbb]); // ” »
const STRAIGHT_QUOTE = 0x22;
const LEFT_DOUBLE = 0x201c;
const NEWLINE = 0x0a;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * One pass over the body: words (letters and digits), their hashes and spans, paragraph starts,
 * and quotation state. Straight quotes toggle; curly quotes and guillemets pair up (a German „
 * may close with “); a paragraph break closes an open quote, as news style reopens it anyway.
 * Hand-rolled over char codes because this runs on every article and dominates a regex version.
 */
export function tokenize(body: string): Tokens {
  const capacity = (body.length >> 1) + 1;
  const hashes = new Uint32Array(capacity);
  const starts = new Uint32Array(capacity);
  const ends = new Uint32Array(capacity);
  const quoted = new Uint8Array(capacity);
  const stop = new Uint8Array(capacity);
  const paragraphStarts: number[] = [0];
  let n = 0;
  let inQuote = false;
  let straight = false;
  let newlines = 0;
  let i = 0;
  const len = body.length;
  while (i < len) {
    const c = body.charCodeAt(i);
    if (isWordChar(c)) {
      if (newlines >= 2 && n > 0) paragraphStarts.push(n);
      newlines = 0;
      let h = FNV_OFFSET;
      const start = i;
      while (i < len) {
        const d = body.charCodeAt(i);
        if (!isWordChar(d)) break;
        h = Math.imul(h ^ lowerCode(d), FNV_PRIME);
        i++;
      }
      hashes[n] = h >>> 0;
      starts[n] = start;
      ends[n] = i;
      quoted[n] = inQuote ? 1 : 0;
      stop[n] = STOP_HASHES.has(h >>> 0) ? 1 : 0;
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
  return {
    hashes: hashes.slice(0, n),
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    quoted: quoted.slice(0, n),
    paragraphStarts,
    stop: stop.slice(0, n),
  };
}
