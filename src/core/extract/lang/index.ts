// Word lists by language. Each article's rules come from its language's data module on top of
// English (names, acronyms and English wire phrases turn up in every language); an article of
// unknown language uses English alone.
import { ar } from './ar.js';
import { ca } from './ca.js';
import { cs } from './cs.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { da, nl, no, sv } from './nordic.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import * as stopwords from 'stopword';
import { givenNameGender } from '../gazetteer.js';
import type { LanguageData, PronounKind } from './types.js';

export type { PronounKind } from './types.js';

const DATA: Record<string, LanguageData> = { ar, ca, cs, da, de, el, es, fr, id, it, ja, ms: id, nb: no, nl, no, pl, pt, ro, ru, sk, sv, tr, uk };

/** ISO 639-1 to the stopword package's ISO 639-3 keys, for the languages the news set holds. */
const STOPWORD_KEYS: Record<string, keyof typeof stopwords> = {
  ar: 'ara', da: 'dan', de: 'deu', el: 'ell', es: 'spa', fr: 'fra', it: 'ita', nl: 'nld', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sl: 'slv', sv: 'swe', tr: 'tur', uk: 'ukr',
  bg: 'bul', ca: 'cat', cs: 'ces', id: 'ind', ms: 'msa', fi: 'fin', hr: 'hrv', hu: 'hun', nb: 'nob', no: 'nob', sk: 'slk',
};

/**
 * The language's common function words from the stopword package, as words a capitalised
 * sentence opener can be without being a name ("Dette", "Nos", "Aber"); given names are kept out.
 */
function stopwordLayer(language: string): LanguageData {
  const key = STOPWORD_KEYS[language];
  const words = key ? (stopwords[key] as string[]) : [];
  return { functionWords: words.filter((w) => !/[\s.]/.test(w) && givenNameGender(w) === null).join(' ') };
}

export interface Lexicon {
  language: string;
  speechVerbs: Set<string>;
  continuationVerbs: Set<string>;
  /** A finite verb form -> the separable particles that, closing its clause, make it one of speech. */
  speechParticles: Map<string, Set<string>>;
  speechPhrases: Map<string, string[]>;
  according: Set<string>;
  attributors: Set<string>;
  mediaNouns: Set<string>;
  addressPrepositions: Set<string>;
  dativeArticles: Set<string>;
  genitiveArticles: Set<string>;
  speechNouns: Set<string>;
  presentatives: Set<string>;
  viewpoint: Set<string>;
  auxiliaries: Set<string>;
  passiveAuxiliaries: Set<string>;
  passiveMarkers: Set<string>;
  agentPrepositions: Set<string>;
  interposed: Set<string>;
  objectClitics: Set<string>;
  participles: Set<string>;
  complementisers: Set<string>;
  reportedMood: Set<string>;
  labelVerbs: Set<string>;
  relatives: Set<string>;
  pronouns: Map<string, PronounKind>;
  sourcePronouns: Map<string, PronounKind>;
  selfWords: Set<string>;
  statementNouns: Set<string>;
  wordNouns: Set<string>;
  bodyPrepositions: Set<string>;
  orgWords: Set<string>;
  /** Organisation words without their final vowels ("министерств"), for languages whose names decline. */
  orgStems: Set<string>;
  /** Compound endings of nouns that describe a company in an apposition ("Autobauer"). */
  companyNouns: string[];
  nameConnectors: Set<string>;
  connectorArticles: Set<string>;
  titles: Set<string>;
  titleSuffixes: string[];
  maleTitles: Set<string>;
  femaleTitles: Set<string>;
  roleHeads: Map<string, string[]>;
  officeEquivalents: Map<string, string[]>;
  subjectLeads: Set<string>;
  unnamedLeads: Set<string>;
  possessives: Set<string>;
  functionWords: Set<string>;
  prepositions: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  timeWords: Set<string>;
  /** The text right before a number ends with an approximator ("about ", "plus de "). */
  approximatorBefore: RegExp;
  measureLinks: Set<string>;
  measureOf: Set<string>;
  measureOfArticles: Set<string>;
  shareOf: Set<string>;
  /** The language's own (not English's): English names no noun before its amount so. */
  amountOwners: Set<string>;
  verbEndings: string[];
  changeLinks: Set<string>;
  otherWords: Set<string>;
  abbreviations: Set<string>;
  numbers: Map<string, number>;
  collectives: Map<string, number>;
  scales: Map<string, number>;
  numberJoiners: Set<string>;
  decimalWords: Set<string>;
  units: Map<string, string>;
  /** Multi-word unit phrases ("per cent", "por ciento") keyed by their first word. */
  unitPhrases: Map<string, { second: string; unit: string }[]>;
  decimalComma: boolean;
  casedNames: boolean;
  placeHeads: Set<string>;
  nounCapitals: boolean;
  writesSubject: boolean;
  verbSecond: boolean;
  noArticles: boolean;
  apostropheEndings: boolean;
  speechBeforeDash: boolean;
  uncased: boolean;
  /** See LanguageData.officeComplements. */
  officeComplements: Set<string>;
  /** Office and honorific words after a name, longest first (see LanguageData.suffixTitles). */
  suffixTitles: string[];
  nounSuffixes: string[];
  ofAdjectiveEndings: string[];
  genitiveEndings: string[];
  determiners: Set<string>;
  /** isTitle's answers so far, by the word as written: the same words are asked of many times. */
  titleMemo: Map<string, boolean>;
  /** The values of words read as numbers so far (null: no number word), asked of every token. */
  numberMemo: Map<string, number | null>;
  /**
   * The first code units of the number, collective and scale words (and "half", "quarter"): a
   * word starting otherwise is no number word, compounds included, since they start with one.
   */
  numberStarts: Set<number>;
}

