// How a speaker subject resolves to an entity of the article: a name is itself, a pronoun the
// person or institution in focus before it, a description ("the minister", "the 60-year-old") the
// person whose roles, gender and age fit it best. Split from speakers.ts, which finds the cue and its subject.
import { apposedToObject, describedAge, describedGender, describedInFocus, personAge } from './described.js';
import { countryOfAdjective, isCountryIn } from './gazetteer.js';
import { isTitle } from './lang/index.js';
import { ROLE_BOOSTS } from './lexicon.js';
import { afterAccording, insideQuote, mentionsIn, sentenceIndexAt, tokensOutside, type ArticleContext } from './context.js';
import type { Subject } from './speakers.js';
import { inObjectPosition, isAddressee, isRelayCredit } from './speaker-clauses.js';
import { pairedRoles } from './paired-roles.js';
import { isIndefinite } from './roles.js';

/** A person or organisation mentioned as a subject (not after a preposition), as pronoun antecedents. */
export interface SalienceEvent {
  pos: number;
  entity: number;
  /** Named where an object stands ("including CEO Dana Roe"): in focus only when no subject is near. */
  object?: boolean;
}

export function salienceEvents(ctx: ArticleContext): SalienceEvent[] {
  const out: SalienceEvent[] = [];
  ctx.mentions.forEach((m, i) => {
    if (m.inQuote || m.afterPreposition || afterAccording(ctx, m.span[0])) return;
    const e = ctx.entities[ctx.entityOf[i]];
    if (e.type !== 'person' && e.type !== 'organization') return;
    // "Jo Roe, an aunt of the coach, Sam Roe,": the coach's name is no subject.
    const comma = ctx.body.charCodeAt(m.span[0] - 2) === 44 || ctx.body.charCodeAt(m.span[0] - 1) === 44;
    if (comma && i > 0 && isApposedToObject(ctx, i)) return;
    if (apposedToGovernedTitle(ctx, m.span[0])) return;
    if (onCreditLine(ctx.body, m.span[0])) return;
    // The medium words were said to ("told the Harbour Herald") or that relays them (", the Herald reported.").
    if (isAddressee(ctx, i) || isRelayCredit(ctx, i)) return;
    out.push(e.type === 'person' && inObjectPosition(ctx, i) ? { pos: m.span[0], entity: ctx.entityOf[i], object: true } : { pos: m.span[0], entity: ctx.entityOf[i] });
  });
  return out;
}

/** "© Harbour Herald / Dana Kellor", "Photo: Dana Kellor": a credit, whose photographer says nothing. */
const CREDIT_RE = /©|(?<!\p{L})(?:photos?|fotos?|фото|credits?|crédits?)\s*[:/]/iu;

/** Whether pos is on an image credit: after "©" or "Photo:" within the same line's last 60 characters. */
function onCreditLine(body: string, pos: number): boolean {
  const near = body.slice(Math.max(0, pos - 60), pos);
  return CREDIT_RE.test(near.slice(near.lastIndexOf('\n') + 1));
}

/** Whether mention i is apposed to a preposition's object in another name's apposition ("Jo Roe, an aunt of the coach, Sam Roe"). */
function isApposedToObject(ctx: ArticleContext, i: number): boolean {
  const at = apposedToObject(ctx, ctx.mentions[i].span[0]);
  if (at < 0) return false;
  const prev = mentionsIn(ctx, Math.max(0, at - 60), at).pop();
  return prev !== undefined && ctx.mentions[prev].span[1] === at && ctx.entities[ctx.entityOf[prev]].type === 'person';
}

/**
 * "two days before the death of Her Majesty, Queen Elizabeth II", "met with his counterpart, Sergei
 * Lavrov": a name set off by a comma after a title or office that a preposition governs names the
 * preposition's object, as the title would; no subject a later "she" goes back to. Only titles
 * and determiners between the preposition and the comma ("In a statement, X said" opens on the subject).
 */
