// Figures: numbers in digits or words ("120", "half a million", "some 2 million", "five and a
// half years") with their unit, what they count and, when the sentence says, where.
import type { Figure } from '../types.js';
import { sentenceIndexAt, type ArticleContext } from './context.js';
import { FUNCTION_WORDS, MONTHS, PREPOSITIONS } from './lexicon.js';
import type { Token } from './text.js';

const SMALL = new Map<string, number>(
  Object.entries({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90,
  }),
);
const SCALES = new Map<string, number>(Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mln: 1e6 }));

const UNITS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  second: 'seconds', seconds: 'seconds', minute: 'minutes', minutes: 'minutes', hour: 'hours', hours: 'hours',
  day: 'days', days: 'days', week: 'weeks', weeks: 'weeks', month: 'months', months: 'months', year: 'years',
  years: 'years', decade: 'decades', decades: 'decades', km: 'km', kilometer: 'km', kilometers: 'km',
  kilometre: 'km', kilometres: 'km', mile: 'miles', miles: 'miles', meter: 'm', meters: 'm', metre: 'm',
  metres: 'm', feet: 'ft', foot: 'ft', kg: 'kg', kilogram: 'kg', kilograms: 'kg', ton: 't', tons: 't',
  tonne: 't', tonnes: 't', percent: '%', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', inch: 'in', inches: 'in', liter: 'l',
  liters: 'l', litre: 'l', litres: 'l', mph: 'mph', hectare: 'ha', hectares: 'ha', acre: 'acres', acres: 'acres',
  barrel: 'barrels', barrels: 'barrels',
});
const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

const QUALIFIERS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'over', 'under', 'only', 'just', 'barely', 'another']);
const QUALIFIER_PAIRS = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'close to', 'as many as', 'as few as']);
const COUNT_STOPS = new Set(['more', 'less', 'fewer', 'others', 'other', 'additional', 'than', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'could', 'per', 'each', 'times', 'ago', 'percent', 'cent', 'and', 'or']);
const INHERIT_COUNT = new Set(['more', 'others', 'other', 'additional']);

function wordValue(w: string): number | null {
  const small = SMALL.get(w);
  if (small !== undefined) return small;
  const dash = w.indexOf('-');
  if (dash < 0) return null;
  const tens = SMALL.get(w.slice(0, dash));
  const unit = SMALL.get(w.slice(dash + 1));
  return tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10 ? tens + unit : null;
}

const isNumberWord = (w: string): boolean =>
  wordValue(w) !== null || SCALES.has(w) || w === 'hundred' || w === 'dozen' || w === 'half' || w === 'quarter';

interface Parsed {
  value: number;
  next: number;
}

/** Parses a number starting at token i; null when no number starts there. */
function parseNumber(tokens: Token[], i: number, body: string): Parsed | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let k = i;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (k > i && !/^[\s\u00a0]+$/.test(body.slice(tokens[k - 1].end, t.start))) break;
    const w = t.text.toLowerCase();
    const nextW = tokens[k + 1]?.text.toLowerCase() ?? '';
    if (/^\d/.test(w)) {
      if (seen || w.includes(':')) break;
      const n = Number(w.replace(/,/g, ''));
      if (Number.isNaN(n)) break;
      current += n;
      seen = true;
    } else if (wordValue(w) !== null) {
      current += wordValue(w)!;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (SCALES.has(w)) {
      total += (current || 1) * SCALES.get(w)!;
      current = 0;
      seen = true;
    } else if (w === 'half' || w === 'quarter') {
      const part = w === 'half' ? 0.5 : 0.25;
      const afterAnd = tokens[k - 2]?.text.toLowerCase() === 'and';
      if (afterAnd) current += part;
      else if (!seen && (nextW === 'a' || nextW === 'an')) current = part;
      else break;
      seen = true;
    } else if (w === 'a' || w === 'an') {
      if (!isNumberWord(nextW)) break;
      if (!seen) current = 1;
    } else if (w === 'and') {
      if (!seen || !(isNumberWord(nextW) || nextW === 'a')) break;
    } else break;
  }
  if (!seen) return null;
  return { value: total + current, next: k };
}

/** Extracts figures from the article. */
export function findFigures(ctx: ArticleContext): Figure[] {
  const { tokens, body } = ctx;
  const out: Figure[] = [];
  let lastCounts: { sentence: number; counts: string } | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const w = t.text.toLowerCase();
    const startsNumber = /^\d/.test(w) || (isNumberWord(w) && w !== 'a') || ((w === 'half' || w === 'a') && isNumberWord(tokens[i + 1]?.text.toLowerCase() ?? ''));
    if (!startsNumber) {
      i++;
      continue;
    }
    const parsed = parseNumber(tokens, i, body);
    if (!parsed || parsed.next === i) {
      i++;
      continue;
    }
    const figure = describe(ctx, i, parsed, lastCounts);
    if (figure) {
      out.push(figure);
      const si = sentenceIndexAt(ctx, figure.span[0]);
      if (figure.counts) lastCounts = { sentence: si, counts: figure.counts };
    }
    i = Math.max(parsed.next, i + 1);
  }
  return out;
}

