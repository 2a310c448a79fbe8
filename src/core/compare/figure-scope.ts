// What part of a counted thing a figure counts. Two counts of one noun are one quantity only when
// they count the same set: "two of the ships", "another 40", "including 14", "four goals to two" and the first
// item of "two charges of fraud and one of bribery" are parts, never a total; "France scored four
// goals" is France's, which a total ("six goals in the match") is not; "Russian ships" are not
// "Ukrainian ships". The comparison (figures.ts) keeps figures apart where these differ.
import type { Lexicon } from '../extract/lang/index.js';
import { stem } from '../stories/index.js';
import type { Figure } from '../types.js';
import { agrees } from './figure-verdict.js';
import { predicateOf, stateOf } from './figure-states.js';
import type { SentenceUnit } from './units.js';

/** A name the text gives, canonical, where it starts and ends in the text, and its entity type. */
export interface Mention {
  name: string;
  at: number;
  end?: number;
  type: string | undefined;
}

export interface Scope {
  /** A part of the counted set, which no other article's count of the set is compared with. */
  part: boolean;
  /** The text says the count is the whole ("in total", "in the match"). */
  total: boolean;
  /** The text says the count is all of the set: "all 12 boys", "los 12 niños y su entrenador" (a count joined to a companion). */
  all?: boolean;
  /** Whose count it is: the name it is given for as the subject of its clause ("France scored 4 goals"). */
  holder: string | null;
  /**
   * Whose count the text gives it as: the named source it is attributed to ("the Northshire Fire
   * Service said"), set by the comparison (figures.ts); a ministry's count and a rescue service's are two.
   */
  source?: string | null;
  /** Words that narrow the counted noun ("Ukrainian", "Navy", and "fraud" in "charges of fraud"), folded. */
  qualifiers: string[];
}

/** "another 40", "weitere 40", "otros 40": more of something already counted. */
const MORE_BEFORE = new Set(['another', 'other', 'further', 'additional', 'otro', 'otra', 'otros', 'otras', 'autre', 'autres', 'weitere', 'weiteren', 'weiterer', 'altri', 'altre', 'altro', 'altra', 'outro', 'outra', 'outros', 'outras']);
/**
 * "the first eight boys", "the last four", "los primeros cuatro", "les derniers quatre", "die ersten
 * vier": a batch of a set counted in turns (rescued, released, evacuated), not the set's total.
 */