function apposedToGovernedTitle(ctx: ArticleContext, mentionStart: number): boolean {
  const { lex } = ctx;
  const before = ctx.body.slice(Math.max(0, mentionStart - 80), mentionStart);
  // Most names follow no comma; the mention may open on its own title ("Queen Elizabeth II"), and
  // what is apposed ends at the comma before it.
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !before.slice(comma + 1).trim().split(/\s+/).every((w) => w === '' || isTitle(lex, w))) return false;
  const words = before.slice(0, comma).split(/\s+/).slice(-5);
  const lead = (w: string) => lex.subjectLeads.has(w.toLowerCase()) || lex.determiners.has(w.toLowerCase());
  // The preposition, then one to four titles and determiners, at least one a title.
  for (let p = words.length - 2; p >= 0; p--) {
    const between = words.slice(p + 1);
    if (!between.every((w) => isTitle(lex, w) || lead(w))) return false;
    const preposition = words[p].toLowerCase();
    if (lex.prepositions.has(preposition) && preposition !== 'to') return between.some((w) => isTitle(lex, w));
  }
  return false;
}

/** Whether a German description's head has a feminine form ("Politiker", "Politikerin") and its determiner is "die" or "diese": a plural. */
function germanPlural(ctx: ArticleContext, text: string, words: string[]): boolean {
  if (ctx.lex.language !== 'de') return false;
  const lead = text.split(/\s+/)[0]?.toLowerCase();
  const head = words[words.length - 1]?.toLowerCase().replace(/^.*-/, '');
  return (lead === 'die' || lead === 'diese') && head !== undefined && ctx.lex.roleHeads.has(`${head}in`);
}

/** Resolves a subject to an entity index, or null. `events` must be sorted by position. */
export function resolveSubject(ctx: ArticleContext, subject: Subject, events: SalienceEvent[], skip?: Set<number>): number | null {
  if (subject.kind === 'entity') return subject.entity;
  if (subject.kind === 'pronoun') {
    const kind = ctx.lex.pronouns.get(subject.pronoun) ?? ctx.lex.sourcePronouns.get(subject.pronoun);
    if (kind === 'm' || kind === 'f') return institutionInFocus(ctx, subject.pos, events) ?? lastInFocus(ctx, subject.pos, kind, events, skip) ?? namedNext(ctx, subject.pos, kind, events);
    if (kind === 'x') return lastInFocus(ctx, subject.pos, null, events, skip);
    for (let k = lastEventBefore(events, subject.pos); k >= 0; k--) {
      const ev = events[k];
      if (ctx.entities[ev.entity].type === 'organization') return ev.entity;
      if (kind === 'n') return null;
    }
    return null;
  }
  // "an officer", "a spokesman": someone new and unnamed, never a person already in the text.
  if (isIndefinite(ctx.lex, subject.text.split(/\s/)[0])) return subject.forEntity;
  const age = describedAge(ctx, subject.words, subject.pos);
  // "sagten die Politiker": a German head in its masculine form after "die" is a plural, no one person.
  if (germanPlural(ctx, subject.text, subject.words)) return subject.forEntity;
  const head = subject.words[subject.words.length - 1];
  // "le bras droit de Jo Roe", "the mayor's deputy": the person an office is of does not hold it.
  const of = complementEntity(ctx, subject.pos);
  const gender = describedGender(ctx, subject.text, head);
  // "a déclaré la dirigeante de 60 ans": an age re-mentions someone the article has in focus, not
  // an office to look up (the speaker of parliament is a "présidente" too).
  const aged = age !== null && ctx.lex.roleHeads.has(head) ? describedInFocus(ctx, subject.pos, gender, age, events, of) : null;
  if (aged !== null) return aged;
  // An age alone ("der 60-Jährige") names no office to look up.
  // "o presidente dos Estados Unidos": the country the office is of, which its holder's office must not contradict.
  const country = ctx.lex.roleHeads.has(head) ? officeCountry(ctx, subject.pos) : null;
  const described = ctx.lex.roleHeads.has(head) ? (resolveDescription(ctx, subject.words, subject.pos, age, of, gender, country) ?? titledNearName(ctx, subject.words, subject.pos, country)) : null;
  if (described !== null) return described;
  if (subject.forEntity !== null) return subject.forEntity;
  // "la fiscalía", "the interior ministry": an institution no name of the article was found for is no one in focus.
  if (ctx.lex.orgWords.has(head) && !ctx.lex.roleHeads.has(head)) return null;
  // A generic "the official" or an age ("the 60-year-old socialist leader") with no office on
  // record: the person last in focus whom the description's gender and age fit.
  const generic = (ctx.lex.roleHeads.get(head) ?? []).length === 0;
  return generic || age !== null ? describedInFocus(ctx, subject.pos, gender, age, events, of) : null;
}