const split = (s: string | undefined): string[] => (s ? s.trim().split(/\s+/).filter(Boolean) : []);
/**
 * The layers' tables merged into one Map, later layers winning. A Map, not an object: a token like
 * "constructor" finds nothing, and looking up a freshly lowercased token in an object is several
 * times slower (the key is interned first), which showed in the per-token speech-verb scans.
 */
const table = <T>(...parts: (Record<string, T> | undefined)[]): Map<string, T> =>
  new Map(parts.flatMap((p) => (p ? Object.entries(p) : [])));

function build(language: string, layers: LanguageData[]): Lexicon {
  const set = (pick: (d: LanguageData) => string | undefined): Set<string> =>
    new Set(layers.flatMap((d) => split(pick(d)).map((w) => w.toLowerCase())));
  const units = new Map<string, string>();
  const unitPhrases = new Map<string, { second: string; unit: string }[]>();
  for (const d of layers) {
    for (const [k, v] of Object.entries(d.units ?? {})) {
      const [first, second] = k.split(' ');
      if (!second) units.set(first, v);
      else unitPhrases.set(first, [...(unitPhrases.get(first) ?? []), { second, unit: v }]);
    }
  }
  const phrases = new Map<string, string[]>();
  for (const d of layers) for (const [k, v] of Object.entries(d.speechPhrases ?? {})) phrases.set(k, [...(phrases.get(k) ?? []), ...v]);
  const own = layers[layers.length - 1];
  const numbers = new Map(layers.flatMap((d) => Object.entries(d.numbers ?? {})));
  const collectives = new Map(layers.flatMap((d) => Object.entries(d.collectives ?? {})));
  const scales = new Map(layers.flatMap((d) => Object.entries(d.scales ?? {})));
  const numberStarts = new Set([...numbers.keys(), ...collectives.keys(), ...scales.keys(), 'half', 'quarter'].map((w) => w.charCodeAt(0)));
  return {
    language,
    // A participle of speech ("diciendo", "ajoutant") is a speech verb its sentence's subject goes with.
    speechVerbs: set((d) => `${d.speechVerbs ?? ''} ${d.participles ?? ''} ${perfectParticiples(d)}`),
    continuationVerbs: set((d) => d.continuationVerbs),
    speechParticles: particleVerbs(own.speechParticles),
    speechPhrases: phrases,
    according: set((d) => d.according),
    attributors: set((d) => d.attributors),
    mediaNouns: set((d) => d.mediaNouns),
    addressPrepositions: set((d) => d.addressPrepositions),
    dativeArticles: set((d) => d.dativeArticles),
    genitiveArticles: set((d) => d.genitiveArticles),
    speechNouns: set((d) => d.speechNouns),
    presentatives: set((d) => d.presentatives),
    viewpoint: set((d) => d.viewpoint),
    auxiliaries: set((d) => d.auxiliaries),
    passiveAuxiliaries: set((d) => d.passiveAuxiliaries),
    passiveMarkers: set((d) => d.passiveMarkers),
    agentPrepositions: set((d) => d.agentPrepositions),
    interposed: set((d) => d.interposed),
    objectClitics: set((d) => d.objectClitics),
    participles: set((d) => d.participles),
    complementisers: set((d) => d.complementisers),
    reportedMood: set((d) => d.reportedMood),
    labelVerbs: set((d) => d.labelVerbs),
    relatives: set((d) => d.relatives),
    pronouns: table(...layers.map((d) => d.pronouns)),
    sourcePronouns: table(...layers.map((d) => d.sourcePronouns)),
    selfWords: set((d) => d.selfWords),
    statementNouns: set((d) => d.statementNouns),
    wordNouns: set((d) => d.wordNouns),
    bodyPrepositions: set((d) => d.bodyPrepositions),
    orgWords: set((d) => d.orgWords),
    // Declined languages write an institution's word in its cases ("Ministerstwa", "Министерства"): stems match them.
    orgStems: new Set(split(own.casedNames || own.genitiveEndings ? own.orgWords : '').map((w) => w.replace(/[аеёиоуыэюяйьaeiouyąęó]+$/u, '')).filter((w) => w.length >= 4)),
    companyNouns: layers.flatMap((d) => split(d.companyNouns)),
    nameConnectors: set((d) => d.nameConnectors),
    connectorArticles: set((d) => d.connectorArticles),
    titles: set((d) => d.titles),
    titleSuffixes: layers.flatMap((d) => split(d.titleSuffixes)),
    maleTitles: set((d) => d.maleTitles),
    femaleTitles: set((d) => d.femaleTitles),
    roleHeads: table(...layers.map((d) => d.roleHeads)),
    officeEquivalents: table(...layers.map((d) => d.officeEquivalents)),
    subjectLeads: set((d) => d.subjectLeads),
    unnamedLeads: set((d) => d.unnamedLeads),
    possessives: set((d) => d.possessives),
    // A capitalised self word opening a statement ("Moi Jeanne Roux…") is not part of the name.
    functionWords: set((d) => `${d.functionWords ?? ''} ${d.selfWords ?? ''}`),
    prepositions: set((d) => d.prepositions),
    months: set((d) => d.months),
    weekdays: set((d) => d.weekdays),
    timeWords: set((d) => d.timeWords),
    approximatorBefore: approximatorPattern(layers.flatMap((d) => d.approximators ?? [])),
    measureLinks: set((d) => d.measureLinks),
    measureOf: set((d) => d.measureOf),
    measureOfArticles: set((d) => d.measureOfArticles),
    shareOf: set((d) => d.shareOf),
    amountOwners: new Set(split(own.amountOwners)),
    verbEndings: split(own.verbEndings),
    changeLinks: new Set(split(own.changeLinks)),
    otherWords: set((d) => d.otherWords),
    abbreviations: set((d) => d.abbreviations),
    numbers,
    collectives,
    scales,
    numberJoiners: set((d) => d.numberJoiners),
    decimalWords: set((d) => d.decimalWords),
    units,
    unitPhrases,
    decimalComma: own.decimalComma ?? false,
    casedNames: own.casedNames ?? false,
    placeHeads: set((d) => d.placeHeads),
    nounCapitals: own.nounCapitals ?? false,
    writesSubject: own.writesSubject ?? false,
    verbSecond: own.verbSecond ?? false,
    noArticles: own.noArticles ?? false,
    apostropheEndings: own.apostropheEndings ?? false,
    speechBeforeDash: own.speechBeforeDash ?? false,
    uncased: own.uncased ?? false,
    officeComplements: new Set(split(own.officeComplements)),
    suffixTitles: split(own.suffixTitles).sort((a, b) => b.length - a.length),
    nounSuffixes: split(own.nounSuffixes),
    ofAdjectiveEndings: split(own.ofAdjectiveEndings),
    genitiveEndings: split(own.genitiveEndings),
    determiners: new Set(split(own.determiners)),
    titleMemo: new Map(),
    numberMemo: new Map(),
    numberStarts,
  };
}

