// Figures: numbers in digits or words ("120", "half a million", "some 2 million", "five and a
// half years") with their unit, what they count and, when the sentence says, where.
import type { Figure } from '../types.js';
import { sentenceIndexAt, type ArticleContext } from './context.js';
import type { Lexicon } from './lang/index.js';
import { changedThing, measuredAfter, measuredBefore, minuteOf } from './figure-measured.js';
import { isNumberWord, parseNumber, type Parsed } from './numbers.js';
import { withScores } from './scores.js';
import type { Token } from './text.js';

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB' };

const QUALIFIERS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'over', 'under', 'only', 'just', 'barely', 'another']);
const QUALIFIER_PAIRS = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'close to', 'as many as', 'as few as']);
const COUNT_STOPS = new Set(['more', 'less', 'fewer', 'others', 'other', 'additional', 'than', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'could', 'per', 'each', 'times', 'ago', 'percent', 'cent', 'and', 'or']);
/** Particles of a phrasal verb end a counted phrase: "to get the 13 out", "eight boys brought out". */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'home', 'alive', 'safe', 'inside', 'outside']);
const INHERIT_COUNT = new Set(['more', 'others', 'other', 'additional']);
/** Words between a scale and its unit: "4 millones de euros", "300 millions d'euros". */
const UNIT_LINKS = new Set(['de', 'di', 'of']);

/** Extracts figures from the article. */
export function findFigures(ctx: ArticleContext): Figure[] {
  const { tokens, body, lex } = ctx;
  const out: Figure[] = [];
  let lastCounts: { sentence: number; counts: string } | null = null;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const w = t.lower;
    const startsNumber = /^\d/.test(w) || (isNumberWord(lex, w) && w !== 'a') || ((w === 'half' || w === 'a') && isNumberWord(lex, tokens[i + 1]?.lower ?? ''));
    if (!startsNumber) {
      i++;
      continue;
    }
    const parsed = parseNumber(lex, tokens, i, body);
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
  return withScores(ctx, withMatchMinutes(ctx, out));
}

