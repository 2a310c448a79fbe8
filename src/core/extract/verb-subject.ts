// Which of the candidates named around a speech verb is its subject: the one before the verb,
// past an apposition or relative clause set off by commas ("Hakim, who has led the NLF since 2019,
// added"), and where no article ends a circumstance after the verb, the person its clause closes on.
// Where the quote's own clause starts, for a cue searched there first.
import { apposedToObject } from './described.js';
import { insideQuote, mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import type { Subject } from './speakers.js';

/**
 * The verb's subject among the candidates before it: the nearest, except that a comma-bounded
 * apposition or relative clause right before the verb ("Hakim, who has led the NLF since 2019,
 * added") is skipped, unless it holds the person's name ("The chief executive, Dr. Jane Roe, said").
 */
export function subjectBeforeVerb(ctx: ArticleContext, subjects: Subject[], start: number, verbStart: number): Subject | null {
  // The verb may follow an auxiliary ("Le groupe, qui …, a affirmé"). An apposition needs two
  // commas; most subjects have none, so the two scans of the clause are skipped.
  const clause = ctx.body.slice(start, verbStart);
  const apposition =
    clause.indexOf(',') === clause.lastIndexOf(',')
      ? null
      : /,\s+([^,]{1,160}),\s*$/.exec(clause.replace(/(?:\s+[\p{L}]+){0,2}\s*$/u, (aux) => (aux.trim().split(/\s+/).every((w) => ctx.lex.auxiliaries.has(w.toLowerCase())) ? '' : aux)));
  if (apposition) {
    const from = start + apposition.index;
    const inside = subjects.filter((s) => s.pos > from);
    // ", which has shied away from condemning Roe,": a relative clause, whoever it names.
    // ", sitting alongside Roe,", ", citando a Roe,": a participle's phrase, like a relative clause.
    const lead = apposition[1].split(/\s+/)[0];
    const relative = ctx.lex.relatives.has(lead.toLowerCase()) || PARTICIPLE_LEAD.test(lead);
    // "Jo Roe, a reporter for the Harbour Post, wrote": a name after a preposition in the apposition
    // is what the apposition is of, not the speaker.
    const ofSomething = (s: Subject) => tokensOutside(ctx, from, s.pos).some((t) => t.end <= s.pos - 1 && ctx.lex.prepositions.has(t.lower));
    // "Osama Ali, spokesman of the Rescue Service of the government in Tripoli, said": after a
    // person's name the apposition describes that person; a name inside it speaks only when it
    // opens the apposition ("Roe, Dr. Jane Roe, said" names one person twice).
    const person = (s: Subject) => s.kind === 'entity' && ctx.entities[s.entity].type === 'person';
    const previous = subjects.filter((s) => s.pos <= from).pop();
    const opensApposition = (s: Subject) => {
      if (s.kind !== 'entity') return false;
      const first = mentionsIn(ctx, from, s.pos)[0];
      // Nothing but capitalised words (a title) between the comma and the name.
      return first !== undefined && ctx.entityOf[first] === s.entity && /^,\s*(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(ctx.body.slice(from, ctx.mentions[first].span[0]));
    };
    const named = relative ? undefined : inside.find((s) => person(s) && !ofSomething(s) && (!previous || !person(previous) || opensApposition(s)));
    // "Jo Roe, an aunt of the rescued coach, Sam Roe, said": the first name, not the coach's.
    const outer = named && apposedToObject(ctx, start + apposition.index + apposition[0].indexOf(apposition[1]));
    if (named && typeof outer === 'number' && outer >= start) {
      const first = subjects.filter((s) => s.kind === 'entity' && s.pos === outer).pop();
      if (first) return first;
    }
    if (named) return named;
    const before = subjects.filter((s) => s.pos <= from);
    if (before.length) return before[before.length - 1];
    // "Kessport, with 25 new Airbus jets, said": a circumstance or relative clause set off between
    // the subject and its verb names no subject, even when the subject is no name we know.
    if (relative || ctx.lex.prepositions.has(apposition[1].split(/\s+/)[0].toLowerCase())) return null;
  }
  return subjects[subjects.length - 1] ?? null;
}

// A lowercase present participle or gerund opening a phrase: English -ing, Romance -ando/-endo/-indo.
const PARTICIPLE_LEAD = /^\p{Ll}{2,}(?:ing|ando|endo|indo)$/u;

/** Where the last clause before `end` starts, and where the comma of its conjunction is (-1 after ";" or none). */
export function lastClauseBoundary(ctx: ArticleContext, start: number, end: number): [number, number] {
  const text = ctx.body.slice(start, end);
  const re = /;|,\s+(?:while|whereas|but|and|although)\s/g;
  let at: [number, number] = [start, -1];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!insideQuote(ctx, start + m.index)) at = [start + m.index + m[0].length, m[0] === ';' ? -1 : start + m.index];
  }
  return at;
}

/**
 * With no articles to end a circumstance after the verb, the person its clause closes on ("…
 * przestrzegł na Twitterze historyk X."), else one no preposition governs with a circumstance
 * opening right after it ("… historyk X na wieść o …"): at most one.
 */
export function closingPerson(ctx: ArticleContext, persons: Subject[]): Subject[] {
  const closing = persons.filter((s) => /^\s*[.;]/.test(ctx.body.slice(s.pos, s.pos + 3)));
  if (closing.length) return closing.slice(-1);
  return persons
    .filter((s) => {
      const m = ctx.mentions.findIndex((y, k) => y.span[1] === s.pos && s.kind === 'entity' && ctx.entityOf[k] === s.entity);
      const next = /^\s+(\p{Ll}+)\s/u.exec(ctx.body.slice(s.pos, s.pos + 24));
      return m >= 0 && !ctx.mentions[m].afterPreposition && next !== null && ctx.lex.prepositions.has(next[1]);
    })
    .slice(-1);
}
