// Scraped text as lines: whitespace normalisation, hard-wrap unwrapping and repair of paragraphs
// that a scraper broke mid-phrase.

export interface Line {
  text: string;
  /** A blank line separated this line from the previous one. */
  blankBefore: boolean;
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

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = normaliseLine(raw);
    if (!line) {
      blank = true;
      continue;
    }
    out.push({ text: line, blankBefore: blank || out.length === 0 });
    blank = false;
  }
  return out;
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

/**
 * A block hard-wrapped at a fixed width (e-mail, wire copy): its lines, but the last, have similar
 * lengths within a typical column and mostly stop mid-sentence.
 */
function isHardWrapped(block: Line[]): boolean {
  if (block.length < 3) return false;
  const body = block.slice(0, -1);
  const inColumn = body.filter((l) => l.text.length >= 45 && l.text.length <= 100).length;
  const midSentence = body.filter((l) => !endsSentence(l.text)).length;
  return block.every((l) => l.text.length <= 100) && inColumn >= 0.8 * body.length && midSentence >= 0.5 * body.length;
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

export function unwrapHardWrapped(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const block of blocksOf(lines)) {
    if (!isHardWrapped(block)) {
      out.push(...block);
      continue;
    }
    out.push({ text: joinBroken(block.map((l) => l.text)), blankBefore: block[0].blankBefore });
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
