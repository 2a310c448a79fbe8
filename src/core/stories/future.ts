// Whether the clause holding a date speaks of the future ("will hand over on 14 August", "abandonará
// el puerto el 14 de agosto", "qu'il céderait le 14 août"): a day the events it reports have not reached.
// Read by the story stage (what an undated article's own dates say of its time, stated-dates.ts)
// and by the comparison stage (which year a month or weekday without one is, event-dates.ts).

/** Whole words in any script (JavaScript's \b knows only ASCII letters: "será", "à"). */
const words = (alternatives: string, tail = '', flags = 'iu') => new RegExp(`(?<!\\p{L})(?:${alternatives})${tail || '(?!\\p{L})'}`, flags);
/** After "from" and its like ("from March", "ab März"), with a part of the month between. */
const FROM_TAIL = '\\s*(?:(?:early|late|mid|Anfang|Ende|Mitte|début|fin|principios de|finales de)\\s+)?$';

interface FutureWords {
  /** Auxiliaries and adverbs that put the clause in the future. */
  clause: RegExp;
  /** Adjectives that make the date itself ahead ("next Friday", "le 14 août prochain"): read beside the date only, as elsewhere in the clause they qualify another noun ("for his upcoming wedding"). */
  near?: RegExp;
  /** Verb endings of the language's synthetic future (and conditional), lower case only: "cédera", "abandonará", "lascerà". */
  endings?: RegExp;
  /** Right before the date: "from March", "ab März". */
  before: RegExp;
}

/** Words that put a clause in the future, by language; "from" right before the date ("from March") too. */
const FUTURE: Record<string, FutureWords> = {
  en: {
    // A forecast governs what its object is to do: "forecasters expected the storm to begin pulling away early Tuesday".
    // "would" tells a future seen from the past ("he said he would leave on 14 August"); "would have" a past that did not happen.
    clause: words("will|shall|won['’]t|\\w+['’]ll|would(?!\\s+have)|is due to|are due to|is expected to|are expected to|is set to|are set to|plans? to|(?:expected|forecast|predicted|projected)(?:\\s+[\\p{L}.’'-]+){0,4}\\s+to\\s+(?:begin|start|reach|hit|make|arrive|move|pass|turn|strengthen|weaken|stay|remain|resume|reopen|return|leave|be)"),
    near: words('next|coming|upcoming'),
    before: words('from|starting|as of', FROM_TAIL),
  },
  de: { clause: words('wird|werde|werden|wirst|soll|solle|sollen'), near: words('nächste[nmrs]?|kommende[nmrs]?'), before: words('ab', FROM_TAIL) },
  // The future and the conditional of any verb ("cédera", "céderait"); "-trait" is a noun ("retrait", "portrait").
  fr: { clause: words('sera|seront|va|vont|devra|devront'), near: words('prochaine?s?'), endings: words('\\p{Ll}{3,}[ei]r(?:a|ont)|\\p{Ll}{2,}(?<!t)r(?:ait|aient)', '', 'u'), before: words("à partir d[e']|dès", FROM_TAIL) },
  // "-rá", "-rán": no other Spanish word ends so (the preterite of "-rar" verbs ends "-ró").
  es: { clause: words('será|serán|va a|van a|deberá|deberán'), near: words('próxim[oa]s?'), endings: words('\\p{Ll}+rán?', '', 'u'), before: words('a partir de', FROM_TAIL) },
  // "-rá" only: "-rão" ends nouns as well ("padrão", "verão").
  pt: { clause: words('será|serão|vai|vão|deverá|deverão'), near: words('próxim[oa]s?'), endings: words('\\p{Ll}+rá', '', 'u'), before: words('a partir de', FROM_TAIL) },
  it: { clause: words('sarà|saranno|dovrà|dovranno'), near: words('prossim[oaie]'), endings: words('\\p{Ll}+r(?:à|anno)', '', 'u'), before: words('a partire da', FROM_TAIL) },
  nl: { clause: words('zal|zullen|gaat|gaan'), near: words('volgende|komende'), before: words('vanaf', FROM_TAIL) },
};
// How far from the date an adjective of `near` still qualifies it ("the coming Friday, 14 August").
const NEAR_CHARS = 16;
/** Clause edges: a date belongs to the clause between these (a comma, "since", "that", a sentence's end ...). */
const CLAUSE_EDGE = /[,;:()\u2013\u2014\n]|[.!?](?=\s+\p{Lu})|\s(?:since|after|before|because|that|when|while|seit|nachdem|dass|depuis|après|que|desde|después|dopo|sinds|nadat)\s/giu;
/** "said on Monday", "was arrested on Friday": a past-tense verb right before the day points back. */
const PAST_BEFORE = /\b(?:said|told|\w+ed)\s+(?:on\s+|in\s+)?(?:last\s+)?$/i;
// A weekday set before its date with a comma ("on Thursday, 14 August,", "am Donnerstag, den 14. August,"):
// the commas are the date's own, no clause edges. English and German weekday names are enough
// to open such a span; other languages write the weekday without a comma.
const WEEKDAY_COMMA = /(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),\s*(?:den\s+|the\s+)?$/iu;

/** Whether the clause holding the expression at [start, end) speaks of the future. */
export function inFuture(text: string, start: number, end: number, language: string): boolean {
  const words = FUTURE[language] ?? FUTURE.en;
  const before = text.slice(0, start);
  if (words.before.test(before)) return true;
  if (language === 'en' && PAST_BEFORE.test(before)) return false;
  const apposed = WEEKDAY_COMMA.exec(text.slice(Math.max(0, start - 20), start));
  if (apposed) start -= apposed[0].length;
  // The comma closing the apposition ("am Donnerstag, den 14. August, das Amt …") is the date's too.
  const comma = apposed || text.slice(start, end).includes(',') ? /^\s*,/.exec(text.slice(end)) : null;
  if (comma) end += comma[0].length;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  const clause = text.slice(from, to);
  const beside = text.slice(Math.max(from, start - NEAR_CHARS), Math.min(to, end + NEAR_CHARS));
  return words.clause.test(clause) || (words.endings?.test(clause) ?? false) || (words.near?.test(beside) ?? false);
}
