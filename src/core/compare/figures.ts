// Figures of a story grouped into quantities. Two figures are values of one quantity when they
// count the same thing (plural and synonym forms folded: "vessels" and "ships"), in the same unit,
// in the same state ("killed" is not "displaced"; "muertos" is "killed"; people no state names are
// counted for what their clause says of them: those sought are not those pulled out), of the same set
// ("passengers" is not "passengers and crew", "paying passengers" may be a part of "passengers"), for
// the same place, holder and named source. Whether its values disagree, changed over time or agree
// is decided once, in figure-verdict.ts.
import { lexiconFor, type Lexicon } from '../extract/lang/index.js';
import { stem } from '../stories/index.js';
import type { Figure, FigureGroup, Flag, Story } from '../types.js';
import { eventDates } from './event-dates.js';
import { byHolder, byQualifier, bySource, markPartsOfArticle, scopeOf, type Mention } from './figure-scope.js';
import { isGrowing, isUpdate, predicateOf, stateAfter, stateBefore, stateOf } from './figure-states.js';
import { figureGroup, type Placed } from './figure-verdict.js';
import type { ArticleUnits, SentenceUnit } from './units.js';

/** Words that name one thing counted under another name. */
const SYNONYMS = new Map<string, string>([
  ['vessel', 'ship'],
  ['persons', 'people'],
  ['person', 'people'],
  ['individual', 'people'],
  // People counted in another language are one set: a toll in French and in English is one quantity.
  ...['personne', 'personnes', 'persona', 'personas', 'menschen', 'mensch', 'pessoas', 'persone', 'человек', 'человека', 'людей'].map((w): [string, string] => [w, 'people']),
  ['deal', 'contract'],
  ['agreement', 'contract'],
]);
/** A vague count names the thing a bare number later counts ("dozens of cargo ships ... about 45"). */
const VAGUE_COUNT = /\b(?:dozens|scores|hundreds|thousands|millions|number|handful|several|many)\s+of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/giu;
/** Values further apart than this factor are different quantities, not one quantity disputed. */
const MAX_RATIO = 3;
/**
 * A toll of one event is one quantity up to a factor of ten: 40 and 400 injured on one day is the
 * classic misreport (a zero added or dropped), not two sets of injured.
 */
const TOLL_RATIO = 10;

/**
 * Groups a story's figures into quantities, and flags every article of a quantity that
 * independent articles give different values for (the flag names the quantity and the values).
 * `rootOf` maps a copy to the article it copies; `published` gives each article's date.
 */
