// Clauses around a speech verb that name someone who is not the speaker: a circumstance after the
// verb ("», agregó, tras criticar al alcalde X"), the medium spoken to ("lo contó a la radio
// X", "told the Harbour Herald") or that relays the words ("…, сообщает телеграм-канал X",
// "…, the Harbour Herald reported"); the German "…, so X" that attributes without a verb; and the
// name that opens an apposition before a colon ("Jo Roe, Präsident des Gerichts: „…“").
import { mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import { isTitle } from './lang/index.js';
import type { Subject } from './speakers.js';
import { lastColon, type Token } from './text.js';

/**
 * An infinitive ("criticar", "visitar", "rencontrer", "incontrare") or, in English, a participle
 * ("meeting", "owned"): what follows is its object. Written in lowercase ("su Twitter il ministro":
 * a name is none), and in Italian ending in a vowel ("al premier il ministro": a loanword is none).
 */
const ROMANCE_INFINITIVE = /^\p{Ll}{2,}(?:ar|er|ir|re|se)$/u;
const ITALIAN_INFINITIVE = /^\p{Ll}{2,}(?:re|rsi)$/u;
const ROMANCE = new Set(['es', 'pt', 'fr', 'it']);

/**
 * "«…» de millions de personnes, a déclaré M. Roe": in a language that inverts its verb after a
 * quote, a lowercase complement of the quote set off by a comma before the verb (and its
 * auxiliaries at tokens[open]) belongs to the quote's sentence, not to the verb's subject.
 */
export function complementBeforeVerb(ctx: ArticleContext, tokens: Token[], open: number): boolean {
  if (!ROMANCE.has(ctx.lex.language) || open === 0 || !/^\p{Ll}/u.test(tokens[0].text)) return false;
  return ctx.body.slice(tokens[open - 1].end, tokens[open].start).includes(',') && !ctx.lex.subjectLeads.has(tokens[0].lower);
}
// "sconfiggendo il presidente X", "derrotando a X": a gerund governs its object as an infinitive
// does ("quando", "cuando" are no gerunds: words of the lexicon are left out).
const GERUND = /^\p{Ll}{3,}(?:ando|endo|indo)$/u;
const GERUNDS = new Set(['es', 'pt', 'it']);
const nonfinite = (lex: ArticleContext['lex'], w: string): boolean => {
  if (GERUNDS.has(lex.language) && GERUND.test(w) && !lex.complementisers.has(w) && !lex.functionWords.has(w)) return true;
  return lex.language === 'en' ? /^\p{Ll}{3,}(?:ing|ed)$/u.test(w) : lex.language === 'it' ? ITALIAN_INFINITIVE.test(w) : ROMANCE.has(lex.language) && ROMANCE_INFINITIVE.test(w);
};

/**
 * Which of tokens[from..] (up to `until`) lie in a circumstance opened by a preposition after the
 * verb: "tras criticar al alcalde X", "após visitar o prefeito, X", "en Velmar". It runs to
 * a determiner that opens a new noun phrase ("dijo en Velmar el ministro"), or to a comma, past a
 * name set right after that comma (the object's apposition). A name inside is no subject.
 */
export function circumstanceSpans(ctx: ArticleContext, tokens: Token[], from: number, until: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  let last = -1;
  // Once the subject's noun phrase has begun, a preposition is its complement ("el asesor de la presidencia").
  let phrase = false;
  const close = () => {
    if (open >= 0) out.push([open, last]);
    open = -1;
  };
  for (let k = from; k < tokens.length && tokens[k].start < until; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    const afterComma = prev !== undefined && ctx.body.slice(prev.end, t.start).includes(',');
    if (open >= 0 && afterComma) {
      // ", Jair Roe": a name right after the comma is the apposition of the circumstance's object.
      const named = mentionsIn(ctx, t.start, t.start + 1).find((m) => ctx.mentions[m].span[0] === t.start);
      if (named !== undefined) {
        last = ctx.mentions[named].span[1];
        while (k + 1 < tokens.length && tokens[k + 1].start < last) k++;
        continue;
      }
      close();
    }
    if (afterComma) phrase = false;
    // "declaró a la AFP Dana Kellor": a person named right after the name the preposition governs
    // opens the subject; no noun phrase holds two names side by side.
    if (open >= 0 && prev !== undefined && nextName(ctx, tokens.slice(from, k).filter((x) => x.start >= open), t)) {
      close();
      phrase = true;
    }
    // "ha detto a sua volta Galletti": a preposition, a possessive and its noun are an adverbial;
    // a name right after them opens the subject.
    if (open >= 0 && k >= 3 && tokens[k - 3].start === open && ctx.lex.possessives.has(tokens[k - 2].lower) && /^\p{Lu}/u.test(t.text)) {
      close();
      phrase = true;
    }
    const w = t.lower;
    const determiner = (ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w)) && !ctx.lex.pronouns.has(w);
    // "afirmou a ministra": a word that is a preposition and an article opens a circumstance only before a determiner ("dijo a la prensa").
    const article = determiner && !(tokens[k + 1] && (ctx.lex.subjectLeads.has(tokens[k + 1].lower) || ctx.lex.connectorArticles.has(tokens[k + 1].lower)));
    if (ctx.lex.prepositions.has(w) && !ctx.lex.according.has(w) && !article) {
      if (open < 0 && !phrase) open = t.start;
    } else if (open >= 0 && determiner) {
      // A determiner after a noun opens the subject; after a preposition or a verb's infinitive it is
      // their object, and after "y", "et", "und" a second object of theirs ("ante el Senado y la Cámara").
      const governed = prev !== undefined && (ctx.lex.prepositions.has(prev.lower) || nonfinite(ctx.lex, prev.text) || ctx.lex.numberJoiners.has(prev.lower));
      if (!governed) {
        close();
        phrase = true;
      }
    } else if (open < 0 && (determiner || /^\p{Lu}/u.test(t.text) || isTitle(ctx.lex, t.text))) {
      phrase = true;
    }
    if (open >= 0) last = t.end;
  }
  close();
  return out;
}

