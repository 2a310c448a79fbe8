// From a chunk of capitalised tokens to name mentions: the chunk split at possessives, the role
// words before the name ("Norwegian Foreign Minister") told from the name itself, and the clues to
// its type. The second sub-pass of findMentions (mentions.ts), which only finds the chunks.
import type { Span } from '../types.js';
import { countryOfAdjective, curatedGroup, givenNameGender, isCountry, isCountryIn, isKnownPlaceName } from './gazetteer.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { wireName } from '../ingest/wires.js';
import { AGE_COMPOUND, LOCATIVE_PREPOSITIONS, MEDIA_NOUNS, NAME_LINKS, PLACE_HEADS, PLACE_HEADS_OF, PLURAL_ARTICLES, PLACE_NOUNS, PLACE_OFFICES, PLACE_WORDS, PRIZE_WORDS, THING_CLASS_NOUNS } from './lexicon.js';
import { caseKey, OBLIQUE_ENDING } from './declension.js';
import { isAcronym } from './names.js';
import { appositionNouns, endsInOrgWord, isGermanNoun, nounStem, companyNoun } from './nouns.js';
import { appositiveRole, bare, bareToken, genderOf, leadingAppositive, precedingRole } from './roles.js';
import { isSpaceGap, spanIndexAt, tokenIndexFrom, type Token } from './text.js';

export interface TypeScores {
  person: number;
  organization: number;
  place: number;
  /** The name holds a word the article also writes in lowercase ("Election Day"): weak as a person. */
  common: number;
}

export interface RawMention {
  text: string;
  span: Span;
  /** Lowercase role words said of this mention ("norwegian", "foreign", "minister"). */
  role: string[];
  /** A single title word written right before the name ("General" in "General Haug"). */
  title: string | null;
  /** "Norway’s" when written as "Norway’s Fisheries Council". */
  possessor: string | null;
  gender: 'm' | 'f' | null;
  inQuote: boolean;
  /** Object of a preposition: not a sentence subject, so no antecedent for "he"/"she". */
  afterPreposition: boolean;
  scores: TypeScores;
}

export interface ArticleText {
  body: string;
  tokens: Token[];
  sentences: Span[];
  quotes: Span[];
  lex: Lexicon;
}

export interface MentionScan extends ArticleText {
  /** Words the article writes in lowercase somewhere. */
  lowerWords: Set<string>;
  /** Capitalised words the article writes right after a known given name ("Koch" of "Anna Koch"). */
  surnames: Set<string>;
}

export const isDemonym = (t: string): boolean => countryOfAdjective(t) !== null;

export function isKnownName(t: string): boolean {
  return isCountry(t) || givenNameGender(t) !== null || curatedGroup(t) !== null || isAcronym(t);
}

