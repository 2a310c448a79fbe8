// Dates an article from what it says rather than from its byline: elapsed time since a widely known
// conflict began ("four years of war" in an article on a known conflict) and offices held at the time
// ("President Obama said"). Used to place undated articles in time and to flag stale ones.
//
// The two tables below are deliberately small, generic world knowledge: conflicts and offices that
// recur across international news and whose dates are not in dispute. They supplement the text's
// own evidence; they are not a list of the corpus' topics.

/** 'YYYY-MM' month index: year * 12 + (month - 1). */
type MonthIndex = number;

interface ConflictStart {
  label: string;
  /** Lower-case words that name the conflict's country or parties. */
  keywords: string[];
  start: string;
}

const CONFLICTS: ConflictStart[] = [
  { label: 'Syrian civil war', keywords: ['syria', 'syrian'], start: '2011-03' },
  { label: 'Libyan conflict', keywords: ['libya', 'libyan'], start: '2011-02' },
  { label: 'Yemeni civil war', keywords: ['yemen', 'yemeni', 'houthi', 'houthis'], start: '2014-09' },
  { label: 'war in Afghanistan', keywords: ['afghanistan', 'afghan', 'taliban'], start: '2001-10' },
  { label: 'Iraq war', keywords: ['iraq', 'iraqi'], start: '2003-03' },
  { label: 'Russian invasion of Ukraine', keywords: ['ukraine', 'ukrainian', 'kyiv', 'kiev'], start: '2022-02' },
  { label: 'South Sudanese civil war', keywords: ['juba', 'south sudan'], start: '2013-12' },
  { label: 'Sudanese civil war', keywords: ['sudan', 'sudanese', 'khartoum'], start: '2023-04' },
  { label: 'Tigray war', keywords: ['tigray', 'tigrayan'], start: '2020-11' },
  { label: 'Myanmar civil war', keywords: ['myanmar', 'burma'], start: '2021-02' },
  { label: 'Gaza war', keywords: ['gaza', 'hamas'], start: '2023-10' },
];

interface OfficeTerm {
  office: string;
  /** Regex source matching the holder with a title, e.g. 'President (?:Barack )?Obama'. */
  pattern: string;
  from: string;
  /** null: still in office as far as this table knows. */
  to: string | null;
}

const OFFICES: OfficeTerm[] = [
  { office: 'US president', pattern: 'President (?:Bill )?Clinton', from: '1993-01', to: '2001-01' },
  { office: 'US president', pattern: 'President (?:George W\\.? )?Bush', from: '2001-01', to: '2009-01' },
  { office: 'US president', pattern: 'President (?:Barack )?Obama', from: '2009-01', to: '2017-01' },
  { office: 'US president', pattern: 'President (?:Joe )?Biden', from: '2021-01', to: '2025-01' },
  { office: 'UN secretary-general', pattern: 'Secretary[- ]General (?:Kofi )?Annan', from: '1997-01', to: '2006-12' },
  { office: 'UN secretary-general', pattern: 'Secretary[- ]General Ban(?: Ki-moon)?', from: '2007-01', to: '2016-12' },
  { office: 'UN secretary-general', pattern: 'Secretary[- ]General (?:Ant[oó]nio )?Guterres', from: '2017-01', to: null },
];

export interface DatingEvidence {
  /** The words in the text that carry the evidence. */
  text: string;
  /** What it was read as, e.g. "4 years after the Yemeni civil war began (2014-09)". */
  reading: string;
  period: [string, string];
}

