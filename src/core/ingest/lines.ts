// Scraped text as lines: whitespace normalisation, hard-wrap unwrapping and repair of paragraphs
// that a scraper broke mid-phrase.
import { holdsSignature } from '../extract/signatures.js';

export interface Line {
  text: string;
  /** A blank line separated this line from the previous one. */
  blankBefore: boolean;
  /**
   * The raw break before this line was marked as a soft wrap: the line above ended in a space, or
   * this one opened with a single space (set only when the text's paragraph breaks carry no such mark).
   */
  softBefore?: boolean;
  /** The raw line is a row of a table: a tab or wide gaps between cells, cells between pipes, a row of numbers. */
  columns?: boolean;
}

// Invisible characters that scrapers leave behind and that only break matching.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

// Typographic punctuation saved as UTF-8 and read back as a Western or Greek single-byte code page:
// its three bytes E2 80 xx show as "â€" (or "β€") and one more character ("â€œ" for “).
const MOJIBAKE = /[âβ]€([˜™œ\u009d“”¦šž])/g;
const MOJIBAKE_THIRD: Record<string, string> = { '˜': '‘', '™': '’', œ: '“', '\u009d': '”', '“': '–', '”': '—', '¦': '…', š: '‚', ž: '„' };

function normaliseLine(line: string): string {
  // Markup comments a scraper left in the text ("headline<!-- --> | Site") are no text.
  let text = line.includes('<!--') ? line.replace(/<!--.*?-->/g, '') : line;
  if (text.includes('€')) text = text.replace(MOJIBAKE, (_, third: string) => MOJIBAKE_THIRD[third]);
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
}

const RAW_ONE_LEADING_SPACE = /^[ \u00a0](?![ \t\u00a0])/;
// Cells: a tab or a gap of two spaces or more (not the double space some writers leave after a full
// stop) between words, twice; or two pipes.
const CELL_GAP = /[^\s.!?:;](?:\t| {2,})(?=\S)/g;

/** A raw line laid out in cells, or (normalised) a name followed by three numbers or more: a table row. */
function isTableRow(raw: string, text: string): boolean {
  if (raw.includes('\t') && /\S\t+\S/.test(raw.trim())) return true;
  if (raw.includes('  ') && (raw.trim().match(CELL_GAP)?.length ?? 0) >= 2) return true;
  if (text.includes('|') && text.indexOf('|') !== text.lastIndexOf('|')) return true;
  // A row of numbers is short; a long line holding numbers is prose.
  return text.length <= 160 && numberShare(text) >= 0.4;
}

/** The share of a line's words that are numbers ("24", "1.204", "+3,1", "54%"), 0 with fewer than three. */
function numberShare(text: string): number {
  let words = 1;
  let numbers = 0;
  let numeric = true;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32) {
      if (i < text.length) words++;
      if (numeric && digits > 0) numbers++;
      numeric = true;
      digits = 0;
    } else if (c >= 48 && c <= 57) digits++;
    // Signs before the first digit; separators, a percent sign after it.
    else if (!(digits === 0 ? c === 43 || c === 45 || c === 0x2212 : c === 46 || c === 44 || c === 58 || c === 37)) numeric = false;
  }
  return numbers >= 3 ? numbers / words : 0;
}

/** Whether the raw line ends in a space, invisible characters aside. */
function endsInSpace(raw: string): boolean {
  for (let i = raw.length - 1; i >= 0; i--) {
    const c = raw.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000) return true;
    if (!(c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff)) return false;
  }
  return false;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  // Per kept line: whether its raw line ended in a space, whether it opened with one space.
  const trailing: boolean[] = [];
  const leading: boolean[] = [];
  let blank = false;
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = normaliseLine(raw);
    if (!line) {
      blank = true;
      continue;
    }
    const kept: Line = { text: line, blankBefore: blank || out.length === 0 };
    if (isTableRow(raw, line)) kept.columns = true;
    out.push(kept);
    trailing.push(endsInSpace(raw));
    leading.push(RAW_ONE_LEADING_SPACE.test(raw));
    blank = false;
  }
  markSoftBreaks(out, trailing, leading);
  return out;
}

/**
 * Sets softBefore where a raw space marks a wrapped line (a blog engine leaving a space at each line's
 * end, a scraper keeping the source's indentation of a continued line). The mark is evidence only if
 * the text's hard breaks (a blank line, the end, a full stop before a capital) mostly lack it: a text
 * that pads or indents every line says nothing by it.
 */
const FULL_STOP = /[.!?…]/;