/** The finite forms of `speechParticles`, each with the particles it takes. */
function particleVerbs(particles: Record<string, string> | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [particle, forms] of Object.entries(particles ?? {})) for (const f of split(forms)) out.set(f, (out.get(f) ?? new Set()).add(particle));
  return out;
}

/** Longest phrase first, so "more than" is taken whole; a phrase starts a word ("some", not "handsome"). */
function approximatorPattern(phrases: string[]): RegExp {
  const escaped = [...new Set(phrases.map((p) => p.toLowerCase()))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped.join('|')})[\\s\\u00a0]+$`, 'iu');
}

const cache = new Map<string, Lexicon>();

/** The word lists for an ISO 639-1 language code; English (alone) for null or an unknown language. */
export function lexiconFor(language: string | null | undefined): Lexicon {
  const code = language && (Object.hasOwn(DATA, language) || Object.hasOwn(STOPWORD_KEYS, language)) ? language : 'en';
  let lex = cache.get(code);
  if (!lex) {
    // The language's own data last: single-valued settings (decimal comma, cased names) come from it.
    lex = build(code, code === 'en' ? [en] : [en, stopwordLayer(code), DATA[code] ?? {}]);
    cache.set(code, lex);
  }
  return lex;
}

/**
 * memo's answer for word, computed and kept when missing. Bounded, so a long run over many texts
 * cannot grow it forever; only short words are kept, which V8 copies out of the text (a longer
 * slice would keep the whole article alive).
 */
export function remembered<T>(memo: Map<string, T>, word: string, compute: (word: string) => T): T {
  let known = memo.get(word);
  if (known === undefined) {
    known = compute(word);
    if (memo.size > 50_000) memo.clear();
    if (word.length < 13) memo.set(word, known);
  }
  return known;
}

/** An office or rank word: "minister", "Gen." or, in German, a compound such as "Gewerkschaftschefin". */
export function isTitle(lex: Lexicon, word: string): boolean {
  return remembered(lex.titleMemo, word, (w) => titleWord(lex, w));
}

function titleWord(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  const w = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (lex.titles.has(w)) return true;
  for (const suffix of lex.titleSuffixes) if (w.length > suffix.length + 2 && w.endsWith(suffix)) return true;
  return false;
}

/** The past participles `d.perfectParticiples` derives from its speech verbs (see LanguageData). */
function perfectParticiples(d: LanguageData): string {
  const rules = [...(d.perfectParticiples ?? [])].sort((a, b) => b[0].length - a[0].length);
  if (!rules.length) return '';
  return split(d.speechVerbs)
    .flatMap((w) => {
      const rule = rules.find(([past]) => w.endsWith(past) && w.length > past.length + 2);
      return rule ? [w.slice(0, -rule[0].length) + rule[1]] : [];
    })
    .join(' ');
}