export function compareFigures(
  story: Pick<Story, 'id'>,
  units: ArticleUnits[],
  rootOf: (article: string) => string,
  names: (text: string) => Mention[] = () => [],
): { groups: FigureGroup[]; flags: Flag[] } {
  const places = (text: string) => names(text).filter((m) => m.type === 'place');
  const placed: Placed[] = [];
  for (const u of units) {
    const ref = u.article.published ? new Date(`${u.article.published.slice(0, 10)}T12:00:00Z`) : null;
    for (const s of u.sentences) {
      if (!s.figures.length) continue;
      const update = isUpdate(s.text);
      const dates = ref ? eventDates(s.text, ref, u.article.language ?? null).filter((d) => d.length === 10) : [];
      const lex = lexiconFor(u.article.language);
      for (const figure of s.figures) {
        const { thing, label, counted, state } = thingOf(figure, s, names, lex);
        // "boys + coach": the words narrowing the count are its own noun phrase's, not the joined noun.
        const scope = scopeOf(figure, s, names, lex, counted?.split(' + ')[0] ?? null);
        scope.source = sourceHolder(s, names, u.article.outlet);
        // "Varnholm beat Castel 4-2": the score is the match's, not the side named before it.
        if (figure.unit === 'score') scope.holder = null;
        const growing = isGrowing(state ?? null);
        placed.push({ figure, root: rootOf(figure.article), date: dates.length === 1 ? dates[0] : null, thing, label, at: u.article.published ?? '\uffff', place: placeOf(figure, s, places), scope, growing, ...(update ? { update } : {}) });
      }
    }
  }
  // An article giving several scores recounts several matches (a tournament's road to its final):
  // which is this match's result it does not say, so none of them is compared with another article's.
  for (const p of placed) {
    if (p.figure.unit !== 'score') continue;
    const own = new Set(placed.filter((q) => q.figure.unit === 'score' && q.figure.article === p.figure.article).map((q) => q.figure.value));
    if (own.size > 1) p.scope.part = true;
  }
  markPartsOfArticle(placed);
  const byKey = new Map<string, Placed[]>();
  for (const p of placed) {
    // Without a counted or measured thing a number is compared only with the same number in the same unit.
    // A part of a counted set ("two of the ships", "another 40") is compared with no other article's count.
    const own = p.scope.part ? `|part:${p.root}` : '';
    const key = (p.thing ? `${p.figure.unit ?? ''}|${p.thing}` : `${p.figure.unit ?? ''}|#${p.figure.value}`) + own;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(p);
  }
  const groups: FigureGroup[] = [];
  const flags: Flag[] = [];
  for (const list of byKey.values()) {
    for (const part of byMagnitude(list).flatMap(byPlace).flatMap(byHolder).flatMap(bySource).flatMap(byQualifier).flatMap(byValueWithoutDays)) {
      const group = figureGroup(story.id, part);
      groups.push(group);
      if (group.verdict !== 'disagree') continue;
      const articles = [...new Set(group.values.filter((v) => v.disputed).flatMap((v) => v.articles))].sort();
      for (const article of articles)
        flags.push({ article, kind: 'figures disagree', detail: group.detail, story: story.id, quantity: group.quantity, articles });
    }
  }
  return { groups, flags };
}

/** What a figure counts, folded for comparison, and as a reader would name it. */
function thingOf(f: Figure, s: SentenceUnit, names: (text: string) => Mention[], lex: Lexicon): { thing: string | null; label: string; counted?: string; state?: string | null } {
  // A match's score is one quantity of its story, whichever side a sentence names first.
  if (f.unit === 'score') return { thing: 'score', label: 'score' };
  // A measure's noun (what an amount or a span is of: "in losses", "du capital") is no counted set:
  // sums of one story grow and differ by what they cover, so a measure is grouped by whom or what
  // its clause measures (below), never by that noun.
  let counted = (f.unit ? null : f.counts?.toLowerCase().trim()) || null;
  if (!counted && !f.unit) counted = vagueReferent(s, f);
  let state = f.unit ? null : (stateAfter(s.text.slice(Math.max(0, f.span[1] - s.start)), lex.language) ?? stateBefore(s.text.slice(0, Math.max(0, f.span[0] - s.start))));
  // "27 dead", "40 heridos", "12 погибших": a state with no counted noun counts people.
  const named = counted ? stateOf(counted.split(/\s+/).pop()!) : null;
  if (named) [counted, state] = ['people', named];
  else if (!counted && !f.unit && state) counted = 'people';
  if (!counted && f.unit && OF_WHOM.has(f.unit)) {
    // A share or a match minute with no counted noun is one of whom its clause names: "Ferrow's
    // shares fell 12 per cent", "an own goal by Okafor (23e)" (a place is where, not whose).
    const whom = nameFor(f, s, names);
    if (whom) return { thing: `e:${whom}`, label: `${f.unit} for ${whom}` };
  }
  if (!counted && f.unit && MEASURED.test(f.unit)) {
    const measured = measuredThing(f, s, lex);
    if (measured) return measured;
  }
  if (!counted) return { thing: null, label: f.unit ?? f.text };
  // The counted noun ends the noun phrase: "cargo ships", not "dockworkers walked off".
  const words = counted.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && /(?:ed|en)$/.test(w));
  const phrase = verb > 0 ? words.slice(0, verb) : words;
  counted = phrase.join(' ');
  const head = phrase[phrase.length - 1];
  const folded = SYNONYMS.get(head) ?? SYNONYMS.get(stem(head)) ?? stem(head);
  // "two injured workers": a state word narrowing the noun is the count's state.
  if (!state) state = phrase.slice(0, -1).map(stateOf).find((x) => x) ?? null;
  // "186 passengers and crew": the count is of both sets, never of the first alone.
  const after = s.text.slice(Math.max(0, f.span[1] - s.start));
  const joined = state ? null : unionWith(after, lex);
  if (joined) counted = `${counted} + ${joined}`;
  // People counted with no known state are counted for what its clause says of them (sought, pulled out).
  const predicate = !state && !joined && folded === 'people' ? predicateOf(after, s.text.slice(0, Math.max(0, f.span[0] - s.start)), lex) : null;
  const label = state ? `${counted} ${state}` : predicate ? `${counted} ${predicate.word}` : counted;
  const thing = joined ? `${folded}+${stem(joined)}` : predicate ? `${folded}|~${predicate.key}` : folded;
  return { thing: state ? `${thing}|${state}` : thing, label: f.unit ? `${label} (${f.unit})` : label, counted, state };
}