function markSoftBreaks(lines: Line[], trailing: boolean[], leading: boolean[]): void {
  let hard = 0;
  let hardTrailing = 0;
  let hardLeading = 0;
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && !next.blankBefore && !(FULL_STOP.test(lines[i].text.slice(-1)) && /^\p{Lu}/u.test(next.text))) continue;
    hard++;
    if (trailing[i]) hardTrailing++;
    if (next && leading[i + 1]) hardLeading++;
  }
  const useTrailing = hardTrailing < 2 || hardTrailing < 0.5 * hard;
  const useLeading = hardLeading < 2 || hardLeading < 0.5 * hard;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].blankBefore) continue;
    if ((useTrailing && trailing[i - 1]) || (useLeading && leading[i])) lines[i].softBefore = true;
  }
}

const TERMINAL = /[.!?…:;"”’')\]]$/;

/** Ends like a finished sentence or a heading (so the next line starts something new). */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text);
}

function startsLowercase(text: string): boolean {
  return /^[\p{Ll}]/u.test(text);
}

/** Blank-line-separated blocks, each a list of consecutive lines. */
function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  for (const line of lines) {
    if (line.blankBefore || blocks.length === 0) blocks.push([line]);
    else blocks[blocks.length - 1].push(line);
  }
  return blocks;
}

const WORD_HYPHEN_END = /\p{L}-$/u;

/** Joins pieces of one sentence; a trailing word hyphen ("anti-") keeps its hyphen and no space. */
export function joinBroken(pieces: string[]): string {
  const parts: string[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0 && !WORD_HYPHEN_END.test(pieces[i - 1])) parts.push(' ');
    parts.push(piece);
  });
  return parts.join('');
}