/**
 * "le chef de l'exécutif", "el jefe del Gobierno", "the head of state": a role head and the noun of
 * what it heads that the language gives as another office; that office's title words, or undefined.
 */
function equivalentOffice(ctx: ArticleContext, head: string, pos: number): string[] | undefined {
  if (ctx.lex.officeEquivalents.size === 0) return undefined;
  const words = ctx.body.slice(pos, pos + 40).toLowerCase().split(/[\s'’]+/u);
  const joins = (w: string | undefined) => w !== undefined && (ctx.lex.nameConnectors.has(w) || ctx.lex.nameConnectors.has(`${w}'`));
  if (words[0] !== '' || !joins(words[1])) return undefined;
  // "de l'État", "of the government": an article between the connector and the noun.
  const article = ctx.lex.connectorArticles.has(words[2]) || ctx.lex.connectorArticles.has(`${words[2]}'`);
  const noun = (article ? words[3] : words[2])?.replace(/[^\p{L}-].*$/u, '');
  return noun ? ctx.lex.officeEquivalents.get(`${head} ${noun}`) : undefined;
}

/** The person named right after a description's connector ("de", "of", "du"), or null. */
function complementEntity(ctx: ArticleContext, pos: number): number | null {
  const m = /^\s+(\p{L}+)\s+(?:(\p{L}+)\s+)?/u.exec(ctx.body.slice(pos, pos + 30));
  if (!m || !ctx.lex.nameConnectors.has(m[1].toLowerCase())) return null;
  const at = pos + m[0].length - (m[2] && !ctx.lex.connectorArticles.has(m[2].toLowerCase()) && m[2].toLowerCase() !== 'the' ? m[2].length + 1 : 0);
  const i = mentionsIn(ctx, at, at + 1)[0];
  return i !== undefined && ctx.mentions[i].span[0] === at && ctx.entities[ctx.entityOf[i]].type === 'person' ? ctx.entityOf[i] : null;
}

/**
 * "“We coped with the crisis,” he said. … Port chief Dana Kellor said …": a quote the article opens
 * with, before anyone is named, is from the person named as a subject in the next two sentences.
 * Only when no person at all precedes the pronoun.
 */
function namedNext(ctx: ArticleContext, pos: number, gender: 'm' | 'f', events: SalienceEvent[]): number | null {
  const before = lastEventBefore(events, pos);
  for (let k = before; k >= 0; k--) if (ctx.entities[events[k].entity].type === 'person') return null;
  const s = sentenceIndexAt(ctx, pos);
  const until = ctx.sentences[Math.min(ctx.sentences.length - 1, s + 2)][1];
  for (let k = before + 1; k < events.length && events[k].pos < until; k++) {
    const e = ctx.entities[events[k].entity];
    if (e.type === 'person' && (!e.gender || e.gender === gender)) return events[k].entity;
  }
  return null;
}

/** Index of the last event before pos (events sorted by position), or -1. */
function lastEventBefore(events: SalienceEvent[], pos: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].pos < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * "Le groupe Volkhov a confirmé la mort de son chef. « … », a-t-il écrit", "…, selon le ministère.
 * « … », a-t-il ajouté": where nouns have gender, "il" or "elle" is the institution that is the
 * subject of the sentence before (its first name), or the one "selon" cites there. English "he"
 * never is. Null when that sentence's subject is a person or none.
 */
function institutionInFocus(ctx: ArticleContext, pos: number, events: SalienceEvent[]): number | null {
  if (ctx.lex.language === 'en') return null;
  // The sentence before the quote the pronoun follows.
  let s = sentenceIndexAt(ctx, pos) - 1;
  while (s >= 0 && insideQuote(ctx, ctx.sentences[s][0])) s--;
  if (s < 0) return null;
  const [start, end] = ctx.sentences[s];
  const cited = citedInstitution(ctx, start, pos);
  if (cited !== null) return cited;
  const k = lastEventBefore(events, start) + 1;
  const first = events[k];
  if (!first || first.pos >= end || ctx.entities[first.entity].type !== 'organization') return null;
  // "Er habe dem Parlament geschrieben": a pronoun before the institution is the sentence's subject.
  if (tokensOutside(ctx, start, first.pos).some((t) => ctx.lex.pronouns.has(t.lower))) return null;
  // Someone named since is more likely who "il" is.
  for (let j = k + 1; j < events.length && events[j].pos < pos; j++) if (ctx.entities[events[j].entity].type === 'person') return null;
  return first.entity;
}

/** "selon le ministère", "según el ministerio": the institution last named with that word before `to`. */
function citedInstitution(ctx: ArticleContext, from: number, to: number): number | null {
  const tokens = tokensOutside(ctx, from, to);
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!ctx.lex.according.has(tokens[i].lower)) continue;
    const k = ctx.lex.connectorArticles.has(tokens[i + 1].lower) || ctx.lex.subjectLeads.has(tokens[i + 1].lower) ? i + 2 : i + 1;
    const noun = tokens[k];
    if (!noun || !ctx.lex.orgWords.has(noun.lower) || mentionsIn(ctx, noun.start, noun.end).length) return null;
    for (let m = ctx.mentions.length - 1; m >= 0; m--) {
      const e = ctx.entityOf[m];
      if (ctx.mentions[m].span[0] < noun.start && ctx.entities[e].type === 'organization' && ctx.entities[e].name.toLowerCase().split(/\s+/).includes(noun.lower)) return e;
    }
    return null;
  }
  return null;
}