function describe(
  ctx: ArticleContext,
  first: number,
  parsed: Parsed,
  lastCounts: { sentence: number; counts: string } | null,
): Figure | null {
  const { tokens, body } = ctx;
  const numTok = tokens[first];
  const lastNumTok = tokens[parsed.next - 1];
  const word = numTok.text.toLowerCase();
  const digits = /^\d/.test(word);
  const before = body[numTok.start - 1] ?? '';
  const afterChar = body[lastNumTok.end] ?? '';
  if (digits && (/[/:#\d]/.test(before) || /[/:\p{L}]/u.test(afterChar))) return null;
  const prevWord = tokens[first - 1]?.text.toLowerCase() ?? '';
  if (digits && parsed.next === first + 1 && /^(1[89]|20)\d\d$/.test(word) && yearContext(prevWord, tokens[parsed.next]?.text ?? '')) return null;
  const nextWord = tokens[parsed.next]?.text.toLowerCase() ?? '';
  if (MONTHS.has(prevWord.replace(/\.$/, '')) || MONTHS.has(nextWord.replace(/\.$/, '')) || (nextWord === 'of' && MONTHS.has(tokens[parsed.next + 1]?.text.toLowerCase() ?? ''))) return null;

  let start = numTok.start;
  let unit: string | null = null;
  if (CURRENCY_SIGNS[before]) {
    unit = CURRENCY_SIGNS[before];
    start -= 1;
  }
  const prev2 = `${tokens[first - 2]?.text.toLowerCase()} ${prevWord}`;
  if (QUALIFIER_PAIRS.has(prev2)) start = tokens[first - 2].start;
  else if (QUALIFIERS.has(prevWord)) start = tokens[first - 1].start;

  let end = lastNumTok.end;
  let k = parsed.next;
  if (afterChar === '%') {
    unit = '%';
    end += 1;
  } else if (nextWord === 'per' && tokens[k + 1]?.text.toLowerCase() === 'cent') {
    unit = '%';
    end = tokens[k + 1].end;
    k += 2;
  } else if (UNITS[nextWord] && adjacent(body, lastNumTok, tokens[k])) {
    unit = unit ?? UNITS[nextWord];
    end = tokens[k].end;
    k += 1;
  }
  if (word === 'one' && parsed.next === first + 1 && !unit) return null;
  if (!digits && parsed.value === 0) return null;

  // A measure ("20 kilometers", "40 percent", "$2 billion") counts nothing itself.
  const counted = unit ? null : countedThing(ctx, k, end);
  let counts = counted?.counts ?? null;
  if (counted) end = counted.end;
  const si = sentenceIndexAt(ctx, start);
  const following = tokens[k]?.text.toLowerCase() ?? '';
  if (!counts && INHERIT_COUNT.has(following) && lastCounts?.sentence === si) counts = lastCounts.counts;
  return {
    article: ctx.articleId,
    value: parsed.value,
    unit,
    counts,
    place: placeAfter(ctx, end, si),
    text: body.slice(start, end),
    span: [start, end],
  };
}

const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'from', 'of', 'the', 'early', 'late', 'mid', 'before', 'after', 'during', 'to', 'and', 'or', 'between', 'through', 'spring', 'summer', 'autumn', 'winter', 'fall']);

/** "in 2019", "the 2018 elections", "2017." are years; "1850 families" is a count. */
function yearContext(prevWord: string, nextWord: string): boolean {
  return YEAR_LEADS.has(prevWord) || MONTHS.has(prevWord.replace(/\.$/, '')) || !/^\p{Ll}+s$/u.test(nextWord) || prevWord === '';
}

function adjacent(body: string, a: Token, b: Token | undefined): boolean {
  return !!b && /^[\s\u00a0-]*$/.test(body.slice(a.end, b.start));
}

/** "300 of these fighters", "40 people", "12 airstrikes": up to three words, participles trimmed. */
function countedThing(ctx: ArticleContext, k: number, from: number): { counts: string; end: number } | null {
  const { tokens, body } = ctx;
  let j = k;
  let edge = from;
  if (tokens[j]?.text.toLowerCase() === 'of' && /^(the|these|those|them|its|their|his|her)$/i.test(tokens[j + 1]?.text ?? '')) {
    if (tokens[j + 1].text.toLowerCase() === 'them') return null;
    edge = tokens[j + 1].end;
    j += 2;
  }
  const words: Token[] = [];
  while (j < tokens.length && words.length < 3) {
    const t = tokens[j];
    const w = t.text.toLowerCase();
    if (!/^[\s\u00a0]+$/.test(body.slice(edge, t.start))) break;
    if (FUNCTION_WORDS.has(w) || PREPOSITIONS.has(w) || COUNT_STOPS.has(w) || /^\d/.test(w) || isNumberWord(w) || UNITS[w]) break;
    words.push(t);
    edge = t.end;
    j++;
  }
  while (words.length > 1 && /(ed|ing)$/.test(words[words.length - 1].text)) words.pop();
  if (words.length === 0 || /(ed|ing|ly)$/.test(words[0].text) && words.length === 1) return null;
  return { counts: words.map((t) => t.text).join(' '), end: words[words.length - 1].end };
}

/** The first place named after the figure in its sentence, within a short distance. */
function placeAfter(ctx: ArticleContext, from: number, si: number): string | null {
  const limit = Math.min(ctx.sentences[si][1], from + 80);
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.span[0] < from) continue;
    if (m.span[0] >= limit) break;
    const between = ctx.body.slice(from, m.span[0]);
    if (/\d/.test(between)) break;
    const e = ctx.entities[ctx.entityOf[i]];
    if (e.type === 'place') return e.name;
  }
  return null;
}