/** "and", "y", "et", "und", "и": a counted noun joined to another with no count of its own. */
const UNION = /^\s+(?:and|plus|y|e|et|und|sowie|и)\s+/iu;
/** "12 boys and their coach": a possessive ties the companion to the counted set, whatever follows. */
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'su', 'sus', 'leur', 'leurs', 'son', 'sa', 'ses', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'loro', 'suo', 'seu', 'seus', 'их', 'его', 'её', 'своим', 'своей']);
/** An auxiliary after the joined noun goes on with the verb of both: "12 boys and coach have emerged". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'han', 'habían', 'fueron', 'están', 'ont', 'sont', 'avaient', 'étaient', 'haben', 'sind', 'hatten', 'waren', 'wurden']);
/** A verb's particle or complement left after the joined noun: "12 boys and coach out of the cave". */
const AFTER_VERB = new Set(['out', 'up', 'down', 'off', 'away', 'back', 'home', 'safe', 'alive']);

/**
 * The noun a count's noun is joined to ("186 passengers and crew", "pasajeros y tripulantes",
 * "passagers et membres d'équipage", "12 boys and their football coach"), past one determiner and
 * one modifier, when no number of its own stands before it and the clause ends, goes on with a
 * preposition or an auxiliary after it, or a possessive ties it to the counted set: "1,200 homes and
 * cutting the road", "5,000 protesters and police clashed" join a verb, not a second set.
 */
function unionWith(after: string, lex: Lexicon): string | null {
  const m = UNION.exec(after);
  if (!m) return null;
  const words = [...after.slice(m[0].length).matchAll(/[\p{L}]+|[^\p{L}\s]/gu)].slice(0, 4).map((w) => w[0].toLowerCase());
  const isNumber = (w: string) => lex.numbers.has(w) || /^\d/.test(w);
  const at = words[0] && (lex.determiners.has(words[0]) || lex.functionWords.has(words[0]) || POSSESSIVES.has(words[0])) && !isNumber(words[0]) ? 1 : 0;
  const owned = at === 1 && POSSESSIVES.has(words[0]);
  const content = (w: string | undefined) =>
    !!w && /^\p{L}/u.test(w) && !isNumber(w) && !/(?:ing|ed)$/.test(w) && !lex.functionWords.has(w) && !lex.determiners.has(w) && !lex.prepositions.has(w);
  const ends = (next: string | undefined) =>
    !next || !/^\p{L}/u.test(next) || lex.prepositions.has(next) || lex.functionWords.has(next) || AUXILIARIES.has(next) || AFTER_VERB.has(next) || /^(?:members?|miembros?|membres?|mitglieder)$/.test(next);
  if (!content(words[at])) return null;
  if (owned || ends(words[at + 1])) return owned && content(words[at + 1]) && !ends(words[at + 1]) ? words[at + 1] : words[at];
  if (at === 1 && content(words[at + 1]) && ends(words[at + 2])) return words[at + 1];
  return null;
}