/** The last person in subject position before pos whose gender does not contradict `gender`. */
export function lastInFocus(ctx: ArticleContext, pos: number, gender: 'm' | 'f' | null, events: SalienceEvent[], skip?: Set<number>): number | null {
  const found = lastPersonInFocus(ctx, pos, gender, events, skip);
  return found === null ? null : (subjectOverObject(ctx, found, pos, gender, events, skip) ?? found.entity);
}

/**
 * "Harbour master Jo Roe said that …. The storm wrecked the pier, including the boat of Sam Kellor.
 * “…,” he said.": the person last named stands where an object stands; a person of the pronoun's gender
 * named as a subject in the two sentences before is who "he" is.
 */
function subjectOverObject(ctx: ArticleContext, found: SalienceEvent, pos: number, gender: 'm' | 'f' | null, events: SalienceEvent[], skip?: Set<number>): number | null {
  if (!found.object) return null;
  const from = ctx.sentences[Math.max(0, sentenceIndexAt(ctx, pos) - 2)][0];
  for (let k = events.indexOf(found) - 1; k >= 0 && events[k].pos >= from; k--) {
    const ev = events[k];
    const e = ctx.entities[ev.entity];
    if (ev.object || e.type !== 'person' || ev.entity === found.entity || skip?.has(ev.entity)) continue;
    if (!gender || !e.gender || e.gender === gender) return ev.entity;
  }
  return null;
}