const BATCH_BEFORE = new Set(['first', 'last', 'remaining', 'primeros', 'primeras', 'últimos', 'últimas', 'restantes', 'premiers', 'premières', 'derniers', 'dernières', 'ersten', 'letzten', 'restlichen', 'übrigen', 'primi', 'prime', 'ultimi', 'ultime', 'primeiros', 'primeiras', 'últimos', 'первые', 'последние', 'остальные']);
/** "all 12 boys", "todos los 12", "tous les 12", "alle 12", "все 12": the whole set. */
const ALL_BEFORE = /(?:^|[^\p{L}])(?:all|all the|todos|todas|todos los|todas las|tous|toutes|tous les|toutes les|alle|alle der|все|tutti|tutte|tutti i|tutte le)\s+$/iu;
/** "40 more", "40 others", "40 de plus", "40 in più", "40 más", "40 mais". */
const MORE_AFTER = /^\s+(?:more|others?|additional|más|mais|de plus|in più|weitere)\b/iu;
/** "two of the ships", "dos de los barcos", "trois des navires", "tre delle navi": a part of a set named. */
const OF_THE = /(?:^|\s)(?:(?:of|de|di|da|von)\s+(?:the|these|those|its|their|our|them|los|las|sus|estos|estas|les|ces|leurs|nos|eux|elles|ellos|ellas|i|gli|le|loro|os|as|seus|suas|den|der|die|ihnen)|des|dei|degli|delle|dos|das|del|d['’]entre)\s*$/iu;
/** A side of a score or a vote: "four goals to two", "cuatro goles a dos", "52 votes to 48". */
const SCORE_SIDE = /^\s+(?:to|a|à|zu|contra|against)\s+([\p{L}\p{N}]+)/iu;
/** "including 14", "among them 14", "dont 14", "darunter 14", "в том числе 14": a part of a set named before it. */
const INCLUDED_BEFORE =
  /(?:^|[^\p{L}])(?:including|among them|among whom|of whom|of which|incluidos|incluidas|incluyendo|entre ellos|entre ellas|de ellos|de los cuales|dont|parmi eux|parmi lesquels|parmi elles|darunter|davon|в том числе|из них|включая)\s+$/iu;
/** An enumeration going on with the same noun: "two charges of fraud and one of bribery". */
const SIBLING = /^[^.;:!?]{0,80}?\s(?:and|y|e|et|und|ed|plus)\s+([\p{L}\p{N}]+)\s+(?:of|de|d['’]|di|von|du)\s/iu;
/** The count is the whole: "in total", "in the match", "au total", "insgesamt", "en el partido". */
const TOTAL_AFTER =
  /^[^.;:!?,]{0,40}?\b(?:in total|in all|overall|altogether|combined|in the (?:match|game|final|tie|race|vote)|en total|au total|en tout|dans (?:le|la) (?:match|finale|rencontre)|insgesamt|im (?:spiel|finale)|in totale|in tutto|nel(?:la)? (?:partita|finale)|no total|ao todo|en (?:el|la) (?:partido|final|encuentro)|no (?:jogo|partida))\b/iu;
const TOTAL_BEFORE = /\b(?:a total of|un total de|insgesamt|in totale|um total de|en total|au total)\s*$/iu;
/** The words around the figure's number and counted noun that join a narrowing complement: "charges of fraud". */
const COMPLEMENT = /^\s+(?:of|for|de|du|des|di|del|della|von|für|por|pour|per)\s+([\p{L}-]+)/iu;
/** Between a holder and its count only its verb (or a possessive) stands: "France scored", "France's". */
const HOLDER_GAP = /^(?:['’]s?)?\s+(?:([\p{L}-]+)\s+)?$/u;

const isNumber = (lex: Lexicon, w: string): boolean => /^\d/.test(w) || lex.numbers.has(w.toLowerCase());

/** The scope of one figure in its sentence; `counted` is the folded counted phrase ("coastguard patrol boat"). */
export function scopeOf(f: Figure, s: SentenceUnit, names: (text: string) => Mention[], lex: Lexicon, counted: string | null): Scope {
  const from = f.span[0] - s.start;
  const to = f.span[1] - s.start;
  const before = s.text.slice(0, from);
  const after = s.text.slice(to);
  const lead = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  const own = f.text.toLowerCase();
  // The figure's own text may start with its qualifier ("another 40") and hold "of the" before its noun.
  const firstWord = /^[\p{L}]+/u.exec(own)?.[0] ?? '';
  const beforeNoun = f.counts ? own.slice(0, Math.max(0, own.lastIndexOf(f.counts.toLowerCase()))) : '';
  const score = SCORE_SIDE.exec(after);
  const sibling = SIBLING.exec(after);
  const part =
    MORE_BEFORE.has(lead) ||
    MORE_BEFORE.has(firstWord) ||
    BATCH_BEFORE.has(lead) ||
    MORE_AFTER.test(after) ||
    INCLUDED_BEFORE.test(before) ||
    OF_THE.test(beforeNoun) ||
    (score !== null && isNumber(lex, score[1])) ||
    (sibling !== null && isNumber(lex, sibling[1]));
  const total = TOTAL_AFTER.test(after) || TOTAL_BEFORE.test(before);
  return { part, total, all: ALL_BEFORE.test(before), holder: holderOf(s, from, before, names, lex), qualifiers: qualifiersOf(counted, after, lex) };
}

/** The person, organisation or place a count is given for as the subject of its clause. */
function holderOf(s: SentenceUnit, from: number, before: string, names: (text: string) => Mention[], lex: Lexicon): string | null {
  const candidates = names(s.text).filter((m) => m.end !== undefined && m.end <= from);
  const m = candidates[candidates.length - 1];
  if (!m) return null;
  const gap = HOLDER_GAP.exec(before.slice(m.end));
  if (!gap) return null;
  const verb = gap[1]?.toLowerCase();
  if (verb && (lex.speechVerbs.has(verb) || lex.prepositions.has(verb) || lex.functionWords.has(verb))) return null;
  // "floods in Dunwick killed 40": a name after a preposition is where, not whose.
  const prev = /([\p{L}]+)\s*$/u.exec(before.slice(0, m.at))?.[1]?.toLowerCase() ?? '';
  return lex.prepositions.has(prev) ? null : m.name;
}

function qualifiersOf(counted: string | null, after: string, lex: Lexicon): string[] {
  const out: string[] = [];
  const words = counted ? counted.split(/\s+/) : [];
  // A state word ("two injured workers") is the count's state, kept in its counted thing, not here.
  for (const w of words.slice(0, -1)) if (!lex.functionWords.has(w) && !stateOf(w)) out.push(VERBAL.test(w) ? `~${stem(w)}` : stem(w));
  const complement = COMPLEMENT.exec(after)?.[1]?.toLowerCase();
  if (complement && !lex.functionWords.has(complement) && !lex.determiners.has(complement) && !isNumber(lex, complement)) out.push(stem(complement));
  // "three passengers who had paid", "drei Passagiere, die bezahlt hatten": a relative clause narrows
  // the set to those it says something of (a state it names is the count's state, read elsewhere).
  const relative = (lex.language === 'de' ? RELATIVE_DE : RELATIVE).exec(after);
  const predicate = relative ? predicateOf(after.slice(relative[0].length), '', lex) : null;
  if (predicate && !stateOf(predicate.word)) out.push(`~${predicate.key}`);
  return out;
}

/**
 * A participle before the noun narrows it to those doing or done something: "paying", "stranded",
 * "fee-paying", "zahlenden", "geretteten" (a noun or a nationality before it names the kind instead).
 */
const VERBAL = /^[\p{L}-]{2,}(?:ing|ed)$|^\p{L}{3,}ende[nrs]?$|^ge\p{L}{3,}(?:t|en)(?:e|en|er|es)$/u;
/** A restrictive relative right after the counted noun; English sets a non-restrictive one off by a comma. */
const RELATIVE = /^\s+(?:who|that|which|qui|quienes|che|que|которые|которых)\s/iu;
/** German sets every relative off by a comma: "drei Passagiere, die bezahlt hatten". */
const RELATIVE_DE = /^\s*,\s*(?:die|der|welche)\s/iu;

interface Scoped {
  scope: Scope;
  label: string;
  figure: Figure;
}

/**
 * Splits one quantity by whose count each figure is: counts of two holders are two quantities, and
 * a total is never one holder's count. A count with neither joins the quantity's one holder.
 */
export function byHolder<T extends Scoped>(list: T[]): T[][] {
  return byWhose(list, (p) => p.scope.holder, (p) => p.scope.total);
}

/**
 * Splits one quantity by the named source each figure is attributed to: a ministry's toll and a
 * rescue service's, one country's count and another's, are not one count disputed. A count with
 * no named source joins the quantity's one source.
 */
export function bySource<T extends Scoped>(list: T[]): T[][] {
  return byWhose(list, (p) => p.scope.source ?? null, () => false);
}

function byWhose<T extends Scoped>(list: T[], whose: (p: T) => string | null, total: (p: T) => boolean): T[][] {
  const holders = [...new Set(list.flatMap((p) => (whose(p) ? [whose(p)!] : [])))];
  if (!holders.length) return [list];
  const free = list.filter((p) => !whose(p));
  if (holders.length === 1 && !free.some(total)) return [list];
  for (const p of list) if (whose(p)) p.label = `${p.label} (${whose(p)})`;
  return [...holders.map((h) => list.filter((p) => whose(p) === h)), free].filter((l) => l.length);
}

/**
 * Splits one quantity by what narrows its noun: "Ostrian ships" and "Velmar ships" are two,
 * "Velmar navy ships" and "Velmar ships" one. A broader count (or one with no narrowing word)
 * joins the one narrower set that fits it. A verb narrowing the noun ("three paying passengers",
 * "passengers who had paid") makes the narrower set a part of the broader one, not a name for it:
 * a broader count joins it only when its values agree with the set's, else it may be the whole.
 */
export function byQualifier<T extends Scoped>(list: T[]): T[][] {
  if (!list.some((p) => p.scope.qualifiers.length)) return [list];
  const keyOf = (p: T) => [...new Set(p.scope.qualifiers)].sort().join(' ');
  const sets = new Map<string, T[]>();
  for (const p of list) (sets.get(keyOf(p)) ?? sets.set(keyOf(p), []).get(keyOf(p))!).push(p);
  const words = (k: string) => (k ? k.split(' ') : []);
  const within = (a: string, b: string) => words(a).every((w) => words(b).includes(w));
  // Narrowest first, so a broad count meets the sets the narrower ones merged into.
  const keys = [...sets.keys()].sort((a, b) => words(b).length - words(a).length);
  const out = new Map<string, T[]>();
  for (const k of keys) out.set(k, [...sets.get(k)!]);
  for (const k of keys) {
    const narrower = keys.filter((n) => n !== k && within(k, n) && out.has(n));
    if (narrower.length !== 1) continue;
    const [n] = narrower;
    const mine = out.get(k)!;
    const part = words(n).some((w) => !words(k).includes(w) && w.startsWith('~'));
    if (part && !mine.every((p) => out.get(n)!.some((q) => agrees(p.figure, q.figure)))) continue;
    out.get(n)!.push(...mine);
    out.delete(k);
  }
  return [...out.values()];
}

interface Counted {
  scope: Scope;
  figure: Figure;
  thing: string | null;
  place: string | null;
  date: string | null;
}

/**
 * One article giving several values of one counted thing may give its whole and parts of it:
 * "93 killed in one church" beside "207 killed", "the first eight boys" beside "all 12 boys and their
 * coach". A smaller value is marked a part (no other article's total is set against it) when the
 * article's larger value is said to be the whole ("all", "in total", the set joined to a companion)
 * or is given for no place beside it for one, and the two state no different places or days; two
 * values with neither are two reports of the set (a count and its update, or two sources' counts).
 */
export function markPartsOfArticle<T extends Counted>(list: T[]): void {
  const byArticle = new Map<string, T[]>();
  for (const p of list) {
    if (!p.thing || p.figure.unit === 'score') continue;
    // "boys + coach" holds the boys: its count is the boys' whole too.
    const head = p.thing.split('+')[0];
    const key = [p.figure.article, p.figure.unit ?? '', head, p.scope.holder ?? '', p.scope.qualifiers.join(' ')].join('|');
    (byArticle.get(key) ?? byArticle.set(key, []).get(key)!).push(p);
  }
  const open = (a: string | null, b: string | null) => !a || !b || a === b;
  // The larger is the whole when the text says so (all of the set, a total, the set and a companion)
  // or it is given for no place beside a count for one; else two values are two reports of the set
  // (an old count and its update, or two sources' counts).
  const whole = (q: T, p: T) => !!q.scope.all || q.scope.total || !!q.thing?.includes('+') || (!!p.place && !q.place);
  for (const same of byArticle.values())
    for (const p of same) if (same.some((q) => q.figure.value > p.figure.value && whole(q, p) && open(q.place, p.place) && open(q.date, p.date))) p.scope.part = true;
}
