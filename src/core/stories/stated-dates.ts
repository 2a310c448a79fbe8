// What a date an article writes without its year says about when the article's events happened,
// read from the words around it:
// - a deadline ("held until 17 June", "jusqu'au 17 juin") is a day the events have not reached;
// - so is a date in a clause that speaks of the future ("will hand over on 14 August", "abandonará
//   el 14 de agosto"), and every other mention of that day in the article (one day, one role);
// - a date of last year ("3 October last year", "3 октября прошлого года") is background a year
//   or more old: the article is of the following year;
// - a date written with its weekday or time of day ("this Friday, 12 May", "on the morning of
//   29 August", a dateline) is the day of the news itself: news names the weekday and hour of what
//   happened in the last days, background only its date;
// - a date marked as gone by ("el pasado 4 de octubre", "le 9 juin dernier", "il 26 marzo scorso")
//   is a day before the writing: the article is written on or after it;
// - the first of January after "since" ("79,000 fires since 1 January", "depuis le 1er janvier") is
//   the start of a count over the year so far, no day of the events;
// - any other date is a recent one: the article's events fall on it or soon after (see yearless.ts).
import { datesIn, weekdayNames, type StatedDate } from '../ingest/date-parse.js';
import { inFuture } from './future.js';

export type DateRole = 'deadline' | 'planned' | 'last year' | 'news day' | 'past' | 'year start' | 'recent';

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

// A date marked as gone by, before it ("el pasado 4 de octubre", "lo scorso 4 ottobre", "no passado
// dia 4") or after it ("le 9 juin dernier", "il 26 marzo scorso", "4 de outubro passado").
const GONE = 'pasado|pasada|passado|passada|scorso|scorsa|dernier|dernière|vergangenen';
const PAST_BEFORE = new RegExp(`${words(GONE)}${CONNECT}$`, 'iu');
const PAST_AFTER = new RegExp(`^[\\s,]*${words(GONE)}`, 'iu');

// "since 1 January", "depuis le 1er janvier", "desde el 1 de enero", "seit dem 1. Januar", "с 1 января".
const SINCE = new RegExp(`${words("since|from|depuis|desde|seit|dal|dall['’]|da|с|від|sinds|sedan|siden|od")}${CONNECT}$`, 'iu');

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
export function roleOf(text: string, date: Pick<StatedDate, 'index' | 'end' | 'weekday' | 'month' | 'day'>, language: string | null | undefined): DateRole {
  // Only the words of the date's own sentence count.
  const before = sentenceBefore(text, date.index);
  const after = (text.slice(date.end, date.end + WINDOW).split(/[.!?\n]/)[0] ?? '');
  if (isDeadline(text, date.index, language)) return 'deadline';
  if (LAST_YEAR_AFTER.test(after) || LAST_YEAR_BEFORE.test(before)) return 'last year';
  if (date.month === 1 && date.day === 1 && SINCE.test(before)) return 'year start';
  // Before the weekday: "will hand over on Thursday 14 August" is no day of the news.
  if (inFuture(text, date.index, date.end, language ?? 'en')) return 'planned';
  // A dateline: the date on the first line, a dash after it ("CITY, 8 Feb — Agency").
  const dateline = /^[\s)]*[—–-]/.test(after) && !text.slice(0, date.index).includes('\n');
  if (date.weekday || dateline || NEWS_BEFORE.test(before) || weekdayBeforePattern(language ?? 'en').test(before)) return 'news day';
  if (PAST_AFTER.test(after) || PAST_BEFORE.test(before)) return 'past';
  return 'recent';
}

/** The dates the text states without a year, each with its role. */
export function yearlessDates(text: string, language: string | null | undefined, stated: StatedDate[] = datesIn(text, { language })): YearlessDate[] {
  const dates = stated.filter((d) => d.year === null).map((d) => ({ month: d.month, day: d.day, role: roleOf(text, d, language) }));
  // A day one mention says is ahead ("will hand over on 14 August") is ahead wherever else the
  // article names it (a headline's "Mayor to quit on 14 August").
  const ahead = new Map(dates.filter((d) => d.role === 'planned' || d.role === 'deadline').map((d) => [`${d.month}-${d.day}`, d.role]));
  for (const d of dates) if (d.role !== 'last year') d.role = ahead.get(`${d.month}-${d.day}`) ?? d.role;
  return dates;
}

// A plan or a forecast before a date: a day the events have not reached ("the hearing is scheduled
// for June 2032", "prévue en juin 2032", "soll im Juni 2032").
const PLANNED = new RegExp(
  words('scheduled|planned|expected|due|will|prévue?s?|devrait|doit|programad[oa]s?|previst[oa]s?|prevede|geplant|soll|sollen|vorgesehen|запланирован\\p{L}*|ожидается'),
  'iu',
);
const monthYear = new Map<string, { pattern: RegExp; months: Map<string, number> }>();

/** Month names of the language (or English) with a year after them: "June 2031", "junio de 2031", "июня 2031". */
function monthYearReader(language: string): { pattern: RegExp; months: Map<string, number> } {
  let reader = monthYear.get(language);
  if (!reader) {
    const months = new Map<string, number>();
    for (const lang of new Set([language, 'en'])) {
      try {
        const long = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
        const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
        // Standalone and in-date forms differ in some languages ("июнь" and "июня").
        for (let i = 0; i < 12; i++) {
          const date = new Date(Date.UTC(2024, i, 15));
          for (const name of [long.format(date), inDate.format(date).replace(/[\d.\s]+/g, ' ').trim()]) {
            const key = name.toLowerCase();
            if (key.length >= 3 && !months.has(key)) months.set(key, i + 1);
          }
        }
      } catch {
        // A language the platform has no locale data for: English names only.
      }
    }
    const alternatives = [...months.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const pattern = new RegExp(`${L}(${alternatives})(?:\\s+(?:of|de|del|di|do|da))?\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
    reader = { pattern, months };
    monthYear.set(language, reader);
  }
  return reader;
}

const dayOf = (year: number, month: number, day: number) => Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);

/**
 * The dates the text states with their year, as the day numbers each covers: a day ("18 June 2031")
 * or a month ("in June 2031", "en junio de 2031"). Deadlines, ends of periods and dates a plan or a
 * forecast names are left out: they are no days the events have reached. Sorted, without repeats.
 */
export function datesWithYear(text: string, language: string | null | undefined, stated: StatedDate[] = datesIn(text, { language })): [number, number][] {
  const lang = language ?? 'en';
  const out = new Map<string, [number, number]>();
  const add = (range: [number, number]) => out.set(range.join(':'), range);
  const reached = (index: number) => !isDeadline(text, index, lang) && !PLANNED.test(text.slice(Math.max(0, index - 60), index).split(/[.!?\n]/).pop() ?? '');
  const days = stated.filter((d) => d.year !== null);
  for (const d of days) if (reached(d.index)) add([dayOf(d.year!, d.month, d.day), dayOf(d.year!, d.month, d.day)]);
  const { pattern, months } = monthYearReader(lang);
  for (const m of text.matchAll(pattern)) {
    const index = m.index ?? 0;
    // The month of a day already read ("18 de junio de 2031").
    if (days.some((d) => index >= d.index && index < d.end)) continue;
    const month = months.get(m[1].toLowerCase());
    if (month === undefined || !reached(index)) continue;
    const year = Number(m[2]);
    add([dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1]);
  }
  return [...out.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
