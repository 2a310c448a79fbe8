// Who a stretch of text is attributed to: the speech verb nearest a quote or claim, its subject
// (a name, a pronoun or a description such as "the minister" or "Oslo's UN envoy"), and how that
// subject (speaker-resolve.ts resolves it to an entity of the article).
import { apposedPerson, apposedToPerson, descriptionRe } from './described.js';
import { isTitle } from './lang/index.js';
import { SPEAKS_FOR } from './lexicon.js';
import { complementEnd, officeComplementEnd, representedEntity, representedNounEnd, speaksFor } from './roles.js';
import { attributedBy, auxiliaryLead, circumstanceSpans, citedSpan, complementBeforeVerb, describedAfterVerb, impersonalPassive, openingAuxiliary, secondPlaceSubject, pronounAfterVerb, separableSpeech, within } from './speaker-clauses.js';
import { companySubjects } from './company-subject.js';
import { governedName, passiveAgent, passiveSpeech, spokenTo } from './speaker-objects.js';
import { bodyAfter, bodyBefore, citedSource, institutionBefore, relayedSource, statementSource, wordsOwner } from './speaker-sources.js';
import { afterAccording, insideQuote, mentionsIn, sentenceIndexAt, tokensOutside, type ArticleContext } from './context.js';
import { spanIndexAt, type Token } from './text.js';
import { closingPerson, lastClauseBoundary, subjectBeforeVerb } from './verb-subject.js';

export { lastInFocus, resolveSubject, salienceEvents, type SalienceEvent } from './speaker-resolve.js';
export { innerSpeaker, interjectedSpeaker, signatureCue } from './speaker-sources.js';

export type Subject =
  | { kind: 'entity'; entity: number; pos: number; referred?: boolean }
  | { kind: 'pronoun'; pronoun: string; pos: number }
  | { kind: 'description'; words: string[]; text: string; pos: number; forEntity: number | null };

export interface Cue {
  subject: Subject | null;
  verb: string;
  /** "added", "adding": the speaker goes on, so neighbouring quotes share the speaker. */
  continuation: boolean;
  /** The subject was named after the quote ("…,” Joan Whitfield said). */
  after: boolean;
  /** A verb with no subject written ("«…», añadió.", "ha dichiarato."): the speaker in focus goes on. */
  dropped?: boolean;
  verbStart: number;
  verbEnd: number;
}