/** A case ending after an apostrophe ("Ankara'da", "Levent’in", "Türkiye'yi"). */
const APOSTROPHE_ENDING = /['’]\p{Ll}{1,5}$/u;

function endsWithPossessive(t: string): boolean {
  return /['’]s$/.test(t);
}

/**
 * An organisation word, in a language whose names decline ("Министерства", "Новостей") in any of
 * its case forms: the word's stem (its final vowels cut) and an ending of up to three letters.
 */
export function isOrgWord(lex: Lexicon, w: string): boolean {
  if (lex.orgWords.has(w) || lex.orgStems.size === 0 || w.length < 4) return lex.orgWords.has(w);
  for (let cut = w.length - 1; cut >= Math.max(4, w.length - 3); cut--) {
    const stem = w.slice(0, cut);
    if (lex.orgWords.has(stem) || lex.orgStems.has(stem)) return true;
  }
  return false;
}

/**
 * "presidente della Commissione Ue Anna Kellor": an institution's name (its words, acronyms and
 * a two-letter short form such as "Ue") right before a given name opening a name of up to three
 * words is what the person's office is of, not part of the name. `given`: the given name's index.
 */
export function institutionBeforeName(lex: Lexicon, words: readonly string[], given: number): boolean {
  if (given < 1 || words.length - given > 3 || !isOrgWord(lex, bare(words[0]).toLowerCase())) return false;
  return words.slice(1, given).every((w) => isOrgWord(lex, bare(w).toLowerCase()) || isAcronym(w) || /^\p{Lu}\p{L}?$/u.test(w));
}

/** An organisation or place word in the name's head, before any connector ("Center for Energy"). */
function institutional(lex: Lexicon, words: string[]): boolean {
  let head = 0;
  while (head < words.length && !lex.nameConnectors.has(words[head])) head++;
  for (let k = 0; k < head; k++) if (isOrgWord(lex, bare(words[k]))) return true;
  return PLACE_WORDS.has(head > 0 ? bare(words[head - 1]) : '');
}

/** Splits a chunk at possessives ("Norway’s Fisheries Council") and names out of role words. */
export function splitChunk(text: MentionScan, chunk: number[]): RawMention[] {
  const { tokens, body } = text;
  const segments: number[][] = [[]];
  for (const k of chunk) {
    segments[segments.length - 1].push(k);
    if (endsWithPossessive(tokens[k].text)) segments.push([]);
  }
  if (segments[segments.length - 1].length === 0) segments.pop();
  // "la Première ministre de Nouvelle-Zélande Jacinda Roe": a country's name, then a given name
  // opening the person's name, are two names side by side, not one.
  const last = segments[segments.length - 1];
  for (let p = 1; p <= 3 && p < last.length - 1; p++) {
    const place = body.slice(tokens[last[0]].start, tokens[last[p - 1]].end);
    if (givenNameGender(tokens[last[p]].text) !== null && (isCountryIn(place, text.lex.language) || isKnownPlaceName(place))) {
      segments.splice(segments.length - 1, 1, last.slice(0, p), last.slice(p));
      break;
    }
  }
  // "адвокат Алексея Кессова Иван Петров", "глава МИД Велмарии Сергей Ранов", "wolontariusz z
  // Chersonia Ihor Curkan": where names decline, capitalised words in an oblique case (or an
  // acronym) before a given name and a surname are the possessor of the role or the place the
  // person is from, a name of their own.
  const { casedNames, genitiveEndings } = text.lex;
  if ((casedNames || genitiveEndings.length > 0) && segments[segments.length - 1] === last) {
    const oblique = (w: string) => (casedNames ? OBLIQUE_ENDING.test(w) : genitiveEndings.some((e) => w.length > e.length + 2 && w.endsWith(e)));
    const words = last.map((k) => tokens[k].text);
    const p = words.findIndex((w, k) => k > 0 && words.length - k >= 2 && words.length - k <= 3 && givenNameGender(w) !== null);
    // "Rzecznik Komendy Głównej Policji Mariusz Ciarka": the office opening a sentence may lead them.
    // (Not "Президент США Дональд Кессов": an acronym alone after the office stays in the office's chunk.)
    const titled = p > 1 && isTitle(text.lex, words[0]) && words.slice(1, p).some((w) => !isAcronym(w));
    if (p > 0 && words.slice(0, p).every((w, k) => givenNameGender(w) === null && (oblique(w) || isAcronym(w) || (k === 0 && titled)))) {
      segments.splice(segments.length - 1, 1, last.slice(0, p), last.slice(p));
    }
  }
  // "People’s Daily", "Women’s Hospital": a possessive inside one name, not an owner and its thing.
  if (segments.length === 2 && segments[1].length === 1 && segments[0].length === 1) {
    const owner = tokens[segments[0][0]].text.replace(/['’]s$/, '');
    const thing = tokens[segments[1][0]].text;
    if (!isKnownName(owner) && !isAcronym(thing) && !isTitle(text.lex, thing)) segments.splice(0, 2, chunk);
  }
  const lastSeg = segments[segments.length - 1];
  const orgLike = institutional(text.lex, lastSeg.map((k) => tokens[k].text));
  const out: RawMention[] = [];
  for (const seg of segments.slice(0, -1)) {
    const m = nameInSegment(text, seg, null);
    if (m) out.push(m);
  }
  const owner = segments.length > 1 ? segments[segments.length - 2] : [];
  const ownerName = owner.slice(owner.findLastIndex((k) => text.lex.nameConnectors.has(tokens[k].text) || text.lex.connectorArticles.has(tokens[k].text)) + 1);
  const possessor = orgLike && ownerName.length ? body.slice(tokens[ownerName[0]].start, tokens[lastSeg[0]].start).trim() : null;
  const m = nameInSegment(text, lastSeg, possessor);
  if (m) out.push(m);
  return out;
}

function nameInSegment(text: MentionScan, seg: number[], possessor: string | null): RawMention | null {
  const { tokens, lex } = text;
  const isTitleWord = (t: string): boolean => isTitle(lex, t);
  // "des japanischen Autobauers Kessria": the apposition's nouns are the role, the name follows.
  const lead = appositionNouns(text.lex, text.tokens, text.body, seg, (t) => isKnownName(t) || isDemonym(t));
  if (lead > 0) {
    // "Uhr Ortszeit": nouns all through are no name; after an office a noun is a surname ("Ministerin Koch").
    const rest = seg.slice(lead);
    const office = seg.slice(0, lead).some((k) => isTitleWord(nounStem(lex, bare(tokens[k].text))));
    // A noun after an office is a surname only when the article also writes it after a given name
    // ("Ministerin Koch" beside "Anna Koch"), not "Abgeordnete Obdach gesucht".
    if (rest.length === 1 && (!office || !text.surnames.has(tokens[rest[0]].text)) && lex.language === 'de' && isGermanNoun(tokens[rest[0]].text)) return null;
    const m = nameInSegment(text, rest, possessor);
    if (!m) return null;
    const nouns = seg.slice(0, lead).map((k) => nounStem(lex, bare(tokens[k].text)));
    const company = nouns.some((w) => companyNoun(lex, w));
    const personRole = nouns.some((w) => isTitleWord(w));
    m.role = [...nouns, ...m.role];
    m.scores.organization += company ? 4 : 0;
    m.scores.person += personRole && !company ? 3 : 0;
    return m;
  }
  const words = seg.map((k) => tokens[k].text);
  // "Nordkoreas Machthaber", "Norwegens Regierungschef": a country's genitive before one noun describes someone.
  if (lex.nounCapitals && words.length === 2 && /s$/.test(words[0]) && curatedGroup(words[0].slice(0, -1))?.type === 'place' && !isKnownName(words[1])) return null;
  const given = words.findIndex((w, k) => k > 0 && givenNameGender(w) !== null && givenNameGender(words[k - 1]) === null);
  // "Navy Captain Jane Roe", "Army Colonel Jo Roe": an institution's word before a title and a given
  // name is the office's, not the name's; the person is who follows the title.
  const title = words.findLastIndex((w, k) => k > 0 && k < words.length - 1 && isTitleWord(w));
  const titled =
    title > 0 &&
    words.slice(title + 1).filter((w) => !NAME_LINKS.has(w)).length <= 3 &&
    words.slice(title + 1).every((w) => !lex.orgWords.has(bare(w)) && !isTitleWord(w)) &&
    (given === title + 1 || words.slice(0, title).every((w) => lex.orgWords.has(bare(w)) || isAcronym(w) || isDemonym(w) || isTitleWord(w)));
  const orgLike = !titled && institutional(lex, words) && !institutionBeforeName(lex, words, given);
  let nameAt = 0;
  if (!orgLike) {
    // "Councillor Anna Korbel": one capitalised word before a given name and a surname is an
    // office (a title is no part of the name), even one the title list lacks.
    // Not before a double given name that ends the name ("Karine Jean-Pierre"): that is the surname.
    const doubleLast = given > 0 && given === words.length - 2 && text.body[tokens[seg[given]].end] === '-';
    const loneTitle = given === 1 && words.length >= 3 && !doubleLast && !isKnownName(words[0]) && !lex.functionWords.has(bare(words[0]));
    const prefixIsRole =
      given > 0 && (loneTitle || words.slice(0, given).some((w) => isTitleWord(w) || isDemonym(w) || isAcronym(w) || lex.orgWords.has(bare(w))));
    if (prefixIsRole) nameAt = given;
    else {
      while (nameAt < words.length && (isTitleWord(words[nameAt]) || isDemonym(words[nameAt]) || lex.nameConnectors.has(words[nameAt]) || lex.connectorArticles.has(words[nameAt]))) {
        nameAt++;
      }
      if (nameAt === words.length) return null;
      nameAt = nameAfterRole(lex, words, nameAt);
      // "Health Minister Jane Roe": a modifier, then the title, then the name.
      // "Dana Head-Voss": a title word hyphened to the next is part of a double surname, no office.
      const lastTitle = words.findLastIndex((w, k) => k > nameAt && k < words.length - 1 && isTitleWord(w) && text.body[tokens[seg[k]].end] !== '-');
      if (lastTitle > nameAt && words.slice(lastTitle + 1).every((w) => !isTitleWord(w) && !lex.orgWords.has(bare(w)))) nameAt = lastTitle + 1;
      // "Bishop of Lund Anna Kovacs", "Assistant Commissioner of Harbour Operations Dana Kellor": after
      // the office's connector, what it is of runs up to the person's given name and surname.
      if (lex.nameConnectors.has(words[nameAt]) && words.length - nameAt >= 4) nameAt++;
      // Not when those two words open on a connector ("Jefe de Secretaría de Gabinete"): no name follows.
      if (nameAt > 0 && lex.nameConnectors.has(words[nameAt - 1]) && words.length - nameAt >= 3 && !lex.nameConnectors.has(words[words.length - 2])) nameAt = words.length - 2;
    }
    // "San Juan Mayor Anna Kellor": a given name right after a title opens the person's name,
    // whatever given name the place before the title holds.
    if (title > nameAt && words.length - title - 1 >= 2 && words.length - title - 1 <= 3 && givenNameGender(words[title + 1]) !== null) nameAt = title + 1;
    // "prezydent Wysp Kanaryjskich Ana Roe": a genitive adjective says what the office is of; the name follows it.
    const of = words.findLastIndex((w, k) => k >= nameAt && k < words.length - 2 && lex.ofAdjectiveEndings.some((e) => w.length > e.length + 2 && w.endsWith(e)));
    if (of >= 0) nameAt = of + 1;
    // "Radical ISIL": a known short name after unknown modifiers stands alone; a short one only in
    // capitals ("Kim Jong Un" ends in no "UN").
    const tail = words[words.length - 1];
    if (nameAt === 0 && words.length > 1 && curatedGroup(tail) && !(tail.length <= 3 && /\p{Ll}/u.test(tail)) && !curatedGroup(words.join(' '))) nameAt = words.length - 1;
  }
  const role = words.slice(0, nameAt).map(bare);
  const start = tokens[seg[nameAt]].start;
  const titleWord = nameAt > 0 && isTitleWord(words[nameAt - 1]) ? text.body.slice(tokens[seg[nameAt - 1]].start, start).trim() : null;
  const end = tokens[seg[seg.length - 1]].end;
  return makeMention(text, start, end, role, titleWord, possessor);
}

/**
 * Past the title words, a name can still follow an institution or an acronym that belongs to the
 * role: "Chief of the General Staff of the Armed Forces Jane Doe", "UN John Roe".
 */
function nameAfterRole(lex: Lexicon, words: string[], from: number): number {
  const isRoleWord = (w: string): boolean => lex.orgWords.has(bare(w)) || isTitle(lex, w);
  let last = -1;
  for (let k = from; k < words.length; k++) if (isRoleWord(words[k]) || (k === from && isAcronym(words[k]))) last = k;
  const tail = words.length - 1 - last;
  const rolePrefix = from > 0 || isAcronym(words[from]);
  if (last < 0 || !rolePrefix || tail < 2 || tail > 3) return from;
  // "Jefe de Secretaría de Gabinete": a connector after the role words goes on with what the office is of, no name.
  if (lex.nameConnectors.has(words[last + 1]) || lex.connectorArticles.has(words[last + 1])) return from;
  return words.slice(last + 1).some((w) => isAcronym(w) || PLACE_WORDS.has(bare(w))) ? from : last + 1;
}

/**
 * "avec le pape X", "mit Bundeskanzler X", "with Pope X": a title, and an article before it, between
 * a preposition and the name; the name is governed by the preposition as a bare one is ("avec X").
 */
function governedTitle(lex: Lexicon, body: string, before: Token[], prevWord: string): boolean {
  let k = before.length - 1;
  if (k < 0 || before[k].lower !== prevWord || !isTitle(lex, before[k].text)) return false;
  // Only words with nothing but a space between them: no sentence or clause ends in the phrase.
  const next = (i: number) => i > 0 && isSpaceGap(body, before[i - 1].end, before[i].start);
  while (next(k) && isTitle(lex, before[k].text)) k--;
  const article = lex.subjectLeads.has(before[k].lower) || lex.determiners.has(before[k].lower) || lex.connectorArticles.has(before[k].lower);
  if (article && next(k)) k--;
  return !isTitle(lex, before[k].text) && lex.prepositions.has(before[k].lower) && before[k].lower !== 'to';
}

/** Indefinite articles ("a" only in English: elsewhere an article or a preposition). */
const INDEFINITE = new Set(['a', 'an', 'un', 'una', 'une', 'uno', 'ein', 'eine', 'einer', 'einem', 'einen', 'um', 'uma']);

export function makeMention(
  text: MentionScan,
  start: number,
  end: number,
  prefixRole: string[],
  title: string | null,
  possessor: string | null,
): RawMention {
  const { body, tokens, quotes, lex } = text;
  let surface = body.slice(start, end);
  const ending = endsWithPossessive(surface) ? 2 : lex.apostropheEndings ? (APOSTROPHE_ENDING.exec(surface)?.[0].length ?? 0) : 0;
  if (ending > 0) {
    surface = surface.slice(0, -ending);
    end -= ending;
  }
  const first = tokenIndexFrom(tokens, start);
  const before = tokens.slice(Math.max(0, first - 6), first);
  const words = surface.split(/\s+/);
  const lastWord = bare(words[words.length - 1]);
  const prev = before[before.length - 1];
  const prevWord = prev && (prev.end >= start || isSpaceGap(body, prev.end, start)) ? prev.lower : '';
  // "former chairman of Ferrow Motors", "le maire de Brévent": the office is of this name, not held by it.
  const prevPrev = before[before.length - 2]?.lower ?? '';
  const connectorArticle = (prevWord === 'the' || lex.connectorArticles.has(prevWord)) && lex.nameConnectors.has(prevPrev);
  // "the former Ferrow boss", "Ferrow chairman Jane Roe": a name before a lowercase office word
  // is what the office is of, not its holder.
  const afterTok = tokens[tokenIndexFrom(tokens, end)];
  const officeAfter = !!afterTok && /^[ \u00a0]+$/.test(body.slice(end, afterTok.start)) && /^\p{Ll}/u.test(afterTok.text) && isTitle(lex, afterTok.text) && words.length === 1;
  const officeOf = lex.nameConnectors.has(prevWord) || prevWord === 'to' || connectorArticle || officeAfter;
  // "le Patron de Ferrow" read as one chunk: the office before the connector is of the name too.
  const ofPrefix = prefixRole.length > 0 && (lex.nameConnectors.has(prefixRole[prefixRole.length - 1]) || lex.connectorArticles.has(prefixRole[prefixRole.length - 1]));
  const role = [...(officeOf ? [] : precedingRole(lex, before, body, start)), ...leadingAppositive(lex, body, start), ...(ofPrefix ? [] : prefixRole), ...appositiveRole(lex, body, end)];
  // "the shipping company Velmar", "la naviera Velmar", "l'entreprise Velmar": a company's class
  // noun right before a name (German writes it in the name's chunk: "die Reederei Velmar").
  const classNoun = lex.nounCapitals ? '' : prevWord.replace(/^(?:l|d)['’]/, '');
  // Not "a company Dana Roe ran" (an indefinite noun, then a clause), nor a surname the article gives a person.
  const indefinite = before.slice(-3, -1).some((t) => INDEFINITE.has(t.lower) && (t.lower !== 'a' || lex.language === 'en'));
  const company = classNoun !== '' && lex.companyNouns.includes(classNoun) && !indefinite && !text.surnames.has(surface);
  if (company && !role.includes(classNoun)) role.push(classNoun);
  const afterTokIdx = tokenIndexFrom(tokens, end);
  const next = tokens[afterTokIdx];
  const nextWord = next && /^[\s,]*$/.test(body.slice(end, next.start)) ? next.lower : '';

  const common = words.some((w) => text.lowerWords.has(w.toLowerCase())) ? 1 : 0;
  const scores: TypeScores = { person: 0, organization: 0, place: 0, common };
  const curated = curatedGroup(surface);
  if (curated) scores[curated.type] += 4;
  if (isCountryIn(surface, lex.language)) scores.place += 4;
  // "Kuala Lumpur", "Chiang Rai": a town's name of two words or more, unless it opens with a given
  // name or an office (towns named after people: "General Roca", "Pedro Juan Caballero").
  else if (words.length > 1 && givenNameGender(words[0]) === null && !isTitle(lex, words[0]) && isKnownPlaceName(surface)) scores.place += 3;
  if (institutional(lex, words) && !PLACE_WORDS.has(lastWord)) scores.organization += 3;
  // "der Direktor der Notfallbehörde", "der Chef des Katastrophenschutzes": one word in the genitive
  // after an office is what the office is of, an institution; "Notfallbehörde": a compound whose head is one.
  else if (lex.nounCapitals && words.length === 1 && ((lex.genitiveArticles.has(prevWord) && isTitle(lex, before[before.length - 2]?.text ?? '')) || endsInOrgWord(lex, lastWord, 3))) scores.organization += 3;
  if (PLACE_WORDS.has(lastWord) || lex.placeHeads.has(lastWord)) scores.place += 3;
  // "Port Veldor", "Lake Orvin": a place word heading the name, unless an institution's ("Port Veldor Authority").
  else if (words.length > 1 && PLACE_HEADS.has(bare(words[0])) && !institutional(lex, words)) scores.place += 3;
  // "Estado de X": a place noun heading a name with a particle in it; "Los Llanos", "Las Palmas": a plural article heading a name.
  else if (((words.length > 2 && words.some((w) => NAME_LINKS.has(w)) && PLACE_HEADS_OF.has(bare(words[0]))) || (words.length > 1 && PLURAL_ARTICLES.has(bare(words[0])))) && !institutional(lex, words)) scores.place += 3;
  // "Saint-Orvin", "Santa-Velma": a saint's name joined by a hyphen names a place or a church.
  else if (/^(?:Saint|Sainte|San|Santa|Santo|São|Sankt|St|Ste)-\p{Lu}/u.test(words[0]) && !institutional(lex, words)) scores.place += 3;
  // "Нижний Новгород", "Новая газета": a name led by a declined adjective that is no given name is weak as a person.
  if (lex.casedNames && words.length > 1 && caseKey(surface) !== null && givenNameGender(words[0]) === null) scores.common += 1;
  if (words.length === 1 && isAcronym(surface) && !curated) scores.organization += 1;
  // "Orvin Peace Prize", "Premio Orvin de la Vega": a prize's name is not a person's, for want of
  // other evidence; so too a word ending in a short capitalised part ("Marra-La").
  if (words.some((w) => PRIZE_WORDS.has(bare(w)) || /-\p{Lu}\p{Ll}?$/u.test(w))) scores.common += 1;
  if (MEDIA_NOUNS.has(nextWord)) scores.organization += 3;
  if (company) scores.organization += 4;
  // "the tanker Sea Lantern", "M/V Sea Lantern": a thing's class named before it; no person for want of other evidence.
  if (THING_CLASS_NOUNS.has(prevWord)) scores.common += 1;
  if (PLACE_NOUNS.has(nextWord)) scores.place += 2;
  const ofBefore = prevWord === 'of' ? before[before.length - 2]?.lower : '';
  if (ofBefore && PLACE_NOUNS.has(ofBefore)) scores.place += 3;
  if (LOCATIVE_PREPOSITIONS.has(prevWord)) scores.place += 1;
  // "RIO DE JANEIRO, 3 March -", "МОСКВА, 5 мая —": a capitalised dateline opening a paragraph is the place it was filed from.
  if (datelineAt(body, start, end, surface)) scores.place += 4;
  // The office says what it is of: a mayor's or governor's is a place, a chairman's an organisation.
  const officeWord = officeAfter ? afterTok.lower : officeOf && prev && before.length > 1 ? bareToken(before[before.length - 2]) : '';
  if (PLACE_OFFICES.has(officeWord)) scores.place += 2;
  else {
    if (officeOf && prev && before.length > 1 && isTitle(lex, before[before.length - 2].text)) scores.organization += 1;
    if (officeAfter || ofPrefix) scores.organization += 2;
  }
  // "глава Северной области Иван Петров": a name ending in a place's noun is what the office is of, not its holder.
  // "jubir NLD, Myo Nyunt" (NLD's spokesman): an acronym between an office and the name apposed
  // after it is what the office is of.
  const officeOfAcronym = words.length === 1 && isAcronym(surface) && /^,[ \u00a0]*\p{Lu}/u.test(body.slice(end, end + 3));
  // "представитель Министерства обороны Игорь Конашенков": an institution's word after an office is what the office is of.
  // So is an institution's name of several words ("rzecznik Miejskiego Przedsiębiorstwa Komunikacyjnego", "juru bicara Pemerintah Provinsi X").
  const officeOfInstitution = words.length === 1 ? isOrgWord(lex, bare(surface)) : institutional(lex, words) && givenNameGender(words[0]) === null;
  const personRole = role.some((r) => isTitle(lex, r)) && !lex.placeHeads.has(lastWord) && !officeOfAcronym && !officeOfInstitution;
  if (personRole) scores.person += 3;
  if ((officeOfAcronym || officeOfInstitution) && role.length) scores.organization += 2;
  const gender = genderOf(lex, words[0], title, role);
  if (givenNameGender(words[0]) && words.length > 1) scores.person += 2;
  if (lex.speechVerbs.has(nextWord) && words.length > 1) scores.person += 1;
  // "…, betonte Selenskyj.", "…, dijo Verhoek.": one word set after a speech verb as the clause's
  // subject, the clause ending on it, is a person's surname (not an acronym: "said NATO."); a
  // given name there is a person whatever follows ("Weiter erklärt Charles: …", "erklärt Charles in einer Mitteilung").
  if (words.length === 1 && !isAcronym(surface) && lex.speechVerbs.has(prevWord) && (/^[.,;:]/.test(body.slice(end, end + 1)) || givenNameGender(surface) !== null)) scores.person += 2;
  // "41-letni Zełenski", "the 41-year-old Roe": only a person has an age.
  if (AGE_BEFORE.test(body.slice(Math.max(0, start - 24), start))) scores.person += 3;

  return {
    text: surface,
    span: [start, end],
    role,
    title,
    possessor,
    gender,
    inQuote: spanIndexAt(quotes, start) >= 0,
    afterPreposition: (lex.prepositions.has(prevWord) && prevWord !== 'to') || governedTitle(lex, body, before, prevWord),
    scores,
  };
}

/**
 * "RIO DE JANEIRO (Reuters) -", "МОСКВА, 23 августа —": a name in capitals alone at the start of a
 * paragraph, before a parenthesis, a dash, or a comma that the date or the dash follows ("MAX, the
 * model, ..." opens a sentence), is the dateline's place.
 */
// Where a title-case dateline may open a paragraph: the top of the text, under its furniture.
const OPENING = 1500;

export function datelineAt(body: string, start: number, end: number, surface: string): boolean {
  // A wire's credit opening the text ("AFP -", "REUTERS -") is no place.
  if (surface.length < 3 || curatedGroup(surface) !== null || wireName(surface) !== null) return false;
  // "Kessa Lumpur - Um navio …": a place in title case opening a paragraph of the text's top, a
  // dash, then the report.
  if (/\p{Ll}/u.test(surface)) return start < OPENING && (start === 0 || body[start - 1] === '\n') && /^[ \t]+[-—–][ \t]+\p{Lu}/u.test(body.slice(end, end + 6)) && surface.split(' ').length <= 3;
  let p = start;
  while (p > 0 && (body[p - 1] === ' ' || body[p - 1] === '\t')) p--;
  if (p > 0 && body[p - 1] !== '\n') return false;
  return /^\s*(?:\(|[-—–]\s|,\s*\d|,[^\n]{0,30}\s[-—–]\s)/.test(body.slice(end, end + 40));
}

/**
 * "RIO DE JANEIRO, 3 March -", "МОСКВА, 5 мая —", "JAKARTA -": words in capitals alone opening a
 * paragraph, their particles too, are one name: the dateline's place (datelineAt decides it, and
 * types it in makeMention). The token index after it, or -1.
 */
export function datelineEnd(body: string, tokens: Token[], i: number): number {
  const first = tokens[i];
  if (first.start > 0 && body[first.start - 1] !== '\n') return -1;
  let j = i;
  while (j < tokens.length && j < i + 4 && /^\p{Lu}[\p{Lu}'’.-]*$/u.test(tokens[j].text) && (j === i || /^ $/.test(body.slice(tokens[j - 1].end, tokens[j].start)))) j++;
  return j > i && datelineAt(body, first.start, tokens[j - 1].end, body.slice(first.start, tokens[j - 1].end)) ? j : -1;
}

const AGE_BEFORE = new RegExp(`${AGE_COMPOUND}[ \\u00a0]+$`, 'iu');
const CYRILLIC = /[\u0400-\u04ff]/;
const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|ская|цкий|цкая|ov|ev|in|yn|ova|eva|ina|yna|sky|skiy|skaya|ko|enko|енко|yan|ян)$/u;

// The past tense's endings of the Slavic languages that drop a known subject ("Nazwał", "Oceniła", "Назвал", "Řekla").
const PAST_TENSE: Record<string, RegExp> = {
  pl: /\p{L}{3,}(?:ł|ła|ło|li|ły)$/u,
  ru: /\p{L}{3,}(?:ал|ял|ил|ел|ла|ли)$/u,
  uk: /\p{L}{3,}(?:ав|яв|ив|ів|ла|ли)$/u,
  cs: /\p{L}{3,}(?:al|il|el|la|li|ly)$/u,
  sk: /\p{L}{3,}(?:al|il|el|la|li|ly)$/u,
};

/**
 * A capitalised word opening a sentence that is no part of the name after it: a name does not
 * change script ("Самолет Vantair"), and in a language whose names decline, a word the article
 * never capitalises mid-sentence, no known name or office, before a name it writes elsewhere in
 * some case form ("Позже Авиаконтроль" beside "Авиаконтроля").
 */
export function gluedOpener(lex: Lexicon, first: string, next: string, capsMidSentence: Set<string>): boolean {
  if (isAcronym(first) || isAcronym(next)) return false;
  if (CYRILLIC.test(first) !== CYRILLIC.test(next)) return true;
  if (capsMidSentence.has(first) || isKnownName(first) || isDemonym(first) || isTitle(lex, first)) return false;
  // "Nazwał Niemcowa …", "Назвал Немцова …": a verb in the past tense opening the sentence, its subject dropped.
  if (PAST_TENSE[lex.language]?.test(first) && givenNameGender(first) === null) return true;
  if (!lex.casedNames) return false;
  // "Левшин Алексей", "Raspopova Kristina": a list's surname before the given name.
  if (givenNameGender(next) !== null || SURNAME_ENDING.test(first)) return false;
  const stem = next.slice(0, Math.max(5, next.length - 2));
  if (next.length < 6) return false;
  for (const w of capsMidSentence) if (w !== `${first} ${next}` && w.startsWith(stem)) return true;
  return false;
}