export interface EvidencePeriod {
  period: [string, string];
  evidence: DatingEvidence[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20,
};

const NUM = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const QUALIFIER = '(nearly|almost|over|more than|some|about|around|roughly)?\\s*';
const WAR = '(?:civil )?(?:war|conflict|fighting|crisis|uprising)';
// "five and a half years of war", "three years into the conflict", "the war, now in its fourth year"
// is left out: ordinal forms are rarer and ambiguous about the start.
const DURATION_PATTERNS: RegExp[] = [
  new RegExp(`${QUALIFIER}${NUM}(\\s+and a half)?[- ]years?(?:-long|-old)?\\s+(?:of|into)\\s+(?:the\\s+)?(?:\\w+\\s+)?${WAR}`, 'gi'),
  new RegExp(`(?:beginning|start|outbreak|onset) of the (?:\\w+\\s+)?${WAR}[^.]{0,60}?,?\\s+${QUALIFIER}${NUM}(\\s+and a half)?\\s+years?\\s+ago`, 'gi'),
  new RegExp(`${WAR}[^.]{0,40}?\\b(?:began|started|erupted|broke out)\\s+${QUALIFIER}${NUM}(\\s+and a half)?\\s+years?\\s+ago`, 'gi'),
];

function toMonth(ym: string): MonthIndex {
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

export function monthString(index: MonthIndex): string {
  const y = Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function wordCount(text: string, keyword: string): number {
  const re = new RegExp(`\\b${keyword}\\b`, 'gi');
  return (text.match(re) ?? []).length;
}

/** The table conflict the passage is about: named in its sentence, else the one the article names most. */
function conflictFor(sentence: string, article: string): ConflictStart | null {
  const score = (c: ConflictStart, text: string) => c.keywords.reduce((n, k) => n + wordCount(text, k), 0);
  const local = CONFLICTS.map((c) => [c, score(c, sentence)] as const).filter(([, n]) => n > 0);
  if (local.length === 1) return local[0][0];
  const global = CONFLICTS.map((c) => [c, score(c, article)] as const)
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1]);
  if (global.length === 0 || (global.length > 1 && global[1][1] * 2 > global[0][1])) return null;
  return global[0][0];
}

function sentenceAround(text: string, at: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', at) + 1, text.lastIndexOf('\n', at) + 1, 0);
  const stop = text.slice(end).search(/[.\n]/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

function durationEvidence(text: string): DatingEvidence[] {
  const out: DatingEvidence[] = [];
  for (const pattern of DURATION_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const [whole, qualifier, num, half] = m;
      const years = /^\d+$/.test(num) ? Number(num) : NUMBER_WORDS[num.toLowerCase()];
      if (!years) continue;
      const conflict = conflictFor(sentenceAround(text, m.index ?? 0, (m.index ?? 0) + whole.length), text);
      if (!conflict) continue;
      const months = years * 12 + (half ? 6 : 0);
      const base = toMonth(conflict.start) + months;
      // "N and a half" is rounded to the nearest half year; a whole "N years" usually counts down.
      let range: [number, number] = half ? [base - 3, base + 3] : [base, base + 11];
      const q = qualifier?.toLowerCase();
      if (q === 'nearly' || q === 'almost') range = [base - 6, base];
      else if (q === 'over' || q === 'more than') range = [base, base + (half ? 6 : 12)];
      out.push({
        text: whole.trim(),
        reading: `${half ? years + 0.5 : years} years after the ${conflict.label} began (${conflict.start})`,
        period: [monthString(range[0]), monthString(range[1])],
      });
    }
  }
  return out;
}

// Every office pattern opens with a title word: a text without any of them (most) is not scanned
// pattern by pattern.
const TITLES = new RegExp([...new Set(OFFICES.map((t) => /^[A-Za-z]+/.exec(t.pattern)![0]))].join('|'), 'i');

function officeEvidence(text: string): DatingEvidence[] {
  const out: DatingEvidence[] = [];
  if (!TITLES.test(text)) return out;
  for (const term of OFFICES) {
    const re = new RegExp(`(former|late|ex-|then-)?\\s*\\b${term.pattern}\\b`, 'gi');
    for (const m of text.matchAll(re)) {
      if (m[1]) continue;
      out.push({
        text: m[0].trim(),
        reading: `${term.office} ${term.from}…${term.to ?? 'present'}`,
        period: [term.from, term.to ?? '9999-12'],
      });
      break;
    }
  }
  return out;
}

/**
 * The period the article's own evidence points to, or null when it has none. Evidence is
 * intersected; when pieces contradict each other the elapsed-time readings (the most specific) win.
 */
export function evidencePeriod(text: string): EvidencePeriod | null {
  const durations = durationEvidence(text);
  const offices = officeEvidence(text);
  const all = [...durations, ...offices];
  if (all.length === 0) return null;
  const intersect = (items: DatingEvidence[]): [number, number] | null => {
    let from = -Infinity;
    let to = Infinity;
    for (const e of items) {
      from = Math.max(from, toMonth(e.period[0]));
      to = Math.min(to, toMonth(e.period[1]));
    }
    return from <= to ? [from, to] : null;
  };
  const both = intersect(all);
  const chosen = both ? all : durations.length > 0 && intersect(durations) ? durations : null;
  const range = both ?? (chosen ? intersect(chosen) : null);
  // An open-ended office alone ("still in office") says too little to date anything.
  if (!range || !chosen || !Number.isFinite(range[0]) || range[1] - range[0] > 12 * 12) return null;
  return { period: [monthString(range[0]), monthString(range[1])], evidence: chosen };
}

/** Months between a 'YYYY-MM…' date and a period (0 when inside it). */
export function monthsOutside(date: string, period: [string, string]): number {
  const m = toMonth(date.slice(0, 7));
  return Math.max(0, toMonth(period[0]) - m, m - toMonth(period[1]));
}