/** Index just past a speech expression starting at token i, or -1. */
function speechAt(ctx: ArticleContext, tokens: Token[], i: number): number {
  const { lex } = ctx;
  // French and Italian elision: "d'ajouter", "l'ha detto".
  const w = tokens[i].lower.replace(/^(?:d|l|qu|j|n|s)['’](?=\p{L})/u, '');
  const second = lex.speechPhrases.get(w);
  if (second) {
    if (tokens[i + 1] && second.includes(tokens[i + 1].lower)) return i + 2;
    // "по её словам", "nach ihren Angaben": the source's pronoun inside the phrase.
    return tokens[i + 2] && lex.sourcePronouns.has(tokens[i + 1].lower) && second.includes(tokens[i + 2].lower) ? i + 3 : -1;
  }
  return lex.speechVerbs.has(w) || lex.according.has(w) || separableSpeech(ctx, tokens, i) ? i + 1 : -1;
}

/** Candidate subjects in [start, end), in text order. */
export function subjectsIn(ctx: ArticleContext, start: number, end: number, allowPlaces: boolean, cited = false): Subject[] {
  const out: Subject[] = [];
  for (const i of mentionsIn(ctx, start, end)) {
    const e = ctx.entities[ctx.entityOf[i]];
    if (e.type === 'place' && !allowPlaces) continue;
    // "reunidos en la Plaza de Velmar": a name a preposition governs, through an article too, is no subject.
    // "told the Harbour Herald", "dijo a EFE": the medium spoken to is no subject either.
    if (ctx.mentions[i].afterPreposition || (!cited && (governedName(ctx, ctx.mentions[i].span[0]) || spokenTo(ctx, i)))) continue;
    // "siger hun ifølge Avisen Nordkyst": the outlet cited is not the one speaking, unless asked for.
    if (!cited && afterAccording(ctx, ctx.mentions[i].span[0])) continue;
    // "Ibrosa's prosecutor": a possessive modifies the subject, it is not the subject; so does a
    // name made an adjective ("Velmar-based Kessport", "the Kessa-led coalition").
    if (/^(?:['’]s\b|-(?:based|born|owned|led|backed|run|funded|made|registered|headquartered)\b)/.test(ctx.body.slice(ctx.mentions[i].span[1], ctx.mentions[i].span[1] + 16))) continue;
    // "the Harlow chairman", "the Velmar mayor": a name before a lowercase office word is what the office is of.
    const office = /^[ \u00a0]+(\p{Ll}[\p{L}-]*)/u.exec(ctx.body.slice(ctx.mentions[i].span[1], ctx.mentions[i].span[1] + 30));
    if (office && e.type !== 'person' && isTitle(ctx.lex, office[1])) continue;
    // "адвокат Алексея Кессова Иван Петров": where names decline, a name right before a person's
    // name is whose role it is (a genitive), not the subject.
    const next = ctx.lex.casedNames ? ctx.mentions[i + 1] : undefined;
    if (next && /^\s+$/.test(ctx.body.slice(ctx.mentions[i].span[1], next.span[0])) && ctx.entities[ctx.entityOf[i + 1]].type === 'person') continue;
    // "Olaf Roe (65, SPD) sagte": a party or an age in parentheses after a person's name describes them.
    if (e.type !== 'person' && describesPersonBefore(ctx, i)) continue;
    out.push({ kind: 'entity', entity: ctx.entityOf[i], pos: ctx.mentions[i].span[1] });
  }
  let prev = '';
  const outside = tokensOutside(ctx, start, end);
  for (const t of outside) {
    const w = t.lower;
    // "called it “a sad day” and urged": a pronoun right after a speech verb is its object.
    if (ctx.lex.pronouns.has(w) && !ctx.lex.speechVerbs.has(prev)) out.push({ kind: 'pronoun', pronoun: w, pos: t.end });
    prev = w;
  }
  // "the company said", "das Unternehmen": the company named before with that class noun.
  for (const [pos, entity] of companySubjects(ctx, outside)) {
    const at = out.findIndex((s) => s.kind === 'entity' && s.pos === pos);
    if (at >= 0) out.splice(at, 1);
    out.push({ kind: 'entity', entity, pos, referred: true });
  }
  const text = ctx.body.slice(start, end);
  const described: [number, number][] = [];
  const re = descriptionRe(ctx.lex);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const pos = start + m.index + m[0].length;
    if (insideQuote(ctx, pos - 1)) continue;
    const lead = m[0].trim().split(/\s+/)[0];
    const words: string[] = [];
    for (const w of [...(/['’]s$/.test(lead) ? [lead.replace(/['’]s$/, '')] : []), ...m[1].split(/\s+/), m[2].slice(0, -1), m[3]]) if (w) words.push(w.toLowerCase());
    // "The embassy accused ministers": a verb of speech among the modifiers ends the subject before it.
    if (words.some((w, k) => k < words.length - 1 && ctx.lex.speechVerbs.has(w))) continue;
    // "Dana Kellor, a Harbour Herald spokeswoman, said": a description apposed to the person named
    // right before it is that person, who is the subject already.
    if (apposedToPerson(ctx, start + m.index + m[0].search(/\S/))) continue;
    // "a Russian foreign ministry spokesman": the institution named inside the description.
    // "a Velmar Cathedral spokesperson": a name right before the head is what the description is of,
    // an organisation whatever its name's type was guessed to be.
    const modifies = (k: number) => ctx.entities[ctx.entityOf[k]].type !== 'place' && /^[\s-]+\p{L}+s?$/u.test(ctx.body.slice(ctx.mentions[k].span[1], pos));
    const inside = mentionsIn(ctx, start + m.index, pos).find((k) => ctx.entities[ctx.entityOf[k]].type === 'organization' || modifies(k));
    const forEntity = speaksFor(ctx.lex, lead, words) ? (representedEntity(ctx, pos) ?? (inside === undefined ? null : ctx.entityOf[inside])) : null;
    const named = complementEnd(ctx, pos);
    const office = ctx.lex.roleHeads.has(words[words.length - 1]) && !ctx.lex.uncased;
    const textEnd = named !== pos ? named : SPEAKS_FOR.has(words[words.length - 1]) ? representedNounEnd(ctx, pos) : office ? officeComplementEnd(ctx, pos) : pos;
    out.push({ kind: 'description', words, text: ctx.body.slice(start + m.index, textEnd).trim(), pos, forEntity });
    described.push([start + m.index, pos]);
  }
  // "the UN envoy": the name inside a description qualifies it and is not the speaker.
  const kept = described.length ? out.filter((s) => s.kind !== 'entity' || !described.some(([a, b]) => s.pos > a && s.pos < b)) : out;
  return kept.sort((a, b) => a.pos - b.pos);
}

/** Attribution right after a quote: "…,” the minister added." or "…,” said Orlov." */
export function cueAfter(ctx: ArticleContext, from: number, sentenceEnd: number): Cue | null {
  let tokens = tokensOutside(ctx, from, sentenceEnd).slice(0, 22);
  // "», gli ha detto il presidente", "», le dijo", "», lui a dit": who is spoken to, before the verb.
  const verbAfter = (k: number) => k < tokens.length && (ctx.lex.auxiliaries.has(tokens[k].lower) || ctx.lex.speechVerbs.has(tokens[k].lower));
  if (tokens.length > 1 && ctx.lex.objectClitics.has(tokens[0].lower) && verbAfter(1)) tokens = tokens.slice(1);
  const gap = ctx.body.slice(from, tokens[0]?.start ?? from);
  if (!tokens.length || /[.!?]/.test(gap)) return null;
  const inverted = invertedCue(ctx, tokens);
  if (inverted) return inverted;
  // "…», so Kellor am Montag": no verb, the word that attributes and the name after it.
  const by = attributedBy(ctx, tokens, 0);
  if (by !== undefined) {
    const [start, end] = ctx.mentions[by].span;
    return { subject: { kind: 'entity', entity: ctx.entityOf[by], pos: end }, verb: tokens[0].lower, continuation: false, after: true, verbStart: start, verbEnd: end };
  }
  // "», a déclaré le président", "», ha detto Rossi": an auxiliary opens the inverted clause.
  const lead = auxiliaryLead(ctx, tokens, 0);
  for (let i = 0; i < tokens.length; i++) {
    const past = speechAt(ctx, tokens, i);
    if (past < 0) continue;
    const verb = tokens[i].lower;
    const continuation = ctx.lex.continuationVerbs.has(verb);
    // "expressed his “utmost sadness”, calling Kellor “…”": a participle right after the quote has
    // the subject of the sentence the quote is in; the name after it is its object.
    if (i === 0 && ctx.lex.participles.has(verb)) {
      const quote = ctx.markSpans[spanIndexAt(ctx.markSpans, from - 1)];
      const start = ctx.sentences[sentenceIndexAt(ctx, quote ? quote[0] : from - 1)][0];
      const subject = sentenceSubject(ctx, start, from);
      return { subject, verb, continuation, after: false, dropped: subject === null, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    }
    // "…,” Kellor was told.": a passive's subject was spoken to, and no speaker goes on.
    if (passiveSpeech(ctx, tokens, i)) return { subject: passiveAgent(ctx, tokens, i, sentenceEnd), verb, continuation: false, after: true, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    // "…,” the state news agency reported, citing the public prosecutor": the relay names who speaks.
    const source = i > lead ? relayedSource(ctx, tokens[i].end) : null;
    if (source) return { subject: source, verb, continuation, after: true, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    if (i > lead && !complementBeforeVerb(ctx, tokens, openingAuxiliary(ctx, tokens, i))) {
      // The subject starts right after the quote: a name, a title, a pronoun or a determiner.
      const lead = tokens[0].lower;
      const titled = tokens.slice(0, 3).some((t) => isTitle(ctx.lex, t.text));
      const subjects = subjectsIn(ctx, tokens[0].start, tokens[i].start, true);
      const named = subjects.find((s) => s.kind === 'entity' && ctx.entities[s.entity].type === 'person');
      // "…,” maintainer Jo Roe said", "…,” member of parliament Jo Roe said": a lowercase role of up
      // to three words is fine when a name then meets the verb.
      // A longer one ("search and rescue agency operational director Jo Roe") when an office word meets the name.
      const roleTokens = tokens.slice(0, i).filter((t) => t.end <= (named?.pos ?? 0) && /^\p{Ll}/u.test(t.text));
      const roleWords = roleTokens.length;
      const office = roleWords > 0 && isTitle(ctx.lex, roleTokens[roleWords - 1].text) && /^\s+\p{Lu}/u.test(ctx.body.slice(roleTokens[roleWords - 1].end, roleTokens[roleWords - 1].end + 3));
      const roleThenName = (office ? i <= 12 && roleWords <= 8 : i <= 7 && roleWords <= 3) && named !== undefined && /^\s*$/.test(ctx.body.slice(named.pos, tokens[i].start));
      if (!/^\p{Lu}/u.test(tokens[0].text) && !ctx.lex.subjectLeads.has(lead) && !titled && !roleThenName) return null;
      // "…,” a post on Jo Roe's account said": the owner of the statement, named inside its description;
      // "…,” Jo Roe, director of the port agency, said": a person named before the noun is the subject.
      const noun = tokens.findIndex((t, k) => k < i && ctx.lex.statementNouns.has(t.lower));
      const nameFirst = named !== undefined && noun >= 0 && named.pos <= tokens[noun].start;
      const subject = (nameFirst ? named : statementSource(ctx, tokens.slice(0, i), tokens[i].start, from)) ?? named ?? subjects[0];
      // "…,” one user quipped.": attributed, to someone the text does not name.
      const unnamed = i <= 4 && ctx.lex.unnamedLeads.has(tokens[0].lower);
      if (subject || unnamed) return { subject: subject ?? null, verb, continuation, after: true, verbStart: tokens[i].start, verbEnd: tokens[i].end };
      return null;
    }
    // The subject runs to the first comma or full stop; an abbreviated rank ("Lt. Col.") goes on.
    const stopAt = (start: number) =>
      tokens.findIndex((t, k) => {
        const mark = ctx.body[t.end];
        if (k < start || !mark || !/[,.;]/.test(mark)) return false;
        return mark !== '.' || !(ctx.lex.abbreviations.has(t.lower) || isTitle(ctx.lex, t.text));
      });
    // "», ha detto, provocando le proteste di …": a verbal clause set off by a comma right after the
    // verb is a circumstance; no subject is written after the verb ("dijo, a través de Twitter, el
    // presidente": a preposition or a time word there opens an aside, passed over below).
    const opener = tokens[past];
    if (opener && past > 0 && /^\s*,\s*$/.test(ctx.body.slice(tokens[past - 1].end, opener.start)) && verbalClause(ctx, opener) && !mannerAside(ctx, tokens, past)) {
      return { subject: null, verb, continuation, after: true, dropped: true, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    }
    let stop = stopAt(past);
    // "dijo hoy, a través de Twitter, el presidente …": a time or a circumstance set off by commas
    // before the subject is passed over, when a noun phrase opens after it.
    for (let hop = 0, start = past; hop < 2 && stop >= start && ctx.body[tokens[stop].end] === ',' && stop + 1 < tokens.length; hop++) {
      const part = tokens.slice(start, stop + 1);
      const aside = mannerAside(ctx, tokens, start) || part.every((t) => ctx.lex.timeWords.has(t.lower) || ctx.lex.weekdays.has(t.lower) || ctx.lex.functionWords.has(t.lower)) || ctx.lex.prepositions.has(part[0].lower);
      const next = tokens[stop + 1];
      if (!aside || !(ctx.lex.subjectLeads.has(next.lower) || /^\p{Lu}/u.test(next.text)) || ctx.lex.pronouns.has(next.lower)) break;
      start = stop + 1;
      stop = stopAt(start);
    }
    let until = tokens[stop >= 0 ? stop : tokens.length - 1].end;
    if (past >= tokens.length) {
      const end = tokens[i].end;
      return { subject: null, verb, continuation, after: true, dropped: true, verbStart: tokens[i].start, verbEnd: end };
    }
    // "dijo la presidenta del puerto, Marta Iriarte", "said his successor, Velmar President Tomas
    // Verhoek": the name in apposition to the description, an office written before it.
    // "Según la televisión, el rey X ha …": after "according to", an article opens the main clause.
    const apposed = apposedPerson(ctx, until, !ctx.lex.according.has(verb));
    if (apposed !== undefined) until = ctx.mentions[apposed].span[1];
    // "», agregó, tras criticar al alcalde X": whoever a circumstance after the verb names is no subject.
    const aside = ctx.lex.according.has(verb) ? [] : circumstanceSpans(ctx, tokens, past, until);
    // "informó la agencia Kessa, citando al ministro Tomas Verhoek": the relay names who speaks.
    const relay = citedSpan(ctx.body, tokens[past].start, until);
    const cited = relay && citedSource(ctx, relay[1], relay[2]);
    const candidates = cited ? [cited] : subjectsIn(ctx, tokens[past].start, relay ? relay[0] : until, true, ctx.lex.according.has(verb));
    // "», a lancé peu après M. Roe": where verbs write their subject, a person in what read as a
    // circumstance is it; with no articles to end a circumstance, the person named last in the clause.
    const free = candidates.filter((s) => !within(aside, s.pos));
    const persons = free.length ? [] : candidates.filter((s) => s.kind === 'entity' && ctx.entities[s.entity].type === 'person');
    const subjects = free.length ? free : ctx.lex.writesSubject ? persons : ctx.lex.noArticles ? closingPerson(ctx, persons) : free;
    // A person named, or the company 'the company' refers back to: no statement's owner is asked for.
    // "said a friend of Mr. Roe, the opposition leader Jo Kellor,": a description's apposed name is
    // its subject, whoever the description names.
    const described = apposed !== undefined && ctx.lex.subjectLeads.has(tokens[past].lower) && !ctx.lex.pronouns.has(tokens[past].lower);
    const named = described ? subjects.find((s) => s.kind === 'entity' && s.entity === ctx.entityOf[apposed]) ?? subjects.find((s) => s.kind === 'entity' && ctx.entities[s.entity].type === 'person') : subjects.find((s) => s.kind === 'entity' && (ctx.entities[s.entity].type === 'person' || s.referred));
    // "…», a déclaré la première ministre": a speaker written after the verb is who speaks, and a
    // place there is where or whose office it is; it speaks only when nothing else is named.
    const speaker = subjects.find((s) => s.kind !== 'entity' || ctx.entities[s.entity].type !== 'place') ?? subjects[0];
    // The source a relay cites speaks, not the agency whose statement relays it; "a annoncé le palais
    // de Kessa dans un communiqué": an institution written as the subject owns the statement.
    // "говорится в заявлении президента США": an office owning the statement speaks, not the country it is of.
    const owner = named || cited ? null : statementSource(ctx, tokens.slice(past), until, from);
    const statement = owner?.kind === 'description' || !(speaker?.kind === 'entity' && ctx.entities[speaker.entity].type === 'organization') ? owner : null;
    // "…,” said one legal expert.": attributed, to someone the text does not name.
    const body = named || statement ? null : bodyAfter(ctx, tokens, past);
    const subject = named ?? statement ?? body ?? speaker ?? null;
    // "», dijo a través de la televisión": the verb opens the clause and only circumstances follow
    // it, so the speaker in focus goes on; "…», ont annoncé vers minuit les pompiers" and "…,” said
    // a soldier" write a subject: a determiner not governed by a preposition.
    return { subject, verb, continuation, after: true, dropped: subject === null && !subjectWritten(ctx, tokens, past, until, aside), verbStart: tokens[i].start, verbEnd: tokens[i].end };
  }
  // "«…», palabras de Dana Kellor.", "“…” were Kellor's first words.": no verb, a noun for words and their owner.
  const owner = wordsOwner(ctx, tokens, sentenceEnd);
  if (owner) return { subject: owner, verb: 'words', continuation: false, after: true, verbStart: owner.pos, verbEnd: owner.pos };
  // "…”, messaggio su twitter del sindaco, Luca Roe.": no verb, a statement noun and its owner.
  const noun = ctx.lex.subjectLeads.has(tokens[0].lower) || ctx.lex.connectorArticles.has(tokens[0].lower) ? tokens[1] : tokens[0];
  if (!noun || !ctx.lex.statementNouns.has(noun.lower)) return null;
  const statement = statementSource(ctx, tokens.slice(tokens.indexOf(noun)), sentenceEnd, from);
  return statement && { subject: statement, verb: noun.lower, continuation: false, after: true, verbStart: noun.start, verbEnd: noun.end };
}

/** Whether mention `i` stands in parentheses right after a person's name: "Anna Kellor (SPD)", "Kellor (65, SPD)". */
function describesPersonBefore(ctx: ArticleContext, i: number): boolean {
  const open = ctx.body.lastIndexOf('(', ctx.mentions[i].span[0]);
  if (open < 0 || ctx.mentions[i].span[0] - open > 24 || ctx.body.slice(open, ctx.mentions[i].span[0]).includes(')')) return false;
  const before = mentionsIn(ctx, Math.max(0, open - 60), open).pop();
  return before !== undefined && ctx.entities[ctx.entityOf[before]].type === 'person' && /^\s*$/.test(ctx.body.slice(ctx.mentions[before].span[1], open));
}

/**
 * "declarou, bastante comovido, Laurent Fabius": up to three lowercase words from tokens[start],
 * no determiner or pronoun among them, set off by a comma before a person's name, say how the
 * speaker spoke; the name is the subject.
 */
function mannerAside(ctx: ArticleContext, tokens: Token[], start: number): boolean {
  for (let k = start; k < Math.min(tokens.length - 1, start + 3); k++) {
    const w = tokens[k].lower;
    if (!/^\p{Ll}/u.test(tokens[k].text) || ctx.lex.subjectLeads.has(w) || ctx.lex.pronouns.has(w) || ctx.lex.connectorArticles.has(w)) return false;
    if (ctx.body[tokens[k].end] !== ',') continue;
    const next = tokens[k + 1];
    return mentionsIn(ctx, next.start, next.end).some((m) => ctx.mentions[m].span[0] === next.start && ctx.entities[ctx.entityOf[m]].type === 'person');
  }
  return false;
}

/** A lower-case word that opens no noun phrase, aside or name: a gerund or participle opening a clause of its own. */
function verbalClause(ctx: ArticleContext, t: Token): boolean {
  const w = t.lower;
  const lex = ctx.lex;
  if (!/^\p{Ll}/u.test(t.text) || isTitle(lex, t.text)) return false;
  return !(lex.prepositions.has(w) || lex.functionWords.has(w) || lex.timeWords.has(w) || lex.weekdays.has(w) || lex.subjectLeads.has(w) || lex.connectorArticles.has(w) || lex.pronouns.has(w) || lex.according.has(w));
}

/** A determiner opening a noun phrase that no preposition governs, in tokens[from..] before `until`. */
function subjectWritten(ctx: ArticleContext, tokens: Token[], from: number, until: number, aside: [number, number][]): boolean {
  for (let k = from; k < tokens.length && tokens[k].start < until; k++) {
    const w = tokens[k].lower;
    if (within(aside, tokens[k].end)) continue;
    if ((ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w)) && !ctx.lex.prepositions.has(w) && !ctx.lex.prepositions.has(tokens[k - 1]?.lower ?? '') && !ctx.lex.pronouns.has(w)) return true;
  }
  return false;
}

/** French inversion after a quote: "écrit-il", "a-t-elle déclaré", "a-t-il commenté". */
const INVERSION_RE = /^(\p{L}+)-(?:t-)?(\p{L}+)$/u;

function invertedCue(ctx: ArticleContext, tokens: Token[]): Cue | null {
  const m = INVERSION_RE.exec(tokens[0].text);
  if (!m || !ctx.lex.pronouns.has(m[2].toLowerCase())) return null;
  const stem = m[1].toLowerCase();
  // "», était-il indiqué": an impersonal passive names no speaker, and the speaker before does not go on.
  const passive = impersonalPassive(ctx, tokens, stem, m[2].toLowerCase());
  if (passive) return { subject: null, verb: passive.lower, continuation: false, after: true, verbStart: passive.start, verbEnd: passive.end };
  const verbTok = ctx.lex.auxiliaries.has(stem) ? tokens[1] : ctx.lex.speechVerbs.has(stem) ? tokens[0] : undefined;
  if (!verbTok) return null;
  const verb = verbTok === tokens[0] ? stem : verbTok.lower;
  // "», a-t-elle commencé": an inverted verb and pronoun right after a quote attribute it, whatever the verb.
  if (verbTok !== tokens[1] && !ctx.lex.speechVerbs.has(verb)) return null;
  const subject: Subject = { kind: 'pronoun', pronoun: m[2].toLowerCase(), pos: tokens[0].end };
  return { subject, verb, continuation: ctx.lex.continuationVerbs.has(verb), after: true, verbStart: verbTok.start, verbEnd: verbTok.end };
}

/**
 * Attribution before a quote in its sentence: the last speech verb before it and that verb's
 * subject ("Orlov said he has “deep doubts”"); a participle ("saying, “…”") takes the
 * sentence's subject. Searches the quote's clause first, then the whole sentence.
 */
export function cueBefore(ctx: ArticleContext, sentenceStart: number, quoteStart: number): Cue | null {
  const [clauseStart, conjunction] = lastClauseBoundary(ctx, sentenceStart, quoteStart);
  const clause = clauseStart > sentenceStart ? cueIn(ctx, clauseStart, quoteStart, sentenceStart) : null;
  // "NATO announced new patrols, and called the attack “…”": a verb coordinated with no subject of
  // its own shares the subject of the sentence's first clause, not the person last in focus.
  if (clause?.dropped && conjunction >= 0) {
    const subject = sentenceSubject(ctx, sentenceStart, conjunction);
    if (subject) return { ...clause, subject, dropped: false };
    // "The alliance announced …, and said", "Police arrested Kellor, and said": a subject written,
    // a noun phrase opening the sentence, though no one we know; not the person in focus.
    const lead = tokensOutside(ctx, sentenceStart, conjunction)[0]?.lower ?? '';
    const adverbial = (w: string) => ctx.lex.prepositions.has(w) || ctx.lex.functionWords.has(w) || ctx.lex.timeWords.has(w) || ctx.lex.weekdays.has(w);
    if (lead && !ctx.lex.pronouns.has(lead) && (ctx.lex.subjectLeads.has(lead) || ctx.lex.connectorArticles.has(lead) || !adverbial(lead))) return { ...clause, dropped: false };
  }
  return clause || cueIn(ctx, sentenceStart, quoteStart, sentenceStart);
}

/**
 * The subject of the clause in [start, end): its speech verb's, else the first candidate named (no
 * place), or the person named in apposition right after it ("Kellor's successor as leader, Tomas Verhoek,").
 */
export function sentenceSubject(ctx: ArticleContext, start: number, end: number): Subject | null {
  const spoken = cueIn(ctx, start, end, start)?.subject;
  if (spoken) return spoken;
  // "Police arrested Dana Kellor, and said": a name right after an English past form (titles between) is its object.
  const object = (x: Subject) => {
    const m = x.kind === 'entity' ? ctx.mentions.findIndex((y, i) => y.span[1] === x.pos && ctx.entityOf[i] === x.entity) : -1;
    const before = m < 0 ? undefined : tokensOutside(ctx, start, ctx.mentions[m].span[0]).findLast((t) => !isTitle(ctx.lex, t.text));
    return before !== undefined && /^\p{Ll}+ed$/u.test(before.text) && !/,\s*$/.test(ctx.body.slice(before.end, ctx.mentions[m].span[0]));
  };
  const first = subjectsIn(ctx, start, end, false).find((x) => !object(x));
  const comma = first && first.kind !== 'entity' ? /^\s*,/.exec(ctx.body.slice(first.pos, first.pos + 3)) : null;
  const named = comma && first ? apposedPerson(ctx, first.pos + comma[0].length - 1) : undefined;
  return named !== undefined ? { kind: 'entity', entity: ctx.entityOf[named], pos: ctx.mentions[named].span[1] } : (first ?? null);
}

function cueIn(ctx: ArticleContext, start: number, end: number, sentenceStart: number): Cue | null {
  const tokens = tokensOutside(ctx, start, end);
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (speechAt(ctx, tokens, i) < 0) continue;
    const verb = tokens[i].lower;
    const continuation = ctx.lex.continuationVerbs.has(verb);
    if (ctx.lex.according.has(verb)) {
      // "according to her", "по её словам": the pronoun names the source, whoever the clause goes on to name.
      const pronoun = tokens.slice(i + 1, i + 3).find((t) => t.start < end && ctx.lex.sourcePronouns.has(t.lower));
      if (pronoun) return { subject: { kind: 'pronoun', pronoun: pronoun.lower, pos: pronoun.end }, verb, continuation, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
      const subjects = subjectsIn(ctx, tokens[i].end, end, true, true);
      if (subjects.length) return { subject: subjects[0], verb, continuation, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
      continue;
    }
    if (ctx.lex.participles.has(verb)) {
      // "X stressed that …, saying “…”": the participle shares the main speech verb's subject.
      const subject = sentenceSubject(ctx, sentenceStart, tokens[i].start);
      return { subject, verb, continuation, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    }
    // "Verhoek had been warned in May: “…”": the passive's subject is who was spoken to; the speaker is its agent or unnamed.
    if (passiveSpeech(ctx, tokens, i)) return { subject: passiveAgent(ctx, tokens, i, end), verb, continuation: false, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    // "The firm's recovery, said Mr Tanaka, was thanks to …", "…, ha detto Lund, è …": an inverted
    // attribution set off by commas.
    let opens = openingAuxiliary(ctx, tokens, i);
    const inverted = /,\s*$/.test(ctx.body.slice(Math.max(start, tokens[opens].start - 3), tokens[opens].start))
      ? mentionsIn(ctx, tokens[i].end, Math.min(end, tokens[i].end + 40)).find((m) => ctx.entities[ctx.entityOf[m]].type === 'person' && /^\s*,/.test(ctx.body.slice(ctx.mentions[m].span[1], ctx.mentions[m].span[1] + 2)))
      : undefined;
    if (inverted !== undefined) {
      const subject: Subject = { kind: 'entity', entity: ctx.entityOf[inverted], pos: ctx.mentions[inverted].span[1] };
      return { subject, verb, continuation, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    }
    // "Kessa reported, citing the public prosecutor, that …": the relay names who speaks.
    const source = relayedSource(ctx, tokens[i].end);
    if (source) return { subject: source, verb, continuation, after: false, verbStart: tokens[i].start, verbEnd: tokens[i].end };
    const subjects = subjectsIn(ctx, start, tokens[i].start, true).filter(
      (s) => s.kind !== 'entity' || ctx.entities[s.entity].type !== 'place' || s.pos >= tokens[i].start - 2,
    );
    // Verb first, subject after it ("وقال الوزير سامي حداد إن"): the person named between verb and quote.
    const following = subjects.length ? [] : subjectsIn(ctx, tokens[i].end, end, true);
    const after = following.find((s) => s.kind === 'entity' && ctx.entities[s.entity].type === 'person') ?? describedAfterVerb(ctx, following, tokens[i].end, end);
    // "В МЧС сообщили: «…»": the body before the verb, the verb's subject unwritten.
    const body = subjects.length || after ? null : bodyBefore(ctx, tokens, i);
    const subject = secondPlaceSubject(ctx, tokens, i, subjects) ?? subjectBeforeVerb(ctx, subjects, start, tokens[i].start) ?? after ?? body ?? pronounAfterVerb(ctx, tokens, i) ?? institutionBefore(ctx, tokens, i);
    // "Avant d'ajouter : « … »", "Añadió que «…»", "Ha advertido que «…»": no subject written, the speaker in focus goes on.
    // "Poi ha detto:", "Durante l'audizione alla Commissione ha detto:": in a language that may
    // leave its subject unwritten, adverbs and circumstances before the verb write none either; a
    // name there other than a place or an institution ("A Verhoek le dijeron:") is who was spoken
    // to, and the speaker is not told.
    const unwritten = (t: Token) => ctx.lex.functionWords.has(t.lower) || ctx.lex.auxiliaries.has(t.lower);
    const dropped =
      subject === null &&
      (tokens.slice(0, i).every(unwritten) ||
        (!ctx.lex.writesSubject && !subjectWritten(ctx, tokens, 0, tokens[i].start, []) && mentionsIn(ctx, start, tokens[i].start).every((m) => ctx.mentions[m].afterPreposition && ['place', 'organization'].includes(ctx.entities[ctx.entityOf[m]].type))));
    return { subject, verb, continuation, after: false, dropped, verbStart: tokens[i].start, verbEnd: tokens[i].end };
  }
  return null;
}

