// Name mentions, first pass: capitalised-sequence chunking (which capitalised words are names, and
// which run together into one chunk). Each chunk is then split into the role words before it and
// the name itself, with the clues to its type, in mention-parts.ts.
import { curatedGroup, givenNameGender, isCountry, isNationalityNoun } from './gazetteer.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { COMPANY_SUFFIXES, FEASTS, NAME_LINKS, NAME_PARTICLES } from './lexicon.js';
import { hyphenedName } from './hyphens.js';
import { isAcronym, stripParticle } from './names.js';
import { adjectiveOpener, aloneWords, commonNoun, companyNoun, institutionGenitive, nounAfterName } from './nouns.js';
import { bare, bareToken } from './roles.js';
import { isSpaceGap, type Token } from './text.js';
import { caselessNames } from './uncased.js';
import { handleAndLinkSpans, signaturesIn } from './signatures.js';
import { capitalsHeading, initialOfName, untitle } from './mention-shapes.js';
import { datelineEnd, gluedOpener, isDemonym, isOrgWord, isKnownName, makeMention, splitChunk, type ArticleText, type MentionScan, type RawMention } from './mention-parts.js';
import { joinAcrossConnector, lowercaseHeaded, lowercaseInstitution, particleJoin, wirePrefix } from './mention-joins.js';

// Han characters: Chinese text (or Japanese kanji), where a dotted foreign name may stand.

