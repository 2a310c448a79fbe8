// An opening that counts the time gone by since an event ("the ferry that sank 14 months
// ago", "430 jours après le naufrage", "zwei Jahre nach dem Unglück"): a report of a later
// event about the same people or things (debris found, a verdict, a return), not of the event it
// counts from. Months to a few years only: days are the news cycle of the event itself, and
// decades are the history a report of the day recalls ("twenty years after their last title").

const DAY = 1;
const WEEK = 7;
const MONTH = 30;
const YEAR = 365;
// At least about two months and at most about three years gone by.
const MIN_DAYS = 60;
const MAX_DAYS = 3 * YEAR + 31;

const UNITS: Record<string, number> = {
  day: DAY, days: DAY, jours: DAY, días: DAY, dias: DAY, giorni: DAY, tage: DAY, tagen: DAY,
  week: WEEK, weeks: WEEK, semaines: WEEK, semanas: WEEK, settimane: WEEK, wochen: WEEK,
  month: MONTH, months: MONTH, mois: MONTH, meses: MONTH, mesi: MONTH, monate: MONTH, monaten: MONTH,
  year: YEAR, years: YEAR, ans: YEAR, années: YEAR, años: YEAR, anos: YEAR, anni: YEAR, jahre: YEAR, jahren: YEAR,
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20,
  uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
  tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20,
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, sete: 7, oito: 8, dez: 10, doze: 12,
  treze: 13, catorze: 14, dezesseis: 16, dezessete: 17, dezoito: 18, dezenove: 19, vinte: 20,
  ein: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
};

const N = String.raw`(\d{1,4}|[\p{L}-]+)`;
const U = String.raw`(\p{L}+)`;
// "14 months after/later/on/since", "430 jours après", "20 meses después", "430 días que han
// transcurrido desde", "zwei Jahre nach", "due anni dopo".
const LATER = String.raw`after|later|on|since|après|plus\s+tard|depuis|después|más\s+tarde|desde|que\s+han\s+(?:pasado|transcurrido)|nach|später|danach|dopo|più\s+tardi|depois|após|mais\s+tarde`;
const AFTER = new RegExp(String.raw`(?<![\p{L}\d])${N}\s+${U}\s+(?:${LATER})(?!\p{L})`, 'giu');
// "14 months ago", "il y a 20 mois", "hace 20 meses", "vor 20 Monaten", "20 mesi fa", "há 20 meses":
// only months, weeks and days, for "elected two years ago" is how a report of the day introduces its people.
const AGO_BEFORE = String.raw`il\s+y\s+a|hace|vor|há`;
const AGO = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:${AGO_BEFORE})\s+${N}\s+${U}|${N}\s+${U}\s+(?:ago|fa))(?!\p{L})`, 'giu');

// "protests that began three months ago", "le proteste iniziate tre mesi fa", "tres meses después del
// inicio de las protestas": time counted from the start of what is still going on (a crisis, a
// search, protests) is no event gone by; the report is of that event's own days.
const BEGAN = /(?<!\p{L})(?:began|begun|started|erupted|broke out|iniziat[aeio]|iniziò|cominciat[aeio]|scoppiat[aeio]|comenzó|comenzaron|comenzad[ao]s?|empezó|empezaron|iniciad[ao]s?|iniciaron|inició|estallaron|estalló|commencée?s?|débutée?s?|éclatée?s?|a commencé|ont commencé|begann|begannen|begonnen|ausgebrochen|começou|começaram|começad[ao]s?|iniciou|iniciaram|eclodiram)\s+(?:\p{L}+\s+){0,2}$/iu;
const START = /^\s+(?:the\s+(?:start|beginning|outbreak)|l['’]inizio|el\s+(?:inicio|comienzo|estallido)|del\s+(?:inicio|comienzo|estallido)|le\s+début|du\s+début|dem\s+(?:Beginn|Ausbruch)|o\s+início|do\s+início)(?!\p{L})/iu;

function days(number: string | undefined, unit: string | undefined): number | null {
  if (!number || !unit) return null;
  const n = /^\d+$/.test(number) ? Number(number) : NUMBER_WORDS[number.toLowerCase()];
  const u = UNITS[unit.toLowerCase()];
  return n === undefined || u === undefined ? null : n * u;
}

const within = (d: number | null): boolean => d !== null && d >= MIN_DAYS && d <= MAX_DAYS;

// What every count AFTER or AGO reads holds: a unit word and the word after it ("months after",
// "mois après", "Monaten später", "months ago"), or "vor/hace/il y a" before its number. An opening
// with neither (most of them) is passed over without trying both at each of its words. No
// lookaround and no Unicode mode: a test a fifth as costly, passing a little more than it must.
const COUNT_CLUE = new RegExp(String.raw`(?:${Object.keys(UNITS).join('|')})\s+(?:${LATER}|ago|fa)|(?:${AGO_BEFORE})\s`, 'i');

/** Whether `opening` counts months to a few years gone by since an event it recalls. */
export function countsTimeSince(opening: string): boolean {
  if (!COUNT_CLUE.test(opening)) return false;
  for (const m of opening.matchAll(AFTER)) if (within(days(m[1], m[2])) && !START.test(opening.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
  for (const m of opening.matchAll(AGO)) {
    const unit = (m[2] ?? m[4] ?? '').toLowerCase();
    if (UNITS[unit] !== YEAR && within(days(m[1] ?? m[3], unit)) && !BEGAN.test(opening.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
}