function lastPersonInFocus(ctx: ArticleContext, pos: number, gender: 'm' | 'f' | null, events: SalienceEvent[], skip?: Set<number>): SalienceEvent | null {
  let fallback: SalienceEvent | null = null;
  let from = 0;
  for (let k = lastEventBefore(events, pos); k >= 0; k--) {
    const ev = events[k];
    const e = ctx.entities[ev.entity];
    if (fallback !== null && ev.pos < from) break;
    if (e.type !== 'person' || (gender && e.gender && e.gender !== gender) || skip?.has(ev.entity)) continue;
    if (!gender || e.gender === gender) return ev;
    // "Jo Roe said Sam Kellor would …. She added": a person of unknown gender named as the subject
    // of reported speech (right after a speech verb or "that") is taken only when no one of the
    // pronoun's gender is named before them in their sentence.
    if (fallback === null) {
      fallback = ev;
      const w = /(\p{L}+)[\s\u00a0]+$/u.exec(ctx.body.slice(Math.max(0, ev.pos - 20), ev.pos))?.[1].toLowerCase() ?? '';
      if (!ctx.lex.speechVerbs.has(w) && !ctx.lex.complementisers.has(w)) return ev;
      from = ctx.sentences[sentenceIndexAt(ctx, ev.pos)][0];
    }
  }
  return fallback;
}

/**
 * "El primer ministro velmarés, Tomas Verhoek, …" then "declaró el primer ministro": no role was kept
 * with the name (an adjective and a comma, or "de division", stand between), but the office's head
 * word, and any word making it another office, are written just before one person's name, in the
 * same sentence. That person, the one so written nearest before the description.
 */
function titledNearName(ctx: ArticleContext, words: string[], pos: number, country: string[] | null): number | null {
  const head = words[words.length - 1].replace(/s$/, '');
  const others = words.slice(0, -1).filter((w) => OTHER_OFFICE.has(w));
  let best: number | null = null;
  for (let m = 0; m < ctx.mentions.length && ctx.mentions[m].span[0] < pos; m++) {
    const e = ctx.entityOf[m];
    if (ctx.entities[e].type !== 'person' || ctx.mentions[m].inQuote) continue;
    const start = ctx.mentions[m].span[0];
    const s = sentenceIndexAt(ctx, start);
    const before = ctx.body.slice(Math.max(ctx.sentences[s][0], start - 80), start).toLowerCase();
    const near = before.split(/[^\p{L}-]+/u).filter(Boolean);
    const at = near.lastIndexOf(head);
    if (at < 0 || !others.every((w) => near.slice(0, at).includes(w))) continue;
    // Only a qualifier may stand between the office and the name ("libanés,", "de division", "Mr"),
    // never a clause ("a diplomat confirmed that Mr Roe"); set off by a comma, the office's
    // complement may run longer ("la présidente de la Cour suprême de Velmar, Dana Kellor").
    const between = near.slice(at + 1).filter((w) => !ctx.lex.nameConnectors.has(w) && !ctx.lex.connectorArticles.has(w) && !isTitle(ctx.lex, w));
    if (ofOtherCountry(ctx, between, country)) continue;
    const apposed = /,\s*(?:\p{L}+\.?\s+)?$/u.test(before) && ctx.lex.nameConnectors.has(near[at + 1] ?? '');
    if (between.length <= (apposed ? 4 : 2) && between.every((w) => !ctx.lex.functionWords.has(w) && !ctx.lex.speechVerbs.has(w) && !ctx.lex.complementisers.has(w) && !ctx.lex.auxiliaries.has(w))) best = e;
  }
  return best;
}

/** Words before an office word that make it another office: a prime minister is not a minister. */
const OTHER_OFFICE = new Set(['prime', 'première', 'premier', 'primeiro', 'primeira', 'primer', 'primera', 'primo', 'vice', 'deputy', 'adjoint', 'adjointe', 'former', 'ancien', 'ancienne', 'ex']);