/**
 * "Das gab der Oberstaatsanwalt am Donnerstag bekannt", "…“, wies Verhoek die Vorwürfe zurück": a
 * finite verb whose separable particle closes its clause (at punctuation, a quote or the end of
 * `tokens`) is a speech verb, though alone it names none ("es gab", "er wies den Weg").
 */
export function separableSpeech(ctx: ArticleContext, tokens: Token[], i: number): boolean {
  const particles = ctx.lex.speechParticles.get(tokens[i].lower);
  if (!particles) return false;
  let k = i + 1;
  while (k < tokens.length && !/[,.;:!?"“”„«»]/.test(ctx.body.slice(tokens[k - 1].end, tokens[k].start))) k++;
  return k > i + 1 && particles.has(tokens[k - 1].lower);
}

/**
 * Whether a person's name starts at `t`, right after a name (a known one or a capitalised word:
 * "a la KPA", "à l'AFP") that ends the circumstance's words `inside`, with no office among them:
 * "dijo a la ministra de Defensa Dana Kellor" names whom it was said to. After a lowercase noun, a
 * full name does too.
 */
function nextName(ctx: ArticleContext, inside: Token[], t: Token): boolean {
  const prev = inside[inside.length - 1];
  if (!prev || !/^[ \u00a0]+$/.test(ctx.body.slice(prev.end, t.start))) return false;
  const named = mentionsIn(ctx, t.start, t.start + 1).find((m) => ctx.mentions[m].span[0] === t.start);
  if (named === undefined || ctx.entities[ctx.entityOf[named]].type !== 'person' || inside.some((x) => isTitle(ctx.lex, x.text))) return false;
  // "informó en diálogo con esta agencia Marco Roe": a full name right after a common noun that is no office.
  return /^\p{Lu}/u.test(prev.text) || (/^\p{Ll}{3,}$/u.test(prev.text) && !ctx.lex.functionWords.has(prev.lower) && /\s/.test(ctx.mentions[named].text));
}

/** "encore", "también", "finalement": an adverb between an auxiliary and its participle. */
export const interposed = (lex: ArticleContext['lex'], w: string): boolean => lex.interposed.has(w) || /^\p{Ll}{3,}(?:ment|mente)$/u.test(w);

/** Index past the auxiliaries (and the adverbs after them) opening tokens[from..]: "a encore", "ha". */
export function auxiliaryLead(ctx: ArticleContext, tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 2 && k < tokens.length && ctx.lex.auxiliaries.has(tokens[k].lower)) k++;
  if (k === from) return k;
  while (k < from + 4 && k < tokens.length && interposed(ctx.lex, tokens[k].lower)) k++;
  // "a de son côté déclaré", "ha por su parte señalado": a short lowercase adverbial before the participle.
  for (let j = k; j < Math.min(tokens.length, k + 4) && /^\p{Ll}/u.test(tokens[j].text); j++) if (ctx.lex.speechVerbs.has(tokens[j].lower)) return j;
  return k;
}

/** Where the verb at tokens[i] opens with its auxiliaries and the adverbs after them ("a encore indiqué"). */
export function openingAuxiliary(ctx: ArticleContext, tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && k > i - 2 && interposed(ctx.lex, tokens[k - 1].lower)) k--;
  if (k < i && !(k > 0 && ctx.lex.auxiliaries.has(tokens[k - 1].lower))) k = i;
  while (k > 0 && ctx.lex.auxiliaries.has(tokens[k - 1].lower)) k--;
  return k;
}

