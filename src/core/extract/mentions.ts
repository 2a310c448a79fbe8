// Name mentions by capitalised-sequence chunking, each split into the role words before it
// ("Norwegian Foreign Minister") and the name itself, with the clues to its type.
import type { Span } from '../types.js';
import { countryOfAdjective, curatedGroup, givenNameGender, isCountry } from './gazetteer.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { COMPANY_SUFFIXES, MEDIA_NOUNS, NAME_PARTICLES, PLACE_NOUNS, PLACE_WORDS } from './lexicon.js';
import { isAcronym, stripParticle } from './names.js';
import { appositionNouns, commonNoun, isGermanNoun, nounStem, companyNoun } from './nouns.js';
import { appositiveRole, bare, bareToken, genderOf, leadingAppositive, precedingRole } from './roles.js';
import { isSpaceGap, spanIndexAt, tokenIndexFrom, type Token } from './text.js';
import { uncasedNames } from './uncased.js';

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

interface MentionScan extends ArticleText {
  /** Words the article writes in lowercase somewhere. */
  lowerWords: Set<string>;
}

const isDemonym = (t: string): boolean => countryOfAdjective(t) !== null;

function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return text.includes('-') && particleName(text);
  return c > 127 && /^\p{Lu}/u.test(text);
}

/** "al-Khadra", "el-Masri": a lowercase particle before a capitalised name. */
function particleName(text: string): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && NAME_PARTICLES.has(text.slice(0, dash).toLowerCase()) && /\p{Lu}/u.test(text[dash + 1] ?? '');
}

/** Sentences written in headline title case, where capitals say nothing about names. */
function titleCaseSentences(text: ArticleText, caps: boolean[]): Set<number> {
  const out = new Set<number>();
  let si = 0;
  let capitals = 0;
  let words = 0;
  // Prose is rarely so capitalised (names, titles and an institution still leave lowercase verbs
  // and nouns), and a lowercase speech verb makes it prose: '"Pray," Bishop Anna Kovacs wrote.'
  let spoken = false;
  const flush = () => {
    if (words >= 4 && capitals / words >= 0.85 && !spoken) out.add(si);
    capitals = 0;
    words = 0;
    spoken = false;
  };
  text.tokens.forEach((tok, i) => {
    while (si < text.sentences.length && tok.start >= text.sentences[si][1]) {
      flush();
      si++;
    }
    if (tok.text.length > 3 && !(tok.text.charCodeAt(0) >= 48 && tok.text.charCodeAt(0) <= 57)) {
      words++;
      if (caps[i]) capitals++;
      else if (text.lex.speechVerbs.has(tok.text)) spoken = true;
    }
  });
  flush();
  return out;
}

/**
 * Finds every name mention in the article body. Each mention is made fresh by makeMention and
 * adjusted in place (role, scores) rather than copied: every copy was garbage, and a copy's shape
 * differed from the literal's, so the code reading mentions saw several shapes and was recompiled.
 */
