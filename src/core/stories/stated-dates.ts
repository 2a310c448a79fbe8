// What a date an article writes without its year says about when the article's events happened,
// read from the words around it:
// - a deadline ("held until 17 June", "jusqu'au 17 juin") is a day the events have not reached;
// - a date of last year ("3 October last year", "3 октября прошлого года") is background a year
//   or more old: the article is of the following year;
// - a date written with its weekday or time of day ("this Friday, 12 May", "on the morning of
//   29 August", a dateline) is the day of the news itself: news names the weekday and hour of what
//   happened in the last days, background only its date;
// - any other date is a recent one: the article's events fall on it or soon after (see yearless.ts).
import { datesIn, weekdayNames, type StatedDate } from '../ingest/date-parse.js';

export type DateRole = 'deadline' | 'last year' | 'news day' | 'recent';

export interface YearlessDate {
  month: number;
  day: number;
  role: DateRole;
}

const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';
// Between a qualifier and its date: punctuation and up to three short words ("on the", "de la", "в").
const CONNECT = '[\\s,(]*(?:[\\p{L}]{1,3}[\\s\'’]+){0,3}[\\s,(]*';

const words = (list: string) => `${L}(?:${list})${R}`;

const DEADLINE = new RegExp(
  words(
    "until|till|through|by|before|no later than|jusqu['’]au|jusqu['’]à|avant le|d['’]ici (?:au|le)|hasta el|antes del|bis zum|bis|spätestens|vor dem|до|не позднее|fino al|entro il|prima del|até|tot|uiterlijk|innan|senast",
  ) + '\\s*$',
  'iu',
);

const LAST_YEAR = words(
  "last year|the previous year|l['’]an dernier|l['’]année dernière|l['’]année passée|año pasado|pasado año|ano passado|anno scorso|scorso anno|vergangenen jahres|letzten jahres|vorigen jahres|vorjahres|vorig jaar|förra året|i fjol|sidste år|прошлого года|минулого року",
);
// "3 October last year", "le 3 octobre de l'année dernière", "3 октября прошлого года".
const LAST_YEAR_AFTER = new RegExp(`^[\\s,]*(?:(?:of|de|del|do|da|dello|dell['’]|des|vom|van)\\s+)?${LAST_YEAR}`, 'iu');
// "Last year, on 3 October", "a year ago on 3 October", "il y a un an, le 3 octobre".
const LAST_YEAR_BEFORE = new RegExp(
  `(?:${LAST_YEAR}|${words('a year ago|il y a un an|hace un año|vor einem jahr|im vergangenen jahr|год назад|в прошлом году|un anno fa|há um ano|no ano passado')})${CONNECT}$`,
  'iu',
);

// A time of day or "this"/"today" right before the date: the day of the news.
const NEWS_WORDS = words(
  [
    'this|today|tonight|morning|afternoon|evening|overnight',
    "ce|cette|aujourd['’]hui|matin|matinée|après-midi|soir|soirée|nuit",
    'este|esta|hoy|madrugada|mañana|noche',
    'neste|nesta|hoje|manhã|noite',
    'questo|questa|oggi|mattina|mattinata|pomeriggio|serata|notte',
    'heute|vormittag|nachmittag|abend|nacht|diesen|diesem',
    'vandaag|ochtend|middag|avond|deze',
    'сегодня|утром|утра|днём|днем|вечером|вечера|ночью|ночи',
    'сьогодні|вранці|ранку|ввечері|вечора|вночі',
    'idag|morgon|kväll|natt',
  ].join('|'),
);

const NEWS_BEFORE = new RegExp(`${NEWS_WORDS}${CONNECT}$`, 'iu');
const WINDOW = 30;
const weekdayBefore = new Map<string, RegExp>();