// Match reports give the minute of a goal as an ordinal: "18th min", "(19e)", "(19')", "M.39:".
const MINUTE_RE = /\b(\d{1,3})(?:st|nd|rd|th|e|º)\s+min(?:ute)?\b|\((\d{1,3})(?:e|'|’|º|\.)\)|\bM(?:in)?\.\s?(\d{1,3})(?=[:\s])/gu;

/** Adds the match minutes the number scan leaves out (an ordinal or a glued letter is no count). */
function withMatchMinutes(ctx: ArticleContext, figures: Figure[]): Figure[] {
  const added: Figure[] = [];
  MINUTE_RE.lastIndex = 0;
  for (let m = MINUTE_RE.exec(ctx.body); m; m = MINUTE_RE.exec(ctx.body)) {
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((f) => f.span[0] < end && f.span[1] > start)) continue;
    const value = Number(m[1] ?? m[2] ?? m[3]);
    if (value > 130) continue;
    added.push({ article: ctx.articleId, value, unit: 'minute', counts: minuteOf(ctx, start, end), place: null, text: m[0], span: [start, end] });
  }
  return added.length ? [...figures, ...added].sort((a, b) => a.span[0] - b.span[0]) : figures;
}

function describe(
  ctx: ArticleContext,
  first: number,
  parsed: Parsed,
  lastCounts: { sentence: number; counts: string } | null,
): Figure | null {
  const { tokens, body, lex } = ctx;
  const numTok = tokens[first];
  const lastNumTok = tokens[parsed.next - 1];
  const word = numTok.lower;
  const digits = /^\d/.test(word);
  const before = body[numTok.start - 1] ?? '';
  let value = parsed.value;
  let next = parsed.next;
  // "$32m", "€1.5bn": a scale letter glued to the digits; "a 93m spire", "93m tall": metres.
  const glued = tokens[next];
  let metres = false;
  const hyphenedLength = /^m-\p{L}/u.test(glued?.text ?? '') && LENGTH_AFTER.has(glued.lower.slice(2));
  if (digits && glued && glued.start === lastNumTok.end && (SCALE_SUFFIXES[glued.lower] || hyphenedLength) && !/\p{L}/u.test(body[glued.end] ?? '')) {
    metres = hyphenedLength || (glued.text === 'm' && gluedMetres(ctx, first, next + 1, !!CURRENCY_SIGNS[before]));
    if (!metres) value *= SCALE_SUFFIXES[glued.lower]!;
    next += 1;
  }
  const lastTok = tokens[next - 1];
  const afterChar = body[lastTok.end] ?? '';
  if (digits && (/[/:#\d]/.test(before) || /[/:\p{L}]/u.test(afterChar))) return null;
  const prevWord = tokens[first - 1]?.lower ?? '';
  if (digits && next === first + 1 && /^(1[89]|20)\d\d$/.test(word) && yearContext(lex, prevWord, tokens[next]?.text ?? '')) return null;
  // "a Category 4 hurricane", "Level 3", "categoría 5": a rank names a class, it counts nothing.
  if (RANK_WORDS.has(prevWord) && /^[\s\u00a0-]+$/.test(body.slice(tokens[first - 1].end, numTok.start))) return null;
  const nextWord = tokens[next]?.lower ?? '';
  // A day of a month ("9 December", "9. Dezember", "December 9", "le 15 avril", "9 of May").
  const isMonth = (w: string): boolean => lex.months.has(w.replace(/\.$/, ''));
  // "May 23", "Feb. 3": the month right before the day; "In February, 300 guests" is a count.
  const gapBefore = first > 0 ? body.slice(tokens[first - 1].end, numTok.start) : '.';
  const prevInSentence = /^\s+$/.test(gapBefore) || (/^\.\s+$/.test(gapBefore) && lex.abbreviations.has(prevWord));
  if ((prevInSentence && isMonth(prevWord)) || isMonth(nextWord) || ((nextWord === 'of' || nextWord === 'de') && isMonth(tokens[next + 1]?.lower ?? ''))) return null;

  let start = numTok.start;
  let unit: string | null = metres ? 'm' : null;
  if (CURRENCY_SIGNS[before]) {
    unit = CURRENCY_SIGNS[before];
    start -= 1;
  }
  // "about 9,000", "plus de 500", "rund 1.800": the figure is an estimate or a bound, and its text
  // says so (the comparison gives it a rounding tolerance); "only 40", "another 40" are exact.
  const approximator = lex.approximatorBefore.exec(body.slice(Math.max(0, start - 40), start));
  const prev2 = `${tokens[first - 2]?.lower} ${prevWord}`;
  if (approximator) start -= approximator[0].length;
  else if (QUALIFIER_PAIRS.has(prev2)) start = tokens[first - 2].start;
  else if (QUALIFIERS.has(prevWord)) start = tokens[first - 1].start;

  let end = lastTok.end;
  let k = next;
  const sign = /^[\s\u00a0\u202f]?([%€$£¥₽])/.exec(body.slice(end, end + 2));
  const phrase = lex.unitPhrases.get(nextWord)?.find((p) => p.second === tokens[k + 1]?.lower);
  if (sign) {
    unit = sign[1] === '%' ? '%' : CURRENCY_SIGNS[sign[1]]!;
    end += sign[0].length;
  } else if (phrase && adjacent(body, lastTok, tokens[k])) {
    unit = phrase.unit;
    end = tokens[k + 1].end;
    k += 2;
  } else {
    // "4 millones de euros", "300 millions d'euros", "25 Millionen Euro", "6 Prozent".
    const linked = UNIT_LINKS.has(nextWord) ? k + 1 : k;
    const unitWord = (tokens[linked]?.lower ?? '').replace(/^d['’]/, '');
    const code = lex.units.get(unitWord);
    // "93m de euros": a glued scale letter is a scale too.
    const afterScale = linked === k || lex.scales.has(tokens[k - 1].lower) || (!metres && k - 1 > first && SCALE_SUFFIXES[tokens[k - 1].lower] !== undefined);
    if (code && afterScale && adjacent(body, tokens[linked - 1], tokens[linked])) {
      unit = unit ?? code;
      end = tokens[linked].end;
      k = linked + 1;
    }
  }
  // "one", "un", "eine": an article as often as a number.
  if (!digits && value === 1 && next === first + 1 && !unit) return null;
  if (!digits && value === 0) return null;

  // A measure ("20 kilometers", "40 percent", "$2 billion") counts nothing itself: it says what
  // it measures beside it ("40 percent of the shares"), which its text does not take in.
  // "4,2 millions de couronnes", "1,2 millones de pasajeros": after a scale, its link word leads to what is counted.
  const linkedCount = !unit && (tokens[k]?.lower === 'de' || tokens[k]?.lower === 'di') && lex.scales.has(tokens[k - 1]?.lower ?? '') && adjacent(body, tokens[k - 1], tokens[k]);
  const counted = unit ? null : linkedCount ? countedThing(ctx, k + 1, tokens[k].end) : countedThing(ctx, k, end);
  let counts = counted?.counts ?? (unit ? (measuredAfter(ctx, k, end, unit, countedThing) ?? measuredBefore(ctx, first) ?? (unit === '%' ? changedThing(ctx, start, countedThing) : null)) : null);
  if (counted) end = counted.end;
  const si = sentenceIndexAt(ctx, start);
  const following = tokens[k]?.lower ?? '';
  // "40 more", "los otros 17": more of what the sentence counted just before.
  const more = INHERIT_COUNT.has(following) || (!unit && lex.otherWords.has(prevWord));
  if (!counts && more && lastCounts?.sentence === si) counts = lastCounts.counts;
  return {
    article: ctx.articleId,
    value,
    unit,
    counts,
    place: placeAfter(ctx, end, si),
    text: body.slice(start, end),
    span: [start, end],
    ...(approximator ? { approximate: true as const } : {}),
  };
}

const SCALE_SUFFIXES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9 });

/** Words right after a length that say it is one: "93m tall", "93m-high", "93m hoch", "93m de haut". */
const LENGTH_AFTER = new Set(['tall', 'high', 'long', 'wide', 'deep', 'above', 'below', 'hoch', 'lang', 'breit', 'tief', 'haut', 'haute', 'large', 'profond', 'alto', 'alta', 'largo', 'larga', 'ancho', 'ancha', 'profundo', 'lungo', 'lunga', 'comprido', 'comprida', 'de']);
/** Words shortly before a length that say it is one: "a height of 93m", "measuring 93m", "Höhe von 93m". */
const LENGTH_BEFORE = new Set(['high', 'haut', 'haute', 'hoch', 'height', 'length', 'width', 'depth', 'altitude', 'tall', 'measuring', 'measures', 'measured', 'hauteur', 'longueur', 'largeur', 'profondeur', 'höhe', 'länge', 'breite', 'tiefe', 'altura', 'longitud', 'anchura', 'profundidad', 'altezza', 'lunghezza', 'larghezza', 'comprimento', 'largura']);
/** A single thing a sum is often the size of: "a 93m deal" is money without its currency sign. */
const MONEY_NOUNS = new Set(['deal', 'contract', 'fee', 'bid', 'offer', 'loan', 'debt', 'budget', 'fund', 'profit', 'loss', 'revenue', 'sale', 'price', 'cost', 'fine', 'transfer', 'package', 'bonus', 'salary', 'payout', 'settlement', 'investment', 'valuation', 'takeover', 'bill', 'grant', 'award', 'pay', 'payment', 'rise', 'increase', 'cut']);

/**
 * A lowercase "m" glued to digits is a million only for money or a count ("$93m", "93m euros",
 * "93m people"); it is metres when the text measures a length with it: "93m tall", "a height of
 * 93m". English news write millions so, and one thing of that size ("a 93m spire", not "a 93m
 * deal") is a length; news in other languages write a million "M", "Mio." or in words, so there a
 * lowercase "m" is metres unless a counted noun follows ("93m habitants", "93m de personnes").
 */
function gluedMetres(ctx: ArticleContext, first: number, after: number, currencyBefore: boolean): boolean {
  const { tokens, body, lex } = ctx;
  if (currencyBefore) return false;
  const nextTok = tokens[after];
  const adjacentNext = !!nextTok && /^[\s\u00a0-]*$/.test(body.slice(tokens[after - 1].end, nextTok.start));
  const next = adjacentNext ? nextTok.lower : '';
  const afterLink = tokens[after + 1]?.lower ?? '';
  const linked = (UNIT_LINKS.has(next) ? afterLink : next).replace(/^d['’]/, '');
  if (/^[A-Z]{3}$/.test(lex.units.get(linked) ?? '') || /^[\s\u00a0]?[€$£¥₽]/.test(body.slice(tokens[after - 1].end, tokens[after - 1].end + 2))) return false;
  // "93m de haut" (French): "de" is a length only before a length word.
  if (LENGTH_AFTER.has(next) && (next !== 'de' || LENGTH_AFTER.has(afterLink) || LENGTH_BEFORE.has(afterLink))) return true;
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) if (LENGTH_BEFORE.has(tokens[k].lower)) return true;
  if (lex.language !== 'en') return !(/^\p{L}+$/u.test(linked) && !lex.functionWords.has(linked) && !lex.prepositions.has(linked));
  const determiner = tokens[first - 1]?.lower ?? '';
  const singular = /^\p{Ll}+$/u.test(nextTok?.text ?? '') && adjacentNext && !/s$/.test(next) && !PLURALS.has(next) && !MONEY_NOUNS.has(next) && !lex.functionWords.has(next);
  return singular && (DETERMINERS.has(determiner) || /['’]s$/.test(determiner));
}

/** Words before a number that make it a rank or a class, not an amount ("category 4", "Stufe 3", "уровня 2"). */
const RANK_WORDS = new Set(['category', 'cat', 'level', 'grade', 'class', 'tier', 'stage', 'phase', 'kategorie', 'stufe', 'klasse', 'catégorie', 'niveau', 'categoría', 'categoria', 'nivel', 'grado', 'fase', 'livello', 'classe', 'grau', 'категории', 'категория', 'уровня', 'уровень', 'класса']);

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'our']);
/** Counted nouns with no plural -s: "the 93m people" is a count. */
const PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'cattle', 'livestock', 'sheep', 'fish', 'personnel', 'crew']);

const YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'from', 'of', 'the', 'early', 'late', 'mid', 'before', 'after', 'during', 'to', 'and', 'or', 'between', 'through', 'spring', 'summer', 'autumn', 'winter', 'fall']);

/** "in 2019", "the 2018 elections", "2017." are years; "1850 families" is a count. */
function yearContext(lex: Lexicon, prevWord: string, nextWord: string): boolean {
  return (
    YEAR_LEADS.has(prevWord) ||
    lex.months.has(prevWord.replace(/\.$/, '')) ||
    !/^\p{Ll}+s$/u.test(nextWord) ||
    prevWord === ''
  );
}

function adjacent(body: string, a: Token, b: Token | undefined): boolean {
  return !!b && /^[\s\u00a0-]*$/.test(body.slice(a.end, b.start));
}

const AGREEING_PLURALS = new Set(['fr', 'es', 'pt', 'ca']);

/** "300 of these fighters", "40 people", "12 airstrikes": up to three words, participles trimmed. */
function countedThing(ctx: ArticleContext, k: number, from: number): { counts: string; end: number } | null {
  const { tokens, body } = ctx;
  let j = k;
  let edge = from;
  if (tokens[j]?.lower === 'of' && /^(the|these|those|them|its|their|his|her)$/i.test(tokens[j + 1]?.text ?? '')) {
    if (tokens[j + 1].lower === 'them') return null;
    edge = tokens[j + 1].end;
    j += 2;
  }
  const words: Token[] = [];
  while (j < tokens.length && words.length < 3) {
    const t = tokens[j];
    const w = t.lower;
    if (!/^[\s\u00a0]+$/.test(body.slice(edge, t.start))) break;
    // English puts the plural on a noun phrase's last word: after "boys", "brought" is a verb.
    const afterPlural =
      (ctx.lex.language === 'en' && words.length > 0 && /[^s]s$/.test(words[words.length - 1].lower)) ||
      // French, Spanish and Portuguese adjectives agree with a plural noun: after "passagers", a word
      // without the plural's ending is the verb ("1 300 passagers empruntent", "1.800 pasajeros usan").
      (AGREEING_PLURALS.has(ctx.lex.language) && words.length > 0 && /[sx]$/.test(words[words.length - 1].lower) && !/[sx]$/.test(w));
    // German capitalises its nouns: "zwölf Menschen" counts people, though "menschen" is a stopword.
    const noun = ctx.lex.language === 'de' && /^\p{Lu}/u.test(t.text);
    // "los otros 17 optaron": a finite verb's ending ends the counted noun before it.
    const verb = !noun && ctx.lex.verbEndings.some((e) => w.length > e.length + 2 && w.endsWith(e));
    // German puts a noun's adjectives before it: a lowercase word after a noun is a verb ("40 Millionen Euro Einkommen verschwiegen").
    const afterNoun = ctx.lex.nounCapitals && words.length > 0 && !noun && /^\p{Lu}/u.test(words[words.length - 1].text);
    if (afterPlural || afterNoun || verb || PARTICLES.has(w) || (ctx.lex.functionWords.has(w) && !noun) || ctx.lex.prepositions.has(w) || COUNT_STOPS.has(w) || /^\d/.test(w) || isNumberWord(ctx.lex, w) || ctx.lex.units.has(w) || isTimeWord(ctx.lex, w)) break;
    words.push(t);
    edge = t.end;
    j++;
  }
  while (words.length > 1 && /(ed|ing)$/.test(words[words.length - 1].text)) words.pop();
  if (words.length === 0 || /(ed|ing|ly)$/.test(words[0].text) && words.length === 1) return null;
  // "une vingtaine d'enquêteurs": the elided "de" glued to the noun is no part of it.
  let counts = words[0].text.replace(/^d['’](?=\p{L})/iu, '');
  for (let k = 1; k < words.length; k++) counts += ` ${words[k].text}`;
  return { counts, end: words[words.length - 1].end };
}

/**
 * A day or time said after a count ("500 habitants lundi soir", "300 guests Monday night",
 * "200 Gäste Montagabend"): when, not what is counted. A weekday may carry a time of day or a
 * possessive in one token; a month only as a whole word ("mai" starts "maisons").
 */
function isTimeWord(lex: Lexicon, w: string): boolean {
  if (lex.timeWords.has(w) || lex.weekdays.has(w) || lex.months.has(w.replace(/\.$/, ''))) return true;
  for (const day of lex.weekdays) {
    if (!w.startsWith(day)) continue;
    const rest = w.slice(day.length).replace(/^[-'’]/, '');
    if (rest === 's' || lex.timeWords.has(rest)) return true;
  }
  return false;
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
