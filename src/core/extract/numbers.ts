// Numbers as news write them, in digits or words: "120", "1.200" (de), "half a million",
// "fifty-seven", "siebenundzwanzig", "one point two million". Split from figures.ts, which reads
// a number's unit and what it counts.
import { type Lexicon, remembered } from './lang/index.js';
import type { Token } from './text.js';

/** Value of one number word: "seven", "fifty-seven", "siebenundzwanzig", "veintidós". */
function wordValue(lex: Lexicon, w: string): number | null {
  return remembered(lex.numberMemo, w, (word) => numberWordValue(lex, word));
}

function numberWordValue(lex: Lexicon, w: string): number | null {
  const direct = lex.numbers.get(w);
  if (direct !== undefined) return direct;
  // Compounds: "fifty-seven", "vingt-deux" (tens then unit); "siebenundzwanzig" (unit, joiner, tens).
  const dash = w.indexOf('-');
  if (dash > 0) {
    const tens = lex.numbers.get(w.slice(0, dash));
    const unit = wordValue(lex, w.slice(dash + 1).replace(/^et-/, ''));
    return tens !== undefined && unit !== null && tens >= 20 && tens % 10 === 0 && unit < 10 ? tens + unit : null;
  }
  if (lex.language === 'de') {
    const compound = germanCompound(lex, w);
    if (compound !== null) return compound;
  }
  for (const joiner of lex.numberJoiners) {
    const at = w.indexOf(joiner, 1);
    if (at < 0 || joiner.length < 2) continue;
    const unit = lex.numbers.get(w.slice(0, at));
    const tens = lex.numbers.get(w.slice(at + joiner.length));
    if (unit !== undefined && tens !== undefined && unit < 10 && tens >= 20 && tens % 10 === 0) return tens + unit;
  }
  return null;
}

/**
 * German writes a number below a million as one word: "dreihundert", "zweitausendfünfhundert",
 * "dreihundertfünfzig", "zweieinhalb" (two and a half): the part before a scale word multiplies it.
 */
function germanCompound(lex: Lexicon, w: string): number | null {
  if (w.length > 7 && w.endsWith('einhalb')) {
    const whole = wordValue(lex, w.slice(0, -7));
    return whole !== null && whole < 1000 ? whole + 0.5 : null;
  }
  for (const [scale, size, below] of [['tausend', 1000, 1000], ['hundert', 100, 10]] as const) {
    const at = w.indexOf(scale);
    if (at < 0 || w.length === scale.length) continue;
    const left = at === 0 ? 1 : wordValue(lex, w.slice(0, at));
    const rest = w.slice(at + scale.length);
    const right = rest ? wordValue(lex, rest.replace(/^und/, '')) : 0;
    if (left === null || right === null || left >= below || left !== Math.floor(left) || right >= size) return null;
    return left * size + right;
  }
  return null;
}

/** Asked of every token: most are ruled out by their first letter (Lexicon.numberStarts). */
export const isNumberWord = (lex: Lexicon, w: string): boolean =>
  lex.numberStarts.has(w.charCodeAt(0)) &&
  (wordValue(lex, w) !== null || lex.collectives.has(w) || lex.scales.has(w) || w === 'half' || w === 'quarter');

/**
 * Digits as the language writes them: "1,200" (en) or "1.200" (de, es) are thousands; "1,2" is a
 * decimal in a decimal-comma language and "1.2" in English. A group of exactly three digits after
 * the other language's separator is still read as thousands, since outlets mix conventions.
 */
export function digitValue(lex: Lexicon, w: string): number {
  const dec = lex.decimalComma ? ',' : '.';
  const thou = lex.decimalComma ? '.' : ',';
  const seps = w.replace(/\d/g, '');
  if (!seps) return Number(w);
  if (seps.includes(dec) && seps.includes(thou)) {
    const last = Math.max(w.lastIndexOf(','), w.lastIndexOf('.'));
    return Number(w.slice(0, last).replace(/[.,]/g, '') + '.' + w.slice(last + 1));
  }
  const sep = seps[0];
  const groups = w.split(sep);
  const grouped = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
  if (sep === thou && grouped) return Number(groups.join(''));
  if (groups.length > 2) return grouped ? Number(groups.join('')) : NaN;
  if (sep === dec) return Number(`${groups[0]}.${groups[1]}`);
  return grouped ? Number(groups.join('')) : Number(`${groups[0]}.${groups[1]}`);
}

export interface Parsed {
  value: number;
  next: number;
}

