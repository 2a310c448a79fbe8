// What a description of a person says besides an office: an age ("the 60-year-old", "die
// 16-Jährige", "le leader indigène de 60 ans") and a grammatical gender ("la", "die", "une").
// News prose names someone once and then describes them; a description with nothing better on
// record is the person in focus whose age and gender do not contradict it. Also the names a
// description is set off by commas from ("Dana Kellor, a spokeswoman", "his successor, Tomas Verhoek").
import { mentionsIn, sentenceIndexAt, tokensOutside, type ArticleContext } from './context.js';
import type { Token } from './text.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { AGE_COMPOUND } from './lexicon.js';
import { withoutTitleDots } from './speaker-clauses.js';
import type { SalienceEvent } from './speaker-resolve.js';

/** An age written as a compound adjective or noun: "60-year-old", "16-Jährige", "16-jährigen". */
// The same pattern with its one capture (the years, its first group) made non-capturing.
export const AGE_HEAD = AGE_COMPOUND.replace('(', '(?:');

const AGE_WORD = new RegExp(`^${AGE_COMPOUND}`, 'iu');
/** "… de 60 ans", "… de 16 años", "… of 16": an age after the description's head. */
const AGE_AFTER = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:de|of|di)\s+(\p{N}{1,3})(?:\s+(?:ans|años|anos|anni|years|år))?(?![\p{L}\p{N}])/iu;
/** "Dana Kellor, 16,", "Dana Kellor (16)", "Dana Kellor, 16 ans,": an age right after a name. */
const AGE_AFTER_NAME = /^\s*(?:,|\()\s*(\p{N}{1,3})(?:\s+(?:ans|años|anos|anni|years old|år|jahre))?\s*(?:[,);.]|$)/iu;
/** "16-year-old Dana Kellor", "die 16-jährige Aktivistin Dana Kellor": an age just before a name. */
const AGE_BEFORE_NAME = new RegExp(`${AGE_COMPOUND}\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/** The age a description states, or null. */
export function describedAge(ctx: ArticleContext, words: string[], pos: number): number | null {
  for (const w of words) {
    const m = AGE_WORD.exec(w);
    if (m) return Number(m[1]);
  }
  const after = AGE_AFTER.exec(ctx.body.slice(pos, pos + 40));
  return after ? Number(after[1]) : null;
}

/** The age the text gives a person beside one of their names, or null. */
export function personAge(ctx: ArticleContext, entity: number): number | null {
  for (const m of ctx.entities[entity].mentions) {
    const after = AGE_AFTER_NAME.exec(ctx.body.slice(m.span[1], m.span[1] + 20));
    if (after) return Number(after[1]);
    const before = AGE_BEFORE_NAME.exec(ctx.body.slice(Math.max(0, m.span[0] - 50), m.span[0]));
    if (before) return Number(before[1]);
  }
  return null;
}

const FEMININE_LEADS = new Set(['la', 'una', 'une', 'die', 'eine', 'cette', 'esta', 'she', 'uma', 'questa']);
const MASCULINE_LEADS = new Set(['le', 'el', 'der', 'il', 'ein', 'ce', 'cet', 'este', 'lo', 'um', 'questo']);

/** The gender a description's article marks ("la", "die", "el"), or null ("the", "l'"). */
export function describedGender(ctx: ArticleContext, text: string, head: string): 'm' | 'f' | null {
  const lead = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (ctx.lex.femaleTitles.has(head)) return 'f';
  // Portuguese "a dirigente", "o líder": English "a" marks no gender.
  if (ctx.lex.language === 'pt' && (lead === 'a' || lead === 'o')) return lead === 'a' ? 'f' : 'm';
  if (FEMININE_LEADS.has(lead)) return 'f';
  if (MASCULINE_LEADS.has(lead)) return 'm';
  return null;
}

/**
 * The person in focus a description re-mentions: of the people named as subjects in the five
 * sentences before pos whose known gender and age do not contradict the description's, one whose
 * stated age is the description's, else the one named most often there (news prose describes its
 * protagonist, not whoever was named last: "Dana Kellor … Kellor … the speaker of parliament, Ilse
 * Brandauer, … said the 60-year-old leader"), ties to the one named last; with none there, the last
 * such person named before. Null when no one fits.
 */
export function describedInFocus(ctx: ArticleContext, pos: number, gender: 'm' | 'f' | null, age: number | null, events: SalienceEvent[], of: number | null = null): number | null {
  const from = ctx.sentences[Math.max(0, sentenceIndexAt(ctx, pos) - 5)][0];
  // entity -> [weight, position of its last mention there]
  const weight = new Map<number, [number, number]>();
  let last: number | null = null;
  for (let k = 0; k < events.length && events[k].pos < pos; k++) {
    const ev = events[k];
    const e = ctx.entities[ev.entity];
    if (ev.entity === of || e.type !== 'person' || (gender && e.gender && e.gender !== gender)) continue;
    const known = age === null ? null : personAge(ctx, ev.entity);
    if (known !== null && known !== age) continue;
    last = ev.entity;
    if (ev.pos >= from) weight.set(ev.entity, [(weight.get(ev.entity)?.[0] ?? 0) + (known !== null ? 100 : 1), ev.pos]);
  }
  let best = last;
  let top: [number, number] = [0, 0];
  for (const [entity, w] of weight) if (w[0] > top[0] || (w[0] === top[0] && w[1] > top[1])) [best, top] = [entity, w];
  return best;
}

/**
 * "Jo Roe, an aunt of the rescued coach, Sam Roe, said": a name set off by commas after a
 * description that holds a preposition, itself in apposition to a name, names the preposition's
 * object (the coach), not the subject; the first name is who speaks. Returns the start of that
 * first name's segment, or -1.
 */
export function apposedToObject(ctx: ArticleContext, mentionStart: number): number {
  const text = ctx.body.slice(Math.max(0, mentionStart - 120), mentionStart);
  const m = /,\s*([^,.;:!?"“”«»]{3,90}),\s*$/u.exec(text);
  if (!m) return -1;
  const words = m[1].trim().toLowerCase().split(/\s+/);
  if (!ctx.lex.subjectLeads.has(words[0]) || ctx.lex.prepositions.has(words[0]) || !words.slice(1).some((w) => ctx.lex.prepositions.has(w))) return -1;
  return mentionStart - text.length + m.index;
}

const descriptionPatterns = new WeakMap<Lexicon, RegExp>();

/**
 * "the minister", "Oslo's UN envoy", "la presidenta del puerto", "der UN-Generalsekretär", "the
 * 60-year-old": a determiner (or a possessive name) and up to three modifiers before a role head of
 * the article's language (its compound prefix a modifier of its own) or an age. No modifier is a
 * determiner: in "a déclaré à la télévision la dirigeante" the description opens at the second "la".
 */
export function descriptionRe(lex: Lexicon): RegExp {
  let re = descriptionPatterns.get(lex);
  if (!re) {
    const heads = [...lex.roleHeads.keys()].join('|');
    const leads = [...lex.subjectLeads].filter((w) => !lex.pronouns.has(w)).join('|');
    re = new RegExp(
      `(?:(?<![\\p{L}])(?:${leads}|its|their)\\s+|(?:^|\\s)\\p{Lu}[\\p{L}-]*['’]s\\s+)((?:(?!(?:${leads})\\s)[\\p{L}\\p{N}-]+\\s+){0,3}?)((?:[\\p{L}\\p{N}]+-)?)(${heads}|${AGE_HEAD})s?(?![\\p{L}])`,
      'giu',
    );
    descriptionPatterns.set(lex, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Whether a comma right before `at` closes the name of a person ("Dana Kellor, a spokeswoman"). */
export function apposedToPerson(ctx: ArticleContext, at: number): boolean {
  const comma = /,\s*$/.exec(ctx.body.slice(Math.max(0, at - 4), at));
  if (!comma) return false;
  const end = at - comma[0].length;
  const m = mentionsIn(ctx, Math.max(0, end - 60), end).pop();
  return m !== undefined && ctx.mentions[m].span[1] === end && ctx.entities[ctx.entityOf[m]].type === 'person';
}

/**
 * "il responsabile della Commissione nucleare, X,": where an office's complement (a preposition and
 * up to five words, no verb; `opened` when the description already holds its preposition) ends at a
 * comma right after `from`, that comma's position; else `from`.
 */
export function complementEnd(ctx: ArticleContext, from: number, until: number, opened = false): number {
  const comma = ctx.body.indexOf(',', from);
  if (comma < 0 || comma > until) return from;
  const tokens = tokensOutside(ctx, from, comma);
  const { lex } = ctx;
  // The complement opens here, or already did inside the description ("il responsabile della Commissione" + " nucleare").
  const complement = tokens.length > 0 && tokens.length <= 6 && (opened || (tokens.length > 1 && (lex.prepositions.has(tokens[0].lower) || lex.nameConnectors.has(tokens[0].lower))));
  return complement && !/[.;:!?]/.test(ctx.body.slice(from, comma)) && tokens.every((t) => !lex.auxiliaries.has(t.lower) && !lex.speechVerbs.has(t.lower)) ? comma : from;
}

/** The person named right after the comma at `comma`, only an office (capitalised words, titles, "the", "el") between: the mention, or undefined. */
export function apposedPerson(ctx: ArticleContext, comma: number, articles = true): number | undefined {
  if (ctx.body[comma] !== ',') return undefined;
  // "…, Dr. Dana Kellor" (a title's full stop ends no clause), "…, der Österreicher Dana Kellor" (a determiner may open it).
  // "le capitaine de vaisseau X", "el teniente de corbeta X": after a title, a connector and the word after it complete the office.
  const ofTitle = (all: Token[], k: number) =>
    (k >= 1 && ctx.lex.nameConnectors.has(all[k].lower) && isTitle(ctx.lex, all[k - 1].text)) || (k >= 2 && ctx.lex.nameConnectors.has(all[k - 1].lower) && isTitle(ctx.lex, all[k - 2].text));
  const { lex } = ctx;
  // "…, the opposition leader X,", "…, l'opposant X,": an article and up to two nouns of no list, the name closing the apposition.
  const noun = (t: Token) => /^\p{Ll}/u.test(t.text) && ![lex.prepositions, lex.relatives, lex.speechVerbs, lex.auxiliaries, lex.pronouns, lex.complementisers].some((set) => set.has(t.lower));
  const described = (all: Token[], m: number) =>
    articles &&
    /^\s*(?:[,.;]|$)/.test(ctx.body.slice(ctx.mentions[m].span[1], ctx.mentions[m].span[1] + 2)) &&
    ((all.length >= 2 && all.length <= 3 && lex.subjectLeads.has(all[0].lower) && !lex.pronouns.has(all[0].lower) && all.slice(1).every(noun)) ||
      (all.length >= 1 && all.length <= 2 && /^(?:l|dell|all)['’]\p{Ll}/u.test(all[0].text) && all.slice(1).every(noun)));
  const office = (m: number) => {
    if (/[,.;:]/.test(withoutTitleDots(ctx, ctx.body.slice(comma + 1, ctx.mentions[m].span[0])))) return false;
    const between = tokensOutside(ctx, comma, ctx.mentions[m].span[0]);
    return (
      described(between, m) ||
      between.every(
        (t, k, all) =>
          /^\p{Lu}/u.test(t.text) ||
          isTitle(lex, t.text) ||
          // "l’ammiraglio X", "l'amiral X": the elided article glued to the title.
          (articles && /^(?:l|dell|all)['’]\p{Ll}/u.test(t.text) && isTitle(lex, t.text.slice(t.text.search(/['’]/u) + 1))) ||
          (articles && (lex.connectorArticles.has(t.lower) || (k === 0 && all.length > 1 && lex.subjectLeads.has(t.lower) && !lex.pronouns.has(t.lower)))) ||
          ofTitle(all, k),
      )
    );
  };
  return mentionsIn(ctx, comma, comma + 60).find((m) => ctx.entities[ctx.entityOf[m]].type === 'person' && office(m));
}