/** Units of an amount or a share: the thing measured is named beside it ("a contract worth €48m", "its key rate to 4.5%"). */
const MEASURED = /^(?:%|[A-Z]{3})$/;
/** How many words may stand between the measured thing and its amount ("worth", "d'une valeur de"). */
const LINK_WORDS = 4;

/**
 * The noun phrase an amount or a share is given for, right before it in its clause past link
 * words and prepositions: "signed a contract worth 48 million euros", "raised its key rate to 4.5
 * percent", "un contrat d'une valeur de 48 millions d'euros". Kept conservative: the phrase must open
 * with a determiner or a possessive (a subject or an object, not "fell", "exporters") and must not
 * be the object of a preposition ("the fine for the company is ..." is not the company's amount).
 * Its words are folded as counted nouns are, so "a deal worth" and "a contract worth" meet.
 */
function measuredThing(f: Figure, s: SentenceUnit, lex: Lexicon): { thing: string; label: string } | null {
  const previous = Math.max(0, ...s.figures.filter((g) => g.span[1] <= f.span[0]).map((g) => g.span[1] - s.start));
  const clause = s.text.slice(previous, Math.max(previous, f.span[0] - s.start)).split(/[,;:()«»"“”]/).pop()!;
  const words = [...clause.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)].map((m) => m[0].toLowerCase());
  const possessive = (w: string) => /['’]s$/.test(w);
  const functional = (w: string) => w.split(/['’]/).every((part) => lex.functionWords.has(part) || lex.determiners.has(part)) || possessive(w);
  const link = (w: string) => lex.measureLinks.has(w) || lex.prepositions.has(w) || functional(w);
  let i = words.length - 1;
  for (let skipped = 0; i >= 0 && link(words[i]); i--) if (++skipped > LINK_WORDS) return null;
  const phrase: string[] = [];
  for (; i >= 0 && phrase.length < 3 && !functional(words[i]) && !lex.prepositions.has(words[i]); i--) phrase.unshift(words[i]);
  if (!phrase.length || i < 0 || !functional(words[i]) || lex.prepositions.has(words[i])) return null;
  if (i > 0 && lex.prepositions.has(words[i - 1])) return null;
  const folded = phrase.map((w) => SYNONYMS.get(w) ?? SYNONYMS.get(stem(w)) ?? stem(w));
  return { thing: `m:${folded.join(' ')}`, label: `${phrase.join(' ')} (${f.unit})` };
}

export type { Mention } from './figure-scope.js';
export { agrees, roundingUnit } from './figure-verdict.js';

/**
 * Units whose values belong to one named subject: a share of it, the minute of its goal. Amounts,
 * counts and durations are not: one person's story holds many sums and spans of years.
 */
const OF_WHOM = new Set(['%', 'minute']);
/** How far before a measure the name it is measured for may stand. */
const WHOM_WITHIN = 60;
/** After the figure only a genitive links a name to it: "12 per cent of Ferrow". */
const GENITIVE = /^\s*(?:of|de|du|des|d'|von|der|des|di|del|della)\s*$/i;

/** The person or organisation the figure is given for: the last named before it in its clause, else one linked by "of". */
function nameFor(f: Figure, s: SentenceUnit, names: (text: string) => Mention[]): string | null {
  const [from, to] = [f.span[0] - s.start, f.span[1] - s.start];
  const candidates = names(s.text).filter((m) => m.type === 'person' || m.type === 'organization');
  const before = candidates.filter((m) => m.at < from && from - m.at <= WHOM_WITHIN && !/[.;]/.test(s.text.slice(m.at, from)));
  if (before.length) return before[before.length - 1].name;
  return candidates.find((m) => m.at >= to && GENITIVE.test(s.text.slice(to, m.at)))?.name ?? null;
}

/** How far before a figure a place may be named for it ("In Orlen, 300 homes ..."). */
const PLACE_BEFORE = 60;

/**
 * The place a figure is given for: the one the extraction found after it, else the place named
 * just before it in its clause (after any earlier figure of the sentence), canonical when known.
 */
function placeOf(f: Figure, s: SentenceUnit, places: (text: string) => Mention[]): string | null {
  if (f.place) return places(f.place)[0]?.name ?? f.place;
  const at = f.span[0] - s.start;
  const previous = Math.max(0, ...s.figures.filter((g) => g.span[1] <= f.span[0]).map((g) => g.span[1] - s.start));
  const from = Math.max(previous, at - PLACE_BEFORE);
  const before = places(s.text).filter((m) => m.at >= from && m.at < at && !/[.;]/.test(s.text.slice(m.at, at)));
  return before.length ? before[before.length - 1].name : null;
}

function vagueReferent(s: SentenceUnit, f: Figure): string | null {
  const before = s.text.slice(0, Math.max(0, f.span[0] - s.start));
  let last: string | null = null;
  for (const m of before.matchAll(VAGUE_COUNT)) last = m[1];
  return last ? last.toLowerCase() : null;
}

/** Splits a quantity's figures where values jump by more than MAX_RATIO (a toll's by TOLL_RATIO): a different quantity. */
function byMagnitude(list: Placed[]): Placed[][] {
  const sorted = [...list].sort((a, b) => a.figure.value - b.figure.value);
  const out: Placed[][] = [];
  for (const p of sorted) {
    const current = out[out.length - 1];
    const ratio = p.growing && current?.every((q) => q.growing) ? TOLL_RATIO : MAX_RATIO;
    if (current && p.figure.value <= current[0].figure.value * ratio) current.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Splits a quantity by the place each figure is given for: homes flooded in one town and in
 * another are two quantities, neither a change nor a disagreement. Figures with no place join
 * the quantity's one place; beside several places they stand apart.
 */
function byPlace(list: Placed[]): Placed[][] {
  const places = [...new Set(list.flatMap((p) => (p.place ? [p.place] : [])))];
  if (places.length < 2) return [list];
  for (const p of list) if (p.place) p.label = `${p.label} in ${p.place}`;
  return [...places.map((place) => list.filter((p) => p.place === place)), list.filter((p) => !p.place)].filter((l) => l.length);
}

/**
 * A change over time needs days: different values of one quantity on one day, or with no day,
 * from a single article are separate quantities (two sites, two categories), one group each. A
 * copy giving another value than its original is compared with it: it changed the figure.
 */
function byValueWithoutDays(list: Placed[]): Placed[][] {
  if (new Set(list.map((p) => p.date)).size > 1 || new Set(list.map((p) => p.figure.article)).size > 1) return [list];
  const values = [...new Set(list.map((p) => p.figure.value))];
  return values.length < 2 ? [list] : values.map((v) => list.filter((p) => p.figure.value === v));
}


/**
 * Whose count a sentence gives when its clause names none: the source it is attributed to ("the
 * Northshire Fire Service said", "according to the Interior Ministry"), when that is a named person,
 * organisation or place. A source known only by a common noun ("officials", "shipping agents")
 * tells no holder apart, and the outlet's own reporting ("the Herald has learned") is no holder.
 */
function sourceHolder(s: SentenceUnit, names: (text: string) => Mention[], outlet: string | null): string | null {
  if (!s.source) return null;
  const named = names(s.source).find((m) => m.type === 'person' || m.type === 'organization' || m.type === 'place');
  if (!named) return null;
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}]/gu, '');
  const own = outlet ? letters(outlet.replace(/\.[a-z]{2,}$/i, '')) : '';
  const name = letters(named.name);
  return own && name && (own.includes(name) || name.includes(own)) ? null : named.name;
}