export const within = (spans: [number, number][], pos: number): boolean => spans.some(([a, b]) => pos > a && pos <= b);

/**
 * "…, so Kellor am Montag", "so die Ministerin": a word that gives what precedes to the name right
 * after it (titles or a determiner between), set off by a comma. The mention, or undefined.
 */
export function attributedBy(ctx: ArticleContext, tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t || !ctx.lex.attributors.has(t.lower) || !/,\s*$/.test(ctx.body.slice(Math.max(0, t.start - 3), t.start))) return undefined;
  let j = k + 1;
  while (j < tokens.length && j <= k + 3 && (isTitle(ctx.lex, tokens[j].text) || ctx.lex.subjectLeads.has(tokens[j].lower))) j++;
  const next = tokens[j];
  if (!next) return undefined;
  const m = mentionsIn(ctx, next.start, next.start + 1).find((i) => ctx.mentions[i].span[0] === next.start);
  if (m === undefined) return undefined;
  const type = ctx.entities[ctx.entityOf[m]].type;
  return type === 'person' || type === 'organization' ? m : undefined;
}

/** The attribution ", so X" in [start, end): the mention of X, or undefined. */
export function attributorIn(ctx: ArticleContext, start: number, end: number): number | undefined {
  if (ctx.lex.attributors.size === 0) return undefined;
  const tokens = tokensOutside(ctx, start, end);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const m = attributedBy(ctx, tokens, k);
    if (m !== undefined) return m;
  }
  return undefined;
}

/**
 * Whether the mention is a medium: named with a medium's noun ("Telegram channel X", "la cadena
 * X", "телеграм-канал X", the noun glued to it by a hyphen) or itself holding one.
 */