/** "several hundred", "mehrere Hundert", "plusieurs milliers": a vague amount, no figure. */
const VAGUE_BEFORE = new Set(['several', 'few', 'mehrere', 'einige', 'paar', 'plusieurs', 'quelques', 'varios', 'varias', 'algunos', 'algunas', 'unos', 'unas', 'vari', 'varie', 'alcuni', 'alcune', 'vários', 'várias', 'alguns', 'algumas', 'несколько']);

/** Parses a number starting at token i; null when no number starts there. */
export function parseNumber(lex: Lexicon, tokens: Token[], i: number, body: string): Parsed | null {
  const first = tokens[i]?.lower ?? '';
  if (!/^\d/.test(first) && VAGUE_BEFORE.has(tokens[i - 1]?.lower ?? '') && (lex.scales.has(first) || first === 'hundred' || first === 'hundert' || first === 'cent')) return null;
  let total = 0;
  let current = 0;
  let lastScale = 0;
  let seen = false;
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    const gap = k > i ? body.slice(tokens[k - 1].end, t.start) : ' ';
    const w = t.lower;
    // "Fifty-seven": a capitalised compound is split by the tokenizer.
    const hyphened = gap === '-' && wordValue(lex, tokens[k - 1].lower) !== null && wordValue(lex, w) !== null;
    if (k > i && !/^[\s\u00a0\u202f]+$/.test(gap) && !hyphened) break;
    const nextW = tokens[k + 1]?.lower ?? '';
    if (/^\d/.test(w)) {
      if (w.includes(':')) break;
      // "1 200 000" in languages that group thousands with spaces.
      const grouped = seen && lex.decimalComma && /^\d{3}(?:,\d+)?$/.test(w) && /^[ \u00a0\u202f]$/.test(gap) && /^\d{1,3}$/.test(tokens[k - 1].text) && current < 1000 * 1000 * 1000;
      if (seen && !grouped) break;
      const n = digitValue(lex, w);
      if (Number.isNaN(n)) break;
      current = grouped ? current * 1000 + n : current + n;
      seen = true;
    } else if (w === 'hundred' || w === 'hundert' || ((w === 'cent' || w === 'cents') && lex.language === 'fr' && seen)) {
      // "deux cents", "trois cent mille": the hundreds multiply what comes before them.
      current = (current || 1) * 100;
      seen = true;
    } else if (lex.collectives.has(w)) {
      // "dozens of", "des dizaines de": with no count or article before it, a collective is a
      // vague quantity, not a figure ("a dozen", "two dozen", "una treintena" are counts).
      if (!seen && current === 0) break;
      current = (current || 1) * lex.collectives.get(w)!;
      seen = true;
    } else if (wordValue(lex, w) !== null) {
      current += wordValue(lex, w)!;
      seen = true;
    } else if (lex.decimalWords.has(w) && seen && /^\d$|^\p{L}+$/u.test(nextW) && wordValue(lex, nextW) !== null && wordValue(lex, nextW)! < 10) {
      // "one point two million": the digits after the point, one word each.
      let scale = 0.1;
      let j = k + 1;
      for (; j < tokens.length; j++) {
        const d = wordValue(lex, tokens[j].lower);
        if (d === null || d >= 10) break;
        current += d * scale;
        scale /= 10;
      }
      current = Math.round(current * 1e9) / 1e9;
      k = j - 1;
    } else if (lex.scales.has(w) && (seen || w === 'mil' || w === 'mille' || w === 'thousand')) {
      const scale = lex.scales.get(w)!;
      // "mil millones", "2 Milliarden": a larger scale after a scale multiplies what came before.
      if (current === 0 && total > 0 && scale > lastScale) total *= scale;
      else total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
      seen = true;
    } else if (w === 'half' || w === 'quarter') {
      const part = w === 'half' ? 0.5 : 0.25;
      const afterAnd = tokens[k - 2]?.lower === 'and';
      if (afterAnd) current += part;
      else if (!seen && (nextW === 'a' || nextW === 'an')) current = part;
      else break;
      seen = true;
    } else if ((w === 'a' || w === 'an') && lex.language === 'en') {
      // "a hundred", "a dozen", "a million", "and a half": English "a" is one of a scale or a
      // collective. Elsewhere "a" is a preposition or a verb ("a cuatro personas", "da 3 a 5",
      // "il y a deux"), and before a unit number ("a four") it is no number in English either.
      const scaleNext = nextW === 'hundred' || lex.scales.has(nextW) || lex.collectives.has(nextW);
      if (!scaleNext && !(seen && (nextW === 'half' || nextW === 'quarter'))) break;
      if (!seen) current = 1;
    } else if (lex.numberJoiners.has(w)) {
      if (!seen || !(isNumberWord(lex, nextW) || nextW === 'a')) break;
    } else break;
  }
  if (!seen) return null;
  return { value: total + current, next: k };
}