/** The case endings of a Russian adjective ("Черное", "Черном", "Черного", "Красной"). */
const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ые|ие|ых|их|ыми|ими)$/u;

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
  // "(@DanaKellor)", "pic.twitter.com/Ab12Cd": a handle or a link holds no name, however capitalised.
  const links = handleAndLinkSpans(body);
  if (links.length) for (let i = 0, k = 0; i < tokens.length; i++) {
    while (k < links.length && links[k][1] <= tokens[i].start) k++;
    if (k < links.length && links[k][0] < tokens[i].start) caps[i] = false;
  }
  // "— Kessa ??? (@kessa) 14. Oktober 2019": the name signing an embedded post, whatever opens its line.
  const signed = new Map<number, number>();
  if (body.includes('(@')) for (const sig of signaturesIn(body)) signed.set(sig.name[0], sig.name[1]);
  const headlineLike = titleCaseSentences(text, caps);
  // Whether each capitalised token opens a sentence (or a quotation), where capitals prove nothing.
  const opens: boolean[] = new Array(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!caps[i]) lowerWords.add(t);
    else if (atSentenceStart(body, tokens[i].start, sentenceStarts)) opens[i] = true;
    // "the Kessport Dockers' Union": capitalised as part of the owner's name, which says nothing of the word alone.
    else if (/\p{L}['’][ \u00a0]$/u.test(body.slice(Math.max(0, tokens[i].start - 3), tokens[i].start))) continue;
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
  // "Theresa May … la salida de May": a month word the article writes as a surname is that name
  // wherever no number stands next to it (a date writes one: "24 May", "May 2019").
  const monthSurnames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) if (caps[i] && lex.months.has(tokens[i].lower) && surnameMonth(i)) monthSurnames.add(tokens[i].lower);
  const givenMonth = (i: number): boolean => {
    // "Jan de Vries", "Jan van den Berg": the surname's particles may stand between.
    let k = i + 1;
    while (k < i + 3 && tokens[k] && !caps[k] && NAME_LINKS.has(tokens[k].text) && isSpaceGap(body, tokens[k - 1].end, tokens[k].start)) k++;
    const next = tokens[k];
    return givenNameGender(tokens[i].text) !== null && !!next && caps[k] && !lex.months.has(next.lower) && isSpaceGap(body, tokens[k - 1].end, next.start) && !dated(i) && !dated(k);
  };
  const dated = (i: number): boolean => [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\d/.test(t.text) && Math.abs(t.start - tokens[i].start) < 16);

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
    // "the Fukushima No. 1 plant", "Nr. 3", "Núm. 4": a number's abbreviation before its digits is no name.
    if (NUMBER_SIGNS.has(word) && /^\.?[ \u00a0]?\d/.test(body.slice(tokens[i].end, tokens[i].end + 4))) return false;
    // "I Jane Roe hereby resign": the first-person pronoun is no part of the name after it.
    if (lex.selfWords.has(t) || lex.selfWords.has(lower)) return false;
    // German capitalises the polite pronouns ("Sie", "Ihnen", "Ihren") mid-sentence: no names.
    // A capitalised function word right after a given name is a surname ("Stephan Weil").
    if (lex.nounCapitals && lex.functionWords.has(lower) && !isAcronym(t) && !(i > 0 && !opens[i] && givenNameGender(tokens[i - 1].text) !== null && isSpaceGap(body, tokens[i - 1].end, tokens[i].start))) return false;
    // "L'armateur Kestrel": an elided article before a lowercase noun is no part of a name.
    if (/^\p{L}['’]\p{Ll}/u.test(t)) return false;
    // "Millionen Euro", "Billion Dollars": figures words are never part of a name.
    if (lex.scales.has(word) || /^[A-Z]{3}$/.test(lex.units.get(word) ?? '')) return false;
    // "May" is a month, except as a surname: after a given name or a title, or before a speech verb;
    // "Jan" is one except as a given name, before a capitalised word with no number beside it.
    if (lex.months.has(word) && !surnameMonth(i) && !(monthSurnames.has(word) && !dated(i)) && !givenMonth(i)) return false;
    if (headlineLike.has(sentenceIdx)) {
      return isAcronym(t) || isCountry(t) || (capsMidSentence.has(t) && !lowerWords.has(lower));
    }
    if (opens[i]) {
      // "Ha advertido que …", "Hat erklärt": an auxiliary opening the sentence is no name.
      // "Gisteren zei X": a time word opening a sentence before its inverted verb is no name either.
      if (lex.functionWords.has(lower) || lex.auxiliaries.has(lower) || lex.timeWords.has(lower)) return false;
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
  // Of those, the words written after a known given name.
  const surnames = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const p = tokens[k - 1].text;
    if (!caps[k] || !isSpaceGap(body, tokens[k - 1].end, tokens[k].start)) continue;
    const given = givenNameGender(p) !== null;
    if (given || isTitleWord(p)) namedInFull.add(tokens[k].text);
    if (given) surnames.add(tokens[k].text);
  }
  const alone = lex.nounCapitals ? aloneWords(tokens, caps, opens, body) : new Set<string>();
  // "Tavo da Lima", "Ana de Vasconcelos": the particle and the name word after it, as the article joins them.
  const particled = new Set<string>();
  for (let k = 1; k < tokens.length - 1; k++) {
    if (caps[k] || !NAME_LINKS.has(tokens[k].text) || !caps[k - 1] || !caps[k + 1] || (tokens[k].text === 'al' && lex.prepositions.has('al'))) continue;
    if (lex.nounCapitals && lex.determiners.has(tokens[k].text)) continue;
    // German capitalises every noun ("den Tod", "von den Folgen"): there a known given name must open it.
    if (lex.nounCapitals && !givenNameAt(tokens, caps, k - 1) && !givenNameAt(tokens, caps, k - 2)) continue;
    if (isSpaceGap(body, tokens[k - 1].end, tokens[k].start) && isSpaceGap(body, tokens[k].end, tokens[k + 1].start)) particled.add(`${tokens[k].text} ${tokens[k + 1].text}`);
  }
  const scan: MentionScan = { ...text, lowerWords, surnames };
  // English and German write an institution's name capitalised throughout ("the Emergencies Ministry").
  const lowercaseHeads = lex.language !== 'en' && !lex.nounCapitals;
  const mentions: RawMention[] = [];
  let i = 0;
  let si = 0;
  while (i < tokens.length) {
    while (si < sentences.length - 1 && tokens[i].start >= sentences[si][1]) si++;
    const signedEnd = signed.size ? signed.get(tokens[i].start) : undefined;
    if (signedEnd !== undefined) {
      let j = i;
      while (j < tokens.length && tokens[j].end <= signedEnd) j++;
      if (j > i) {
        mentions.push(makeMention(scan, tokens[i].start, tokens[j - 1].end, [], null, null));
        i = j;
        continue;
      }
    }
    const dateline = datelineEnd(body, tokens, i);
    if (dateline > i) {
      const m = makeMention(scan, tokens[i].start, tokens[dateline - 1].end, [], null, null);
      mentions.push(m);
      i = dateline;
      continue;
    }
    if (!isNameToken(i, si)) {
      // "le ministère russe des Situations d'urgence", "el ministerio del Interior": an institution
      // word written lowercase, the name it is of capitalised.
      const end = !caps[i] && lowercaseHeads && lex.orgWords.has(tokens[i].text) ? lowercaseHeaded(scan, i, (k) => isNameToken(k, si)) : 0;
      if (end > 0) {
        const m = makeMention(scan, tokens[i].start, tokens[end - 1].end, [], null, null);
        m.scores.organization += 3;
        mentions.push(m);
        i = end;
        continue;
      }
      i++;
      continue;
    }
    const chunk = [i];
    let j = i + 1;
    let byParticle = false;
    while (j < tokens.length) {
      const gap = body.slice(tokens[j - 1].end, tokens[j].start);
      // "George W. Bush", "J. K. Rowling": an abbreviation or a name's initial goes on with its dot.
      const abbreviated = gap[0] === '.' && (lex.abbreviations.has(tokens[j - 1].lower) || initialOfName(tokens, chunk));
      // "the Kessport Dockers’ Union": a plural possessive inside an institution's name.
      const pluralOwner = /^['’][ \u00a0]$/.test(gap) && /s$/.test(tokens[j - 1].text) && lex.orgWords.has(bareToken(tokens[j]));
      if ((pluralOwner || (/^\.?[ \t\u00a0]+$/.test(gap) && (gap[0] !== '.' || abbreviated)) || (gap === '-' && hyphenedName(tokens, caps, body, j))) && isNameToken(j, si)) {
        chunk.push(j++);
        continue;
      }
      let joined = joinAcrossConnector(lex, tokens, chunk, j, body, (k) => isNameToken(k, si));
      if (joined === 0 && (joined = particleJoin(lex, tokens, chunk, j, body, (k) => isNameToken(k, si))) > 0) byParticle = true;
      if (joined === 0) break;
      for (let k = j; k < j + joined; k++) chunk.push(k);
      j += joined;
    }
    if (chunk[chunk.length - 1] === j - 1 && nounAfterName(lex, tokens, chunk, namedInFull, alone, surnames, isKnownName)) {
      chunk.pop();
      j--;
    }
    // "da Lima said" where the article also writes "Tavo da Lima": the particle opens the name.
    const particle = tokens[i - 1];
    if (particled.size > 0 && particle && NAME_LINKS.has(particle.text) && particled.has(`${particle.text} ${tokens[i].text}`) && isSpaceGap(body, particle.end, tokens[i].start) && !(i > 1 && caps[i - 2] && isSpaceGap(body, tokens[i - 2].end, particle.start))) {
      chunk.unshift(i - 1);
      byParticle = true;
    }
    // "a dit à Reuters Dana Kellor": a news agency's name, then a name it opens no part of.
    const wire = chunk.length >= 3 ? wirePrefix(tokens, chunk) : 0;
    // The rest reads as a person's name: two or three words, none an institution's ("Reuters Institute …" stays whole).
    if (wire > 0 && chunk.length - wire <= 3 && !chunk.slice(wire).some((c) => isOrgWord(lex, tokens[c].lower))) {
      for (const m of splitChunk(scan, chunk.slice(0, wire))) mentions.push(m);
      chunk.splice(0, wire);
    }
    // "в Черном море", "на Красной площади": a place name's capitalised adjective keeps its lowercase head noun.
    const head = tokens[j];
    if (head && lex.placeHeads.has(head.lower) && head.text === head.lower && ADJECTIVE_ENDING.test(tokens[j - 1].lower) && isSpaceGap(body, tokens[j - 1].end, head.start)) chunk.push(j++);
    // Russian "в Крыму Антон Лозовой": a place in the case a preposition governs, then a name.
    const prev = tokens[i - 1];
    // So too "desde Tinfourane Karim el Fassi": a place after a preposition, then a name with its
    // particle; and in any language a word after a preposition, then a given name and more ("w Manchesterze Anna Kellor").
    // (After a connector the word is what an office is of, read below: "presidente del Gobierno X".)
    const givenSecond = chunk.length >= 3 && !!prev && !lex.nameConnectors.has(prev.text) && !lex.connectorArticles.has(prev.text) && givenNameGender(tokens[chunk[1]].text) !== null && givenNameGender(tokens[chunk[0]].text) === null;
    if ((lex.casedNames ? chunk.length >= 3 : (byParticle && chunk.length >= 4) || givenSecond) && prev && lex.prepositions.has(prev.lower) && isSpaceGap(body, prev.end, tokens[i].start)) {
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
    // "le secrétaire d’État à l’Intérieur Pierre Lomond": no person's name takes an elided article.
    // Its first word is what an office is of; the rest (two to four words), with no institution word, the holder.
    const afterArticle = (chunk.length === 3 || (chunk.length <= 5 && chunk.every((c) => /^\p{Lu}/u.test(tokens[c].text)))) && i > 0 && /^(?:l|dell|all|dall|sull|nell)['’]$/.test(tokens[i - 1].lower) && tokens[i - 1].end === tokens[i].start && !chunk.some((c) => isOrgWord(lex, tokens[c].lower));
    if (chunk.length >= 3 && (afterArticle || (officeWord && isTitle(lex, officeWord.text) && /^\p{Ll}/u.test(officeWord.text) && givenNameGender(tokens[chunk[1]].text) !== null))) {
      for (const m of splitChunk(scan, [chunk[0]])) {
        m.role = [];
        m.scores.person = 0;
        // What the office is of is governed by its connector ("à l’Intérieur"): never the speaker.
        m.afterPreposition = true;
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
    // "Самолет Vantair", "Позже Авиаконтроль": a word opening the sentence glued to the name after it.
    if (chunk.length >= 2 && opens[chunk[0]] && (gluedOpener(lex, tokens[chunk[0]].text, tokens[chunk[1]].text, capsMidSentence) || adjectiveOpener(lex, tokens[chunk[0]].text, tokens[chunk[1]].text, capsMidSentence, namedInFull) && !isKnownName(tokens[chunk[0]].text))) chunk.shift();
    const lone = chunk.length === 1 ? tokens[chunk[0]].text : null;
    const speaker = lone !== null && opens[chunk[0]] && speaksNext(lex, tokens, j, body);
    const unknownOpener = lone !== null && opens[chunk[0]] && !capsMidSentence.has(lone) && !isKnownName(lone) && !speaker;
    // "les Kényans", "los Argentinos": the people of a country, a noun, not a name; so too a feast alone.
    const people = lone !== null && (isNationalityNoun(lone, lex.language) || FEASTS.has(lone.toLowerCase()));
    if (!unknownOpener && !people && !(lone !== null && lone.length === 1) && !(lone !== null && commonNoun(lex, tokens, chunk[0], body, namedInFull, isKnownName)) && !capitalsHeading(body, tokens, chunk)) {
      for (const m of splitChunk(scan, chunk)) {
        if (officeOf && officeWord) m.role = [officeWord.lower, officeOf, ...m.role];
        // A name particle inside ("Abdel el Harrazi") is a person's name, whatever else is known of it.
        if (byParticle && !m.scores.organization && !m.scores.place) m.scores.person += 3;
        // The subject of a speech verb, and nothing else known of it: a person.
        if (speaker && !m.scores.organization && !m.scores.place) m.scores.person += 2;
        mentions.push(m);
      }
    }
    i = j;
  }
  untitle(scan, mentions);
  // "die Präsidentin des Gerichts", "des Obersten Gerichtshofs": the office before it is its
  // holder's; the institution in the genitive is no person, whatever role or verb is near.
  if (lex.nounCapitals) {
    for (const m of mentions) {
      // Not a person's surname after a given name ("Tony Banks").
      if (!institutionGenitive(lex, m.text.slice(m.text.lastIndexOf(' ') + 1)) || givenNameGender(m.text.split(' ')[0]) !== null) continue;
      m.scores.organization += 3;
      m.scores.person = 0;
    }
    // "die Sprecherin der Fluggesellschaft, Dana Kellor": an office joined to a company's class
    // noun leaves that noun alone, a common noun and no one's name.
    for (let k = mentions.length - 1; k >= 0; k--) {
      const t = mentions[k].text;
      if (/^\p{Lu}\p{Ll}+$/u.test(t) && companyNoun(lex, t.toLowerCase()) && !namedInFull.has(t) && !isKnownName(t)) mentions.splice(k, 1);
    }
  }
  // Names in scripts without capitals, found beside their offices.
  for (const n of caselessNames(body, tokens, lex)) {
    const m = makeMention(scan, n.start, n.end, n.title ? [bare(n.title)] : [], n.title || null, null);
    m.scores.person += 3;
    mentions.push(m);
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}

const NUMBER_SIGNS = new Set(['no', 'nr', 'núm', 'num', 'nº', 'n°', 'nro']);

/** At a sentence start or right after an opening quotation mark, where any word is capitalised. */
function atSentenceStart(body: string, pos: number, starts: Set<number>): boolean {
  if (starts.has(pos)) return true;
  let p = pos;
  while (p > 0 && /["“‘'(\[\s«»„¿¡]/.test(body[p - 1])) {
    p--;
    // "the Kessport Dockers' Union": an apostrophe closing a word is its possessive, not a quotation opening.
    if (body[p] === "'" && p > 0 && /\p{L}/u.test(body[p - 1])) return false;
    if (/["“‘'«»„¿¡]/.test(body[p]) || starts.has(p)) return true;
  }
  // A dash opening a paragraph introduces speech in Nordic and Slavic styles ("- Det er nu klart").
  // A spaced hyphen is a dash typed plainly ("VELMAR (Tessary Wire) - The …"): what follows opens a clause.
  return /(?:[:;—–]\s+|\s-\s+|\.\.\.|…)$/.test(body.slice(Math.max(0, pos - 3), pos)) || /(?:^|\n)[-–—]\s*$/.test(body.slice(Math.max(0, pos - 4), pos));
}

/** Whether token `k` is a capitalised known given name. */
function givenNameAt(tokens: Token[], caps: boolean[], k: number): boolean {
  return k >= 0 && caps[k] && givenNameGender(tokens[k].text) !== null;
}

/**
 * "Verhoek erklärte, dass …", "Verhoek a déclaré": a word opening its sentence followed by a
 * speech verb (after any auxiliary) is its subject, a name, outside English, where a bare plural
 * says so too ("Officials said").
 */
function speaksNext(lex: Lexicon, tokens: Token[], j: number, body: string): boolean {
  // English opens sentences with capitalised nouns ("Officials said"): there only a word right
  // after a quote's closing mark ("…," Kellor said) is a name by its verb alone.
  if (lex.language === 'en' && !/[,!?]\s*["”]\s*$/.test(body.slice(Math.max(0, tokens[j - 1].start - 5), tokens[j - 1].start))) return false;
  let k = j;
  while (k < tokens.length && k < j + 2 && lex.auxiliaries.has(tokens[k].lower)) k++;
  const next = tokens[k];
  return next !== undefined && lex.speechVerbs.has(next.lower) && /^\s+$/.test(body.slice(tokens[k - 1].end, next.start)) && /^\s+$/.test(body.slice(tokens[j - 1].end, tokens[j].start));
}