export function findMentions(text: ArticleText): RawMention[] {
  const { body, tokens, sentences, lex } = text;
  const isTitleWord = (t: string): boolean => isTitle(lex, t);
  const lowerWords = new Set<string>();
  const capsMidSentence = new Set<string>();
  const sentenceStarts = new Set<number>();
  for (const s of sentences) sentenceStarts.add(s[0]);
  // Whether each token is written with a capital, asked of most tokens several times below.
  const caps = tokens.map((t) => capitalised(t.text));
  const headlineLike = titleCaseSentences(text, caps);
  // Whether each capitalised token opens a sentence (or a quotation), where capitals prove nothing.
  const opens: boolean[] = new Array(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!caps[i]) lowerWords.add(t);
    else if (atSentenceStart(body, tokens[i].start, sentenceStarts)) opens[i] = true;
    else {
      capsMidSentence.add(t);
      if (t.includes('-')) capsMidSentence.add(stripParticle(t));
    }
  }

  const surnameMonth = (i: number): boolean => {
    const prev = tokens[i - 1];
    const adjacentPrev = prev && /^\.?[ \u00a0]$/.test(body.slice(prev.end, tokens[i].start));
    if (adjacentPrev && (givenNameGender(prev.text) !== null || isTitleWord(prev.text))) return true;
    const next = tokens[i + 1];
    return !!next && /^[ \u00a0]$/.test(body.slice(tokens[i].end, next.start)) && lex.speechVerbs.has(next.lower);
  };

  // A chunk's end is asked about twice (extending the chunk, then as the next start): the answer
  // is kept per token with the sentence it was asked for.
  const askedFor = new Int32Array(tokens.length).fill(-1);
  const answer = new Uint8Array(tokens.length);
  const isNameToken = (i: number, sentenceIdx: number): boolean => {
    if (askedFor[i] !== sentenceIdx) {
      askedFor[i] = sentenceIdx;
      answer[i] = nameTokenAt(i, sentenceIdx) ? 1 : 0;
    }
    return answer[i] === 1;
  };
  const nameTokenAt = (i: number, sentenceIdx: number): boolean => {
    const t = tokens[i].text;
    if (!caps[i]) return false;
    const lower = bareToken(tokens[i]);
    const word = lower.replace(/['’]s$/, '');
    if (lex.weekdays.has(word)) return false;
    // "I Jane Roe hereby resign": the first-person pronoun is no part of the name after it.
    if (lex.selfWords.has(t) || lex.selfWords.has(lower)) return false;
    // "L'armateur Kestrel": an elided article before a lowercase noun is no part of a name.
    if (/^\p{L}['’]\p{Ll}/u.test(t)) return false;
    // "Millionen Euro", "Billion Dollars": figures words are never part of a name.
    if (lex.scales.has(word) || /^[A-Z]{3}$/.test(lex.units.get(word) ?? '')) return false;
    // "May" is a month, except as a surname: after a given name or a title, or before a speech verb.
    if (lex.months.has(word) && !surnameMonth(i)) return false;
    if (headlineLike.has(sentenceIdx)) {
      return isAcronym(t) || isCountry(t) || (capsMidSentence.has(t) && !lowerWords.has(lower));
    }
    if (opens[i]) {
      if (lex.functionWords.has(lower)) return false;
      const known = isKnownName(t) || isTitleWord(t) || isDemonym(t);
      if (!known && lowerWords.has(lower) && !capsMidSentence.has(t)) return false;
    }
    // A legal form after a name ("Varnholm AG") is no function word, whatever the stopword list says.
    const legalForm = COMPANY_SUFFIXES.has(lower) && i > 0 && caps[i - 1];
    if (isAcronym(t) && lex.functionWords.has(lower) && !curatedGroup(t) && !legalForm) return false;
    return true;
  };

  // Words the article writes as a surname: after a given name or an office word.
  const namedInFull = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const p = tokens[k - 1].text;
    if (caps[k] && isSpaceGap(body, tokens[k - 1].end, tokens[k].start) && (givenNameGender(p) !== null || isTitleWord(p))) namedInFull.add(tokens[k].text);
  }
  const scan: MentionScan = { ...text, lowerWords };
  const mentions: RawMention[] = [];
  let i = 0;
  let si = 0;
  while (i < tokens.length) {
    while (si < sentences.length - 1 && tokens[i].start >= sentences[si][1]) si++;
    if (!isNameToken(i, si)) {
      i++;
      continue;
    }
    const chunk = [i];
    let j = i + 1;
    while (j < tokens.length) {
      const gap = body.slice(tokens[j - 1].end, tokens[j].start);
      const abbreviated = gap[0] === '.' && lex.abbreviations.has(tokens[j - 1].lower);
      // "the Kessport Dockers’ Union": a plural possessive inside an institution's name.
      const pluralOwner = /^['’][ \u00a0]$/.test(gap) && /s$/.test(tokens[j - 1].text) && lex.orgWords.has(bareToken(tokens[j]));
      if ((pluralOwner || (/^\.?[ \t\u00a0]+$/.test(gap) && (gap[0] !== '.' || abbreviated))) && isNameToken(j, si)) {
        chunk.push(j++);
        continue;
      }
      const joined = joinAcrossConnector(lex, tokens, chunk, j, body, (k) => isNameToken(k, si));
      if (joined === 0) break;
      for (let k = j; k < j + joined; k++) chunk.push(k);
      j += joined;
    }
    // Russian "в Крыму Антон Лозовой": a place in the case a preposition governs, then a name.
    const prev = tokens[i - 1];
    if (lex.casedNames && chunk.length >= 3 && prev && lex.prepositions.has(prev.lower) && isSpaceGap(body, prev.end, tokens[i].start)) {
      for (const m of splitChunk(scan, [chunk[0]])) mentions.push(m);
      chunk.shift();
    }
    // "начальник Генштаба Иван Чернов": after an office word, an institution in the genitive, then the name.
    // "начальник Генштаба Иван Чернов", "il ministro degli Esteri Dmitri Orlov": after an
    // office word (and its connector), the institution it is of, then the holder's name.
    let officeOf: string | null = null;
    let office = i - 1;
    while (office > i - 3 && office >= 0 && (lex.nameConnectors.has(tokens[office].text) || lex.connectorArticles.has(tokens[office].text))) office--;
    const officeWord = office >= 0 && office < i - 1 ? tokens[office] : lex.casedNames ? prev : undefined;
    if (chunk.length >= 3 && officeWord && isTitle(lex, officeWord.text) && /^\p{Ll}/u.test(officeWord.text) && givenNameGender(tokens[chunk[1]].text) !== null) {
      for (const m of splitChunk(scan, [chunk[0]])) {
        m.role = [];
        m.scores.person = 0;
        mentions.push(m);
      }
      officeOf = tokens[chunk.shift()!].lower;
    }
    const institution = lowercaseInstitution(scan, chunk, j);
    if (institution > 0) {
      const m = makeMention(scan, tokens[chunk[0]].start, tokens[institution - 1].end, [], null, null);
      m.scores.organization += 3;
      mentions.push(m);
      i = institution;
      continue;
    }
    const lone = chunk.length === 1 ? tokens[chunk[0]].text : null;
    const unknownOpener =
      lone !== null && opens[chunk[0]] && !capsMidSentence.has(lone) && !isKnownName(lone);
    if (!unknownOpener && !(lone !== null && lone.length === 1) && !(lone !== null && commonNoun(lex, tokens, chunk[0], body, namedInFull, isKnownName))) {
      for (const m of splitChunk(scan, chunk)) {
        if (officeOf && officeWord) m.role = [officeWord.lower, officeOf, ...m.role];
        mentions.push(m);
      }
    }
    i = j;
  }
  if (!lex.uncased) return mentions;
  for (const n of uncasedNames(body, tokens, lex)) {
    const m = makeMention(scan, n.start, n.end, [bare(n.title)], n.title, null);
    m.scores.person += 3;
    mentions.push(m);
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * "the Russian foreign ministry", "a Saudi state agency": a nationality, up to two lowercase
 * modifiers and a lowercase institution word name an institution. The token index after it, or 0.
 */
function lowercaseInstitution(text: MentionScan, chunk: number[], j: number): number {
  const { tokens, body, lex } = text;
  if (!chunk.every((k) => isDemonym(tokens[k].text) || isCountry(tokens[k].text))) return 0;
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const t = tokens[k].text;
    if (!isSpaceGap(body, tokens[k - 1].end, tokens[k].start) || !/^\p{Ll}/u.test(t)) return 0;
    if (lex.orgWords.has(t)) return k + 1;
    if (lex.functionWords.has(t) || lex.speechVerbs.has(t)) return 0;
  }
  return 0;
}

function isKnownName(t: string): boolean {
  return isCountry(t) || givenNameGender(t) !== null || curatedGroup(t) !== null || isAcronym(t);
}

/** At a sentence start or right after an opening quotation mark, where any word is capitalised. */
function atSentenceStart(body: string, pos: number, starts: Set<number>): boolean {
  if (starts.has(pos)) return true;
  let p = pos;
  while (p > 0 && /["“‘'(\[\s«»„]/.test(body[p - 1])) {
    p--;
    if (/["“‘'«»„]/.test(body[p]) || starts.has(p)) return true;
  }
  // A dash opening a paragraph introduces speech in Nordic and Slavic styles ("- Det er nu klart").
  return /(?:[:;—–]\s+|\.\.\.|…)$/.test(body.slice(Math.max(0, pos - 3), pos)) || /(?:^|\n)[-–—]\s*$/.test(body.slice(Math.max(0, pos - 4), pos));
}

function endsWithPossessive(t: string): boolean {
  return /['’]s$/.test(t);
}

const MISSION_WORDS = /^(?:Embassy|Consulate|Botschaft|Konsulat|Ambassade|Consulat|Embajada|Consulado|Embaixada|Ambasciata|Consolato|Посольство|Консульство)$/u;
/** The preposition before the city a mission is in. */
const MISSION_PLACE = new Set(['in', 'à', 'en', 'em', 'a', 'в']);

/**
 * "Center for Energy", "Chief of the General Staff", "Fiscalía de Valdemora", "Ministère des
 * Armées": joins when the left side is an institution or office, across the language's connectors.
 */
function joinAcrossConnector(
  lex: Lexicon,
  tokens: Token[],
  chunk: number[],
  j: number,
  body: string,
  isName: (k: number) => boolean,
): number {
  const last = tokens[chunk[chunk.length - 1]];
  const conn = tokens[j]?.text;
  // "the Freedonian Embassy in Sylvania": a diplomatic mission is named by the city it is in.
  const mission = MISSION_WORDS.test(last.text) && !!conn && MISSION_PLACE.has(conn);
  if (!mission && !lex.orgWords.has(bareToken(last)) && !isTitle(lex, last.text)) return 0;
  if (!conn || !(mission || lex.nameConnectors.has(conn))) return 0;
  let k = j + 1;
  if (tokens[k] && lex.connectorArticles.has(tokens[k].text)) k++;
  if (!tokens[k] || !isName(k)) return 0;
  if (isCountry(tokens[k].text) && chunk.every((c) => isTitle(lex, tokens[c].text))) return 0;
  for (let g = j - 1; g < k; g++) if (!isSpaceGap(body, tokens[g].end, tokens[g + 1].start)) return 0;
  return k - j + 1;
}

/** An organisation or place word in the name's head, before any connector ("Center for Energy"). */
function institutional(lex: Lexicon, words: string[]): boolean {
  let head = 0;
  while (head < words.length && !lex.nameConnectors.has(words[head])) head++;
  for (let k = 0; k < head; k++) if (lex.orgWords.has(bare(words[k]))) return true;
  return PLACE_WORDS.has(head > 0 ? bare(words[head - 1]) : '');
}

/** Splits a chunk at possessives ("Norway’s Fisheries Council") and names out of role words. */
function splitChunk(text: MentionScan, chunk: number[]): RawMention[] {
  const { tokens, body } = text;
  const segments: number[][] = [[]];
  for (const k of chunk) {
    segments[segments.length - 1].push(k);
    if (endsWithPossessive(tokens[k].text)) segments.push([]);
  }
  if (segments[segments.length - 1].length === 0) segments.pop();
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
    if (rest.length === 1 && !office && lex.language === 'de' && isGermanNoun(tokens[rest[0]].text)) return null;
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
  const orgLike = institutional(lex, words);
  let nameAt = 0;
  if (!orgLike) {
    const given = words.findIndex((w, k) => k > 0 && givenNameGender(w) !== null && givenNameGender(words[k - 1]) === null);
    const prefixIsRole =
      given > 0 && words.slice(0, given).some((w) => isTitleWord(w) || isDemonym(w) || isAcronym(w) || lex.orgWords.has(bare(w)));
    if (prefixIsRole) nameAt = given;
    else {
      while (nameAt < words.length && (isTitleWord(words[nameAt]) || isDemonym(words[nameAt]) || lex.nameConnectors.has(words[nameAt]) || lex.connectorArticles.has(words[nameAt]))) {
        nameAt++;
      }
      if (nameAt === words.length) return null;
      nameAt = nameAfterRole(lex, words, nameAt);
      // "Bishop of Lund Anna Kovacs": one word after the office's connector is what it is of.
      if (nameAt > 0 && lex.nameConnectors.has(words[nameAt - 1]) && words.length - nameAt >= 3) nameAt++;
      // "Health Minister Jane Roe": a modifier, then the title, then the name.
      const lastTitle = words.findLastIndex((w, k) => k > nameAt && k < words.length - 1 && isTitleWord(w));
      if (lastTitle > nameAt && words.slice(lastTitle + 1).every((w) => !isTitleWord(w) && !lex.orgWords.has(bare(w)))) nameAt = lastTitle + 1;
    }
    // "Radical ISIL": a known short name after unknown modifiers stands alone.
    const tail = words[words.length - 1];
    if (nameAt === 0 && words.length > 1 && curatedGroup(tail) && !curatedGroup(words.join(' '))) nameAt = words.length - 1;
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
  return words.slice(last + 1).some((w) => isAcronym(w) || PLACE_WORDS.has(bare(w))) ? from : last + 1;
}

function makeMention(
  text: MentionScan,
  start: number,
  end: number,
  prefixRole: string[],
  title: string | null,
  possessor: string | null,
): RawMention {
  const { body, tokens, quotes, lex } = text;
  let surface = body.slice(start, end);
  if (endsWithPossessive(surface)) {
    surface = surface.slice(0, -2);
    end -= 2;
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
  const afterTokIdx = tokenIndexFrom(tokens, end);
  const next = tokens[afterTokIdx];
  const nextWord = next && /^[\s,]*$/.test(body.slice(end, next.start)) ? next.lower : '';

  const common = words.some((w) => text.lowerWords.has(w.toLowerCase())) ? 1 : 0;
  const scores: TypeScores = { person: 0, organization: 0, place: 0, common };
  const curated = curatedGroup(surface);
  if (curated) scores[curated.type] += 4;
  if (isCountry(surface)) scores.place += 4;
  if (institutional(lex, words) && !PLACE_WORDS.has(lastWord)) scores.organization += 3;
  if (PLACE_WORDS.has(lastWord)) scores.place += 3;
  if (words.length === 1 && isAcronym(surface) && !curated) scores.organization += 1;
  if (MEDIA_NOUNS.has(nextWord)) scores.organization += 3;
  if (PLACE_NOUNS.has(nextWord)) scores.place += 2;
  const ofBefore = prevWord === 'of' ? before[before.length - 2]?.lower : '';
  if (ofBefore && PLACE_NOUNS.has(ofBefore)) scores.place += 3;
  if (prevWord === 'in' || prevWord === 'near' || prevWord === 'outside') scores.place += 1;
  if (officeOf && prev && before.length > 1 && isTitle(lex, before[before.length - 2].text)) scores.organization += 1;
  if (officeAfter || ofPrefix) scores.organization += 2;
  const personRole = role.some((r) => isTitle(lex, r));
  if (personRole) scores.person += 3;
  const gender = genderOf(lex, words[0], title, role);
  if (givenNameGender(words[0]) && words.length > 1) scores.person += 2;
  if (lex.speechVerbs.has(nextWord) && words.length > 1) scores.person += 1;

  return {
    text: surface,
    span: [start, end],
    role,
    title,
    possessor,
    gender,
    inQuote: spanIndexAt(quotes, start) >= 0,
    afterPreposition: lex.prepositions.has(prevWord) && prevWord !== 'to',
    scores,
  };
}
