// Match scores: "beat Castel 4-2", "un 4-1 ante Castel", "gewann 4:2", "победил со счётом 4:1". The
// number scan reads "4-2" as two bare numbers, which count nothing and are compared with nothing;
// a score is one figure, so two outlets giving 4-2 and 4-1 for the match are seen to disagree.
import type { Figure } from '../types.js';
import { sentenceIndexAt, type ArticleContext } from './context.js';

/** Two goal counts joined by a dash or a colon, not part of a longer number, date, time or range. */
const SCORE_RE = /(?<![\p{L}\p{N}.,:/–-])(\d{1,2}) ?([-–:]) ?(\d{1,2})(?![\p{N}.,:/–-]|[ \u00a0]?(?:h\b|uhr\b|a\.m\.|p\.m\.|am\b|pm\b|%|per|prozent|por|pour))/giu;
/** "at 12:15", "um 9:10", "à 11:05", "a las 9:10", "в 12:15": a time of day, not a score. */
const TIME_LEAD = /(?:^|[^\p{L}])(?:at|by|from|until|till|around|um|gegen|bis|ab|à|vers|a las|a la|hasta|desde|в|до|к|с)\s+$/iu;
/** A match minute or a lead right before a score: "(18e, 1-0)", "(65', 4-1)", "led 2-1", "un avantage de 2-1". */
const RUNNING_BEFORE =
  /(?:\b\d{1,3}(?:e|'|’|º|th|st|nd|rd|\.)?\s*(?:min(?:ute)?\.?)?\s*[,;]\s*|(?:half-?time|at the break|led|leading|lead of|pause|mi-temps|avantage de|descanso|ventaja de|halbzeit|führte|führung von|перерыв[ае]?|вели)\s+)$/iu;
/** A half-time score said after it: "2-1 at half-time", "2-1 à la pause", "2-1 al descanso", "2:1 zur Pause". */
const RUNNING_AFTER = /^\s*(?:at (?:half-?time|the break)|à la (?:pause|mi-temps)|al descanso|zur (?:pause|halbzeit)|в перерыве)/iu;
/** Words of a match result in the sentence: a dash between two small numbers there is a score. */
const MATCH_WORDS =
  /(?<![\p{L}])(?:beat|beats|beaten|won|wins?|winning|lost|lose|loses|defeat(?:ed|s)?|drew|draw|victory|score|scored|final|match|game|goals?|derby|ganó|gana|ganaron|venció|vence|victoria|derrota|empate|empató|goleada|partido|gol(?:es)?|marcador|gagné|gagne|battu|bat|victoire|défaite|s'impose|remporté?|buts?|finale|gewann|gewinnt|gewonnen|besiegt|schlägt|schlug|sieg|niederlage|spiel|tore?|endstand|победил[аи]?|обыграл[аи]?|победа|победу|поражение|счётом|счетом|матч[ае]?|финал[ае]?|выиграл[аи]?|проиграл[аи]?|ничья)(?![\p{L}])/iu;

/**
 * Adds each score in a sentence about a match, in place of the bare numbers the scan read in it.
 * Its value holds both sides, larger first (outlets write the winner or the home side first):
 * 4-2 is 4002, and 2-4 is the same result.
 */
export function withScores(ctx: ArticleContext, figures: Figure[]): Figure[] {
  const scores: Figure[] = [];
  SCORE_RE.lastIndex = 0;
  for (let m = SCORE_RE.exec(ctx.body); m; m = SCORE_RE.exec(ctx.body)) {
    const [start, end] = [m.index, m.index + m[0].length];
    const [a, b] = [Number(m[1]), Number(m[3])];
    // "10:30" is a time; a colon score keeps both sides small.
    if (m[2] === ':' && ((m[3].length === 2 && m[3].startsWith('0')) || Math.max(a, b) > 15 || TIME_LEAD.test(ctx.body.slice(Math.max(0, start - 12), start)))) continue;
    // "(18e, 1-0)", "led 2-1 at half-time": the score at a moment of the match, not its result.
    if (RUNNING_BEFORE.test(ctx.body.slice(Math.max(0, start - 40), start)) || RUNNING_AFTER.test(ctx.body.slice(end, end + 30))) continue;
    const [from, to] = ctx.sentences[sentenceIndexAt(ctx, start)] ?? [start, end];
    if (!MATCH_WORDS.test(ctx.body.slice(from, to))) continue;
    const [hi, lo] = a >= b ? [a, b] : [b, a];
    scores.push({ article: ctx.articleId, value: hi * 1000 + lo, unit: 'score', counts: null, place: null, text: m[0], span: [start, end] });
  }
  if (!scores.length) return figures;
  const kept = figures.filter((f) => !scores.some((s) => f.span[0] < s.span[1] && f.span[1] > s.span[0]));
  return [...kept, ...scores].sort((x, y) => x.span[0] - y.span[0]);
}