export function isMedium(ctx: ArticleContext, mention: number): boolean {
  if (ctx.lex.mediaNouns.size === 0) return false;
  const [a, b] = ctx.mentions[mention].span;
  // Only words of the name's own clause: "…the channel," Kellor said' is no channel called Kellor.
  const window = ctx.body.slice(Math.max(0, a - 30), a);
  const clause = window.slice(window.search(/[^.,;:!?"“”«»„‘’]*$/u));
  const words = (clause + ctx.body.slice(a, b)).toLowerCase().split(/[^\p{L}]+/u);
  const own = ctx.body.slice(a, b).toLowerCase().split(/[^\p{L}]+/u);
  // The two words before the name (an article and the noun), the name itself, and a hyphenated part right after it.
  const after = /^-(\p{L}+)/u.exec(ctx.body.slice(b, b + 20))?.[1]?.toLowerCase();
  return [...words.slice(-own.length - 2), ...(after ? [after] : [])].some((w) => ctx.lex.mediaNouns.has(w));
}

/**
 * "lo contó a la radio X", "told the Harbour Herald", "a déclaré à la chaîne X": an organisation
 * the words were said to, named after a preposition of address (or "told") with a speech verb
 * before it in its clause. It is the medium, not the speaker.
 */
export function isAddressee(ctx: ArticleContext, mention: number): boolean {
  const at = ctx.mentions[mention].span[0];
  const tokens = tokensOutside(ctx, Math.max(0, at - 120), at);
  if (dativeName(ctx, tokens)) return true;
  let k = tokens.length - 1;
  const skipped = (w: string) => !ctx.lex.addressPrepositions.has(w) && (ctx.lex.connectorArticles.has(w) || ctx.lex.subjectLeads.has(w) || ctx.lex.mediaNouns.has(w));
  while (k >= 0 && skipped(tokens[k].lower)) k--;
  // "à agência Kessa", "à l’agence Kessa": one lowercase noun of the medium's class, after its article or
  // a preposition that is no article too (Portuguese "afirmou a ministra Ana Costa" names the speaker).
  const prep = (w: string) => ctx.lex.addressPrepositions.has(w) && !ctx.lex.subjectLeads.has(w) && !ctx.lex.connectorArticles.has(w);
  // Not after a possessive: "à son tour", "a sua volta" are adverbials of the subject.
  if (k > 0 && /^(?:\p{Ll}+['’])?\p{Ll}+$/u.test(tokens[k].text) && !isTitle(ctx.lex, tokens[k].text) && !ctx.lex.addressPrepositions.has(tokens[k].lower) && !ctx.lex.possessives.has(tokens[k - 1].lower) && (prep(tokens[k - 1].lower) || skipped(tokens[k - 1].lower))) {
    k--;
    while (k >= 0 && skipped(tokens[k].lower)) k--;
  }
  // "all’agenzia Kessa", "dall’emittente": a preposition elided onto the noun before the name.
  const w = (tokens[k]?.lower ?? '').replace(/^(\p{L}+)['’]\p{L}+$/u, '$1');
  if (w === 'told') return true;
  if (!ctx.lex.addressPrepositions.has(w)) return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (/[.;:!?]/.test(ctx.body.slice(tokens[j].end, tokens[j + 1].start))) return false;
    if (ctx.lex.speechVerbs.has(tokens[j].lower)) return true;
  }
  return false;
}

/**
 * "sagte Verhoek dem Harbour Herald", "teilte Kessport der Agentur Kessa mit", "Dem Sender Kessa TV
 * sagte sie": whether the name after `tokens` opens with a dative article (past one noun of its
 * class, "Agentur", "Sender"), so it is spoken to. A dative is never a subject, wherever the verb
 * stands; "der" is also the genitive, so it counts only right after a name or pronoun.
 */
function dativeName(ctx: ArticleContext, tokens: Token[]): boolean {
  if (ctx.lex.dativeArticles.size === 0 || tokens.length === 0) return false;
  const end = tokens[tokens.length - 1].end;
  let k = tokens.length - 1;
  // One capitalised class noun that is no name of its own ("der Agentur Kessa").
  if (k > 0 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && ctx.lex.dativeArticles.has(tokens[k - 1].lower) && mentionsIn(ctx, tokens[k].start, tokens[k].end).length === 0) k--;
  const w = tokens[k].lower;
  if (!ctx.lex.dativeArticles.has(w) || /[,.;:!?"“”„«»]/.test(ctx.body.slice(tokens[k].end, end).replace(/^\s+$/, ''))) return false;
  if (!ctx.lex.nameConnectors.has(w)) return true;
  const prev = tokens[k - 1];
  if (!prev || /\S/.test(ctx.body.slice(prev.end, tokens[k].start))) return false;
  return ctx.lex.pronouns.has(prev.lower) || mentionsIn(ctx, prev.start, prev.end).some((m) => ctx.mentions[m].span[1] === prev.end);
}

/**
 * "Roe said the aid came too late, the Harbour Herald reported.": a name after a comma whose
 * speech verb closes a sentence that already reports someone's words is the outlet relaying them,
 * a credit and not a subject in focus.
 */
export function isRelayCredit(ctx: ArticleContext, mention: number): boolean {
  const [a, b] = ctx.mentions[mention].span;
  const tail = /^\s+(\p{L}+)\s*[.!?]/u.exec(ctx.body.slice(b, b + 40));
  if (!tail || !ctx.lex.speechVerbs.has(tail[1].toLowerCase())) return false;
  const head = ctx.body.slice(Math.max(0, a - 200), a);
  const comma = /,["”»’']?\s*(?:\p{L}{1,4}\s+)?$/u.exec(head);
  if (!comma) return false;
  const clause = head.slice(0, comma.index);
  const sentence = clause.slice(Math.max(clause.lastIndexOf('. '), clause.lastIndexOf('\n')) + 1);
  return sentence.split(/[^\p{L}]+/u).some((w) => ctx.lex.speechVerbs.has(w.toLowerCase()) || ctx.lex.according.has(w.toLowerCase()));
}

/**
 * Whether a mention stands where an object stands: after a preposition or a verb form ("including
 * company chief Dana Roe", "owned by ferry operator Dana Roe", "tras criticar al alcalde Dana
 * Roe"), past the titles, capitalised words and up to two nouns before it. A name opening its
 * sentence or clause ("Harbour master Dana Roe said", "le pasteur Dana Roe"), or after "said" or
 * "that", is a subject.
 */
export function inObjectPosition(ctx: ArticleContext, mention: number): boolean {
  const [at, end] = ctx.mentions[mention].span;
  // "Dana Roe's body": a possessive qualifies the subject, it is none.
  if (/^['’]s?(?!\p{L})/u.test(ctx.body.slice(end, end + 3))) return true;
  const tokens = tokensOutside(ctx, Math.max(0, at - 80), at);
  let nouns = 0;
  // "He thanked the crews and Dana Roe": a name after "and" stands where the phrase before it
  // stands, so the search goes on past that phrase to the verb both share.
  let conjunct = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    const gap = ctx.body.slice(t.end, k + 1 < tokens.length ? tokens[k + 1].start : at);
    if (/[,.;:!?()"“”«»\n]/.test(gap)) return false;
    const w = t.lower;
    if (!conjunct && ctx.lex.numberJoiners.has(w)) {
      conjunct = true;
      nouns = 0;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text) || isTitle(ctx.lex, t.text) || ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w)) continue;
    // "Minister of Defence Dana Roe": a connector inside an office, between capitalised words.
    const inOffice = ctx.lex.nameConnectors.has(w) && k > 0 && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ctx.body.slice(at, end)) && (isTitle(ctx.lex, tokens[k - 1].text) || /^\p{Lu}/u.test(tokens[k - 1].text));
    if (inOffice) continue;
    if (ctx.lex.prepositions.has(w) || ctx.lex.nameConnectors.has(w) || nonfinite(ctx.lex, w)) return true;
    if (ctx.lex.speechVerbs.has(w) || ctx.lex.complementisers.has(w) || ctx.lex.auxiliaries.has(w) || ctx.lex.functionWords.has(w)) return false;
    const prev = tokens[k - 1];
    // "whether he could back Dana Roe", "they met Roe": a verb right after a personal pronoun (a
    // modal between) has the name as its object.
    const subjectPronoun = (t: Token | undefined) => t !== undefined && ['m', 'f', 'p'].includes(ctx.lex.pronouns.get(t.lower) ?? '');
    if ((nouns === 0 || (conjunct && nouns <= 2)) && (subjectPronoun(prev) || (subjectPronoun(tokens[k - 2]) && /^\p{Ll}+$/u.test(prev?.text ?? '')))) return true;
    // "el presidente francés", "le pasteur", "harbour master": an adjective or a noun of the name's own phrase.
    if (prev && (isTitle(ctx.lex, prev.text) || ctx.lex.subjectLeads.has(prev.lower) || ctx.lex.connectorArticles.has(prev.lower))) continue;
    if (++nouns > 2) return true;
  }
  return false;
}

/** Whether a cue's subject is a relay credit (isRelayCredit). */
export function creditedRelay(ctx: ArticleContext, subject: Subject | null): boolean {
  if (subject?.kind !== 'entity') return false;
  const m = ctx.mentions.findIndex((x, i) => x.span[1] === subject.pos && ctx.entityOf[i] === subject.entity);
  return m >= 0 && isRelayCredit(ctx, m);
}

/** "…, citing", "…, citando a", "…, citant", "… unter Berufung auf", "…, ссылаясь на": a relay's source follows. */
const RELAY = /(?:,\s*|\s+)(?:citing|quoting|citando(?:\s+al?)?|citant|unter\s+Berufung\s+auf|ссылаясь\s+на)\s+/iu;

/**
 * Where a relay in the subject stretch [from, until) or right after it starts, and the stretch
 * naming the source it cites (to the next comma or full stop); null without one.
 */
export function citedSpan(body: string, from: number, until: number): [number, number, number] | null {
  const m = RELAY.exec(body.slice(from, until + 40));
  if (!m || from + m.index > until) return null;
  const start = from + m.index + m[0].length;
  const stop = /[,.;:!?\n]/.exec(body.slice(start, start + 120));
  return [from + m.index, start, start + (stop ? stop.index : Math.min(120, body.length - start))];
}

/**
 * "Unter Tränen erklärte sie, …", "dijo ella que …": a personal pronoun right after the verb at
 * tokens[i] is its subject, written after it; for a verb with no subject before it.
 */
export function pronounAfterVerb(ctx: ArticleContext, tokens: Token[], i: number): Subject | null {
  const next = tokens[i + 1];
  if (!next || !/^\s+$/.test(ctx.body.slice(tokens[i].end, next.start))) return null;
  const kind = ctx.lex.pronouns.get(next.lower);
  return kind === 'm' || kind === 'f' || kind === 'x' ? { kind: 'pronoun', pronoun: next.lower, pos: next.end } : null;
}

/** A name opens the sentence, a comma follows it, and no clause (a verb, "who") runs on to the colon; an article is no relative. */
export function apposedOpening(ctx: ArticleContext, sentenceStart: number, first: number, quoteStart: number): boolean {
  const [start, end] = ctx.mentions[first].span;
  const { lex } = ctx;
  if (ctx.entities[ctx.entityOf[first]].type !== 'person' || !/^[\s"“«„]*$/.test(ctx.body.slice(sentenceStart, start)) || !/^\s*,/.test(ctx.body.slice(end, end + 3))) return false;
  return !tokensOutside(ctx, end, lastColon(ctx.body, quoteStart)).some((t) => lex.speechVerbs.has(t.lower) || lex.auxiliaries.has(t.lower) || (lex.relatives.has(t.lower) && !lex.subjectLeads.has(t.lower)));
}

/**
 * "», était-il indiqué", "», a-t-il été précisé": a passive speech participle after an inverted
 * masculine pronoun (the impersonal "il") and a form of "be". The participle's token, or undefined.
 */
export function impersonalPassive(ctx: ArticleContext, tokens: Token[], stem: string, pronoun: string): Token | undefined {
  const { lex } = ctx;
  const passive = lex.passiveAuxiliaries.has(stem) ? tokens[1] : lex.auxiliaries.has(stem) && lex.passiveAuxiliaries.has(tokens[1]?.lower ?? '') ? tokens[2] : undefined;
  return passive && lex.pronouns.get(pronoun) === 'm' && lex.speechVerbs.has(passive.lower) ? passive : undefined;
}

/** `text` with the full stop after a title or an abbreviation ("Dr.", "Lt.") dropped. */
export function withoutTitleDots(ctx: ArticleContext, text: string): string {
  return text.replace(/(\p{L}+)\./gu, (w, t: string) => (isTitle(ctx.lex, t) || ctx.lex.abbreviations.has(t.toLowerCase()) ? t : w));
}

/**
 * "ha spiegato il capo dei soccorsi: «…»", "explicó el jefe de bomberos: «…»": a subject written
 * after the verb, as a description that follows the verb at once and runs to the colon before the quote.
 */
export function describedAfterVerb(ctx: ArticleContext, following: Subject[], verbEnd: number, quoteStart: number): Subject | undefined {
  const first = following[0];
  if (first?.kind !== 'description' || !/[:：]\s*$/.test(ctx.body.slice(first.pos, quoteStart))) return undefined;
  const at = ctx.body.indexOf(first.text, verbEnd);
  return at >= 0 && /^\s+$/.test(ctx.body.slice(verbEnd, at)) && !/[,.;!?]/.test(ctx.body.slice(first.pos, quoteStart)) ? first : undefined;
}

/**
 * "Der Konzern Kessport hatte die Vorwürfe gegen seinen Chef Roe bestätigt": where the finite verb
 * comes second and the speech verb is a participle last, the subject is named before the auxiliary
 * (a name between them is an object); "Am Montag hatte Kessport … bestätigt" names none before it.
 */
export function secondPlaceSubject(ctx: ArticleContext, tokens: Token[], i: number, subjects: Subject[]): Subject | null {
  if (!ctx.lex.verbSecond) return null;
  const aux = tokens.findIndex((t, k) => k < i && ctx.lex.auxiliaries.has(t.lower));
  if (aux <= 0 || aux > 4) return null;
  const before = subjects.filter((s) => s.pos <= tokens[aux].start);
  return before.length ? before[before.length - 1] : null;
}