/** The country an office description is of ("presidente dos Estados Unidos"), its words lowercased, or null. */
function officeCountry(ctx: ArticleContext, pos: number): string[] | null {
  const m = /^\s+(\p{Ll}+)\s+(?:(\p{Ll}+)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u.exec(ctx.body.slice(pos, pos + 60));
  if (!m || !ctx.lex.nameConnectors.has(m[1])) return null;
  const words = m[3].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (isCountryIn(name, ctx.lex.language)) return name.toLowerCase().split(/\s+/);
  }
  return null;
}

/** Whether words of a person's office name a country other than `country` ("do Brasil" against "dos Estados Unidos"). */
function ofOtherCountry(ctx: ArticleContext, words: string[], country: string[] | null): boolean {
  return country !== null && words.some((w) => isCountryIn(w, ctx.lex.language) && !country.includes(w));
}

/** "the minister", "Norway's top diplomat", "Oslo's UN envoy": the person whose roles, gender and age fit best. */
function resolveDescription(ctx: ArticleContext, words: string[], pos: number, age: number | null, of: number | null, gender: 'm' | 'f' | null, country: string[] | null): number | null {
  const heads = ctx.lex.roleHeads;
  const head = heads.has(words[words.length - 1].replace(/s$/, '')) ? words[words.length - 1].replace(/s$/, '') : words[words.length - 1];
  const wanted = equivalentOffice(ctx, head, pos) ?? heads.get(head) ?? [];
  const paired = pairedRoles(ctx);
  const roleWords = (idx: number): string[] => [...ctx.entities[idx].roles, ...(paired.get(idx) ?? [])];
  // "le dirigeant velmarais": a word after the head that the article gives someone as a role qualifies it.
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(ctx.body.slice(pos, pos + 40))?.[1];
  const qualified = next && ctx.entities.some((e, idx) => e.type === 'person' && roleWords(idx).includes(next)) ? [...words.slice(0, -1), next] : words.slice(0, -1);
  const modifiers = qualified.map((w) => countryOfAdjective(w) ?? w.toLowerCase());
  let best: number | null = null;
  let bestScore = 0;
  let bestDistance = Infinity;
  ctx.entities.forEach((e, idx) => {
    const written = roleWords(idx);
    // "la dirigente" is no man, whatever office he holds.
    if (e.type !== 'person' || written.length === 0 || idx === of || (gender && e.gender && e.gender !== gender)) return;
    if (age !== null && (personAge(ctx, idx) ?? age) !== age) return;
    // "o presidente dos Estados Unidos" is not "a presidente do Brasil": an office of another country.
    if (ofOtherCountry(ctx, written, country)) return;
    // "vice-président", "UN-Generalsekretär": a compound role holds its parts too.
    const roles = new Set(written.flatMap((r) => [countryOfAdjective(r) ?? r, ...(r.includes('-') ? r.split('-') : [])]));
    let score = wanted.length === 0 ? 1 : wanted.some((w) => roles.has(w)) ? 2 : 0;
    // "la première ministre", "the deputy mayor": a word that makes another office must be the person's.
    if (score === 0 || modifiers.some((m) => OTHER_OFFICE.has(m) && !roles.has(m))) return;
    for (const m of modifiers) {
      if (roles.has(m)) score += 1;
      for (const boost of ROLE_BOOSTS[m] ?? []) if (roles.has(boost)) score += 1;
    }
    const first = e.mentions.reduce((d, m) => Math.min(d, m.span[0] < pos ? pos - m.span[0] : (m.span[0] - pos) * 2), Infinity);
    if (score > bestScore || (score === bestScore && first < bestDistance)) {
      best = idx;
      bestScore = score;
      bestDistance = first;
    }
  });
  return best;
}