// The first letter of each word of four letters or more.
const WORD_START = /(?:^|\s)["“‘'«(¿¡]*(\p{L})\p{L}{3}/gu;

/** Nearly every longer word capitalised, as in a headline ("Mayor Has Reportedly Resigned."); prose never is. */
export function isTitleCase(line: string): boolean {
  let long = 0;
  let lower = 0;
  for (const m of line.matchAll(WORD_START)) {
    long++;
    // A headline of up to 30 words has at most three lower-case longer words: prose leaves early.
    if (m[1] === m[1].toLowerCase() && ++lower > 3) return false;
  }
  // One sentence: a second one after a full stop is prose, however many names it holds.
  return long >= 3 && lower <= 0.1 * long && !/[.!?]\s+\p{Lu}/u.test(line);
}

// A list item's mark: a bullet, a dash (also a line of dialogue), "1." or "a)".
const LIST_ITEM = /^(?:[-–—•*·▪►●○◦‣]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/u;
// The width a wrapping tool or mailer breaks prose at, in characters.
const COLUMN_MIN = 45;
const COLUMN_MAX = 100;

function inColumn(l: Line): boolean {
  return l.text.length >= COLUMN_MIN && l.text.length <= COLUMN_MAX;
}

/**
 * A block hard-wrapped at a fixed width (e-mail, wire copy): its lines, but the last, have similar
 * lengths within a typical column and mostly stop mid-sentence. Its first line is in the column too
 * (a short one is a heading above the paragraph), no line is a table row or a list item, and none
 * but the last is in title case (headlines listed one a line).
 */
function isHardWrapped(block: Line[]): boolean {
  if (block.length < 3 || !inColumn(block[0])) return false;
  const body = block.slice(0, -1);
  if (block.some((l, i) => l.columns || (i > 0 && LIST_ITEM.test(l.text))) || body.some((l) => isTitleCase(l.text))) return false;
  // An embedded post's signature under its line is no wrapped text.
  if (body.some((l) => holdsSignature(l.text))) return false;
  const midSentence = body.filter((l) => !endsSentence(l.text)).length;
  return block.every((l) => l.text.length <= COLUMN_MAX) && body.filter(inColumn).length >= 0.8 * body.length && midSentence >= 0.5 * body.length;
}

// The last character of a line that stops where a sentence cannot: a word's, a number's or a comma.
const OPEN_END = /[\p{L}\p{N},]/u;
const CLOSING_MARK = /["”’»)\]]/;

/**
 * Per line of a block, whether it belongs to a run of two lines or more wrapped at one width: each
 * in the column, stopping mid-sentence, not in title case (a list of headlines), the shorter at least
 * 70% of the longer, and each broken where the next word would not have fitted into the longer.
 */
function wrappedRuns(block: Line[]): boolean[] {
  const run: boolean[] = new Array(block.length).fill(false);
  for (let i = 0; i + 1 < block.length; i++) {
    const [a, b] = [block[i].text.length, block[i + 1].text.length];
    const width = Math.max(a, b);
    if (Math.min(a, b) < 0.7 * width || !mayRun(block[i]) || !mayRun(block[i + 1])) continue;
    if (a + 1 + firstWordLength(block[i + 1]) <= width || b + 1 + firstWordLength(block[i + 2]) <= width) continue;
    if (!isTitleCase(block[i].text) && !isTitleCase(block[i + 1].text)) run[i] = run[i + 1] = true;
  }
  return run;
}

function mayRun(l: Line): boolean {
  return inColumn(l) && OPEN_END.test(l.text.slice(-1)) && !l.columns;
}

function firstWordLength(l: Line | undefined): number {
  if (!l) return Infinity;
  const space = l.text.indexOf(' ');
  return space === -1 ? l.text.length : space;
}

/** A line that could be a heading: no more than 15 words, no comma and no sentence inside. */
function mayBeHeading(text: string): boolean {
  return wordCount(text) <= 15 && !/[,;:]|[.!?]\s/.test(text.slice(0, -1));
}

/**
 * Whether line b goes on with the sentence line a left open, decided on the break alone (a line
 * broken by a wrap, not by the writer). a must stop on a word, a number or a comma (or a closing
 * quote mark before lower case); b must not be a list item, a table row or after a blank line.
 * Then any of:
 * - b goes on in lower case, after a line of four words or more, or after a shorter one with a soft
 *   wrap's space mark when b is no short (menu) line either;
 * - a, of four words or more, stops on a comma;
 * - a belongs to a run of lines wrapped at one width (`inRun`);
 * - a soft wrap's space mark, after three words or more, unless a opens a paragraph (was not joined
 *   to the line above) and may be a heading.
 */
function wrapJoins(a: Line, b: Line, opensParagraph: boolean, inRun = false): boolean {
  // "— Dana Kellor (@dkellor) 14 octobre 2019" closes the post above it, whatever follows.
  if (b.blankBefore || a.columns || b.columns || holdsSignature(a.text)) return false;
  const last = a.text.slice(-1);
  const lower = startsLowercase(b.text);
  // A closing quote mark or bracket ends a quote, not the sentence, when lower case goes on ("», disse").
  if (!OPEN_END.test(last) && !(lower && CLOSING_MARK.test(last))) return false;
  if (LIST_ITEM.test(b.text)) return false;
  const wordsA = wordCount(a.text);
  if (lower) return wordsA >= 4 || (!!b.softBefore && wordCount(b.text) >= 4);
  if (last === ',' && wordsA >= 4) return true;
  if (inRun) return true;
  return !!b.softBefore && wordsA >= 3 && !(opensParagraph && mayBeHeading(a.text));
}

/**
 * Joins the lines a hard wrap broke: a block wrapped at one width whole, else line to line where
 * wrapJoins finds one sentence. Joined lines are one line, with a space where the break was.
 */
export function unwrapHardWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const block of blocksOf(lines)) {
    if (isHardWrapped(block)) {
      out.push({ text: joinBroken(block.map((l) => l.text)), blankBefore: block[0].blankBefore });
      continue;
    }
    const run = wrappedRuns(block);
    let pieces = [block[0].text];
    let head = block[0];
    for (let i = 1; i <= block.length; i++) {
      const a = block[i - 1];
      const b = block[i];
      // A line not joined to the one above starts a paragraph of its own, or is a heading.
      if (b && wrapJoins(a, b, pieces.length === 1, run[i - 1])) {
        pieces.push(b.text);
        continue;
      }
      out.push(pieces.length === 1 ? head : { text: joinBroken(pieces), blankBefore: head.blankBefore, ...(head.softBefore ? { softBefore: true } : {}) });
      if (b) [pieces, head] = [[b.text], b];
    }
  }
  return out;
}

// Words a sentence or heading practically never ends on (unlike "over", "in", "is": "the game is over").
const DANGLING = /\s(?:a|an|the|of|to|for|from|with|and|or|but|whose|than|into|onto|between|its|their|our|your)$/i;

export function endsOnFunctionWord(text: string): boolean {
  return DANGLING.test(text);
}

/**
 * Whether paragraph b continues paragraph a: a ends in a word hyphen, or a stops without closing
 * punctuation and b goes on in lower case, or a stops on a word no sentence ends on.
 * `wordsInA` defaults to a's own count; a merged paragraph passes its whole count with its last piece.
 */
/** Lines are trimmed and single-spaced (splitLines), so words are spaces plus one. */
export function wordCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

export function continues(a: string, b: string, wordsInA = wordCount(a)): boolean {
  if (WORD_HYPHEN_END.test(a) && /^\p{L}/u.test(b)) return true;
  if (endsSentence(a) || wordsInA < 4) return false;
  return startsLowercase(b) || (DANGLING.test(a) && /^[\p{L}\p{N}"“‘']/u.test(b));
}

/** Merges paragraphs broken mid-phrase, across single or blank lines alike. */
export function repairParagraphs(paragraphs: string[]): string[] {
  // Pieces are kept apart until the end so that long chains of merges stay linear.
  const merged: { pieces: string[]; words: number }[] = [];
  for (const p of paragraphs) {
    const prev = merged[merged.length - 1];
    const words = wordCount(p);
    if (prev && continues(prev.pieces[prev.pieces.length - 1], p, prev.words)) {
      prev.pieces.push(p);
      prev.words += words;
    } else merged.push({ pieces: [p], words });
  }
  return merged.map((m) => joinBroken(m.pieces));
}
