// The incise: « Il faut reconstruire, a déclaré la ministre, Jana Roe. Nous le ferons. » French,
// Spanish, Italian and Portuguese writers put the attribution inside the quotation marks, between
// two parts of the quote. Left whole, the quote holds its own attribution (its speaker's name is
// inside the marks, where no speaker is looked for) and it reads as one statement when it is two.
import type { Lexicon } from './lang/index.js';
import type { QuoteSpan } from './quotemarks.js';

type IncisesLex = Pick<Lexicon, 'speechVerbs' | 'selfWords' | 'functionWords' | 'pronouns' | 'subjectLeads' | 'connectorArticles' | 'auxiliaries'>;

/** Longest attribution read as an incise, in characters after its opening comma or dash. */
const MAX_INCISE = 120;
/** Words after the comma or dash in which the speech verb must come ("a-t-il ajouté", "ha dicho"). */
const VERB_WITHIN = 3;
/** "…, as I said, …", "…, comme je l'ai dit, …": the speaker's own aside, not an attribution. */
const ASIDE_WORDS = new Set(['as', 'comme', 'como', 'come', 'wie', 'so']);

/**
 * Splits each quotation around an attribution written inside its marks: after a comma or a dash, a
 * speech verb among the next three words, up to the sentence's end, a closing dash, or a comma
 * before a lower-case word ("…, dit-il, nous …"). Both parts must keep two words. The first part
 * ends at the comma (the attribution is then read after it, as after a closing mark); the second
 * starts where the quote resumes.
 */
export function splitIncises(body: string, spans: QuoteSpan[], lex: IncisesLex): QuoteSpan[] {
  let out: QuoteSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const parts = splitOne(body, spans[i], lex);
    if (parts.length > 1 && !out) out = spans.slice(0, i);
    if (out) out.push(...parts);
  }
  return out ?? spans;
}

function splitOne(body: string, span: QuoteSpan, lex: IncisesLex): QuoteSpan[] {
  const parts: QuoteSpan[] = [];
  let rest = span;
  for (let cut = findIncise(body, rest, lex); cut; cut = findIncise(body, rest, lex)) {
    parts.push({ ...rest, end: cut.at, innerEnd: cut.at, closed: true });
    rest = { ...rest, start: cut.resume, innerStart: cut.resume, resumes: cut.at };
  }
  parts.push(rest);
  return parts;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function findIncise(body: string, span: QuoteSpan, lex: IncisesLex): { at: number; resume: number } | null {
  const inner = body.slice(span.innerStart, span.innerEnd);
  // A spaced hyphen stands for a dash in much web copy ("… totale - ha detto X -. In …").
  const opener = /(?:,|\s?[—–]|\s-(?=\s))\s*/g;
  for (let m = opener.exec(inner); m; m = opener.exec(inner)) {
    if (words(inner.slice(0, m.index)) < 2) continue;
    const after = m.index + m[0].length;
    const lead = (inner.slice(after, after + 40).match(/\p{L}+/gu) ?? []).slice(0, VERB_WITHIN);
    const verb = lead.findIndex((w) => lex.speechVerbs.has(w.toLowerCase()));
    if (verb < 0 || lead.slice(0, verb).some((w) => ASIDE_WORDS.has(w.toLowerCase()) || firstPerson(lex, w) || opensClause(lex, w.toLowerCase()))) continue;
    const tail = inner.slice(after, after + MAX_INCISE);
    // An incise opened by a dash runs to the closing dash, past any comma of an apposition
    // ("– ha detto X, portavoce del governatore –."); one opened by a comma ends at the first stop.
    const dashed = m[0].trim() !== ',' ? /\s?(?:[—–]|-(?=[\s.,]))[.,]?\s*/u.exec(tail) : null;
    const end = dashed ?? /[.!?;]\s+|\s?[—–][.,]?\s*|,\s+(?=\p{Ll})/u.exec(tail);
    if (!end || /["“”„«»]/.test(tail.slice(0, end.index))) continue;
    const resume = after + end.index + end[0].length;
    if (words(inner.slice(resume)) < 2) continue;
    return { at: span.innerStart + m.index, resume: span.innerStart + resume };
  }
  return null;
}

/** "I", "je" (and the elided "j'"), "yo": the lexicon's first-person subject words. */
function firstPerson(lex: Pick<Lexicon, 'selfWords'>, word: string): boolean {
  return lex.selfWords.has(word) || lex.selfWords.has(word.toLowerCase()) || (word.toLowerCase() === 'j' && lex.selfWords.has('je'));
}

/** "…, weil sie sagen, dass …", "…, wenn man sagt, …": a conjunction before the verb opens a clause of the quote, no attribution. */
function opensClause(lex: IncisesLex, w: string): boolean {
  return lex.functionWords.has(w) && !lex.pronouns.has(w) && !lex.subjectLeads.has(w) && !lex.connectorArticles.has(w) && !lex.auxiliaries.has(w);
}