/** A weekday name of the language (or English) ending right before a date, from the platform's locale data. */
function weekdayBeforePattern(language: string): RegExp {
  let re = weekdayBefore.get(language);
  if (!re) {
    const names = new Set([...weekdayNames(language), ...weekdayNames('en')]);
    // Open to a case ending: "среда", "в среду".
    const stems = [...names].filter((n) => n.length >= 4).map((n) => n.slice(0, Math.max(4, n.length - 1)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`${L}(?:${stems.join('|')})\\p{L}{0,2}${R}${CONNECT}$`, 'iu');
    weekdayBefore.set(language, re);
  }
  return re;
}

/** The words of a date's own sentence before it (at most WINDOW characters). */
const sentenceBefore = (text: string, index: number) => text.slice(Math.max(0, index - WINDOW), index).split(/[.!?\n]/).pop() ?? '';

// "until 31 December", "jusqu'au 31 décembre": the end of a period, whatever the tense.
const UNTIL = new RegExp(
  words("until|till|jusqu['’]au|jusqu['’]à|hasta el|hasta|bis zum|bis|fino al|até ao|até o|até|tot en met|по|до конца") + '\\s*$',
  'iu',
);
// "son mandat s'achève le 31 décembre", "whose term ends on 31 December": when a term or a contract
// runs out, a date of its own calendar, not a happening of the story.
const TERM_END = new RegExp(
  words('term|terms|mandate|tenure|contract|mandat|mandats|contrat|mandato|contrato|amtszeit|vertrag|полномочия|срок полномочий|контракт') +
    "[^.!?]{0,40}?" +
    words("ends|end|expires|expire|runs out|run out|will end|is due to end|s['’]achève|s['’]achèvera|expirera|prend fin|prendra fin|se termine|se terminera|termina|terminará|vence|vencerá|finaliza|scade|scadrà|termina|endet|läuft aus|läuft ab|истекает|истечёт|заканчивается") +
    '\\s*(?:on|le|el|am|il|em|a|au|the|в)?\\s*$',
  'iu',
);

/**
 * Whether the date at `index` ends a period ("until 31 December", "son mandat s'achève le 31
 * décembre"): the date a state or a term runs to, never a day something happened.
 */
export function isPeriodEnd(text: string, index: number): boolean {
  if (UNTIL.test(sentenceBefore(text, index))) return true;
  const before = text.slice(Math.max(0, index - 80), index).split(/[.!?\n]/).pop() ?? '';
  return TERM_END.test(before);
}

/**
 * Whether the date at `index` of `text` is a deadline ("until Friday", "jusqu'au 17 juin", "by the
 * end of Friday, 19 May") or the end of a term: a day the events have not reached, so no day of them.
 */
export function isDeadline(text: string, index: number, language: string | null | undefined): boolean {
  const before = sentenceBefore(text, index);
  // "by the end of Friday, 19 May": the weekday of a deadline does not make it the day of the news.
  return (
    DEADLINE.test(before) ||
    DEADLINE.test(before.replace(weekdayBeforePattern(language ?? 'en'), '').replace(/\s+the end of\s*$/i, '')) ||
    isPeriodEnd(text, index)
  );
}

/** What the words around one date say it is (see the file comment). */
export function roleOf(text: string, date: Pick<StatedDate, 'index' | 'end' | 'weekday'>, language: string | null | undefined): DateRole {
  // Only the words of the date's own sentence count.
  const before = sentenceBefore(text, date.index);
  const after = (text.slice(date.end, date.end + WINDOW).split(/[.!?\n]/)[0] ?? '');
  if (isDeadline(text, date.index, language)) return 'deadline';
  if (LAST_YEAR_AFTER.test(after) || LAST_YEAR_BEFORE.test(before)) return 'last year';
  // A dateline: the date on the first line, a dash after it ("CITY, 8 Feb — Agency").
  const dateline = /^[\s)]*[—–-]/.test(after) && !text.slice(0, date.index).includes('\n');
  if (date.weekday || dateline || NEWS_BEFORE.test(before) || weekdayBeforePattern(language ?? 'en').test(before)) return 'news day';
  return 'recent';
}

/** The dates the text states without a year, each with its role. */
export function yearlessDates(text: string, language: string | null | undefined): YearlessDate[] {
  return datesIn(text, { language })
    .filter((d) => d.year === null)
    .map((d) => ({ month: d.month, day: d.day, role: roleOf(text, d, language) }));
}
