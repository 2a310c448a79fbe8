// How a name chunk runs on past its capitalised words: across connectors and particles, and into
// the lowercase institution words around it; apart from mentions.ts, which decides where chunks start.
import { curatedGroup, givenNameGender, isCountry } from './gazetteer.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { NAME_LINKS, PRIZE_WORDS } from './lexicon.js';
import { SAINTS } from './hyphens.js';
import { isAcronym } from './names.js';
import { bareToken } from './roles.js';
import { isSpaceGap, type Token } from './text.js';
import { wireName } from '../ingest/wires.js';
import { institutionBeforeName, isDemonym, isOrgWord, type MentionScan } from './mention-parts.js';

/**
 * "the Russian foreign ministry", "a Saudi state agency": a nationality, up to two lowercase
 * modifiers and a lowercase institution word name an institution. The token index after it, or 0.
 */
export function lowercaseInstitution(text: MentionScan, chunk: number[], j: number): number {
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

const MISSION_WORDS = /^(?:Embassy|Consulate|Botschaft|Konsulat|Ambassade|Consulat|Embajada|Consulado|Embaixada|Ambasciata|Consolato|Посольство|Консульство)$/u;
/** The preposition before the city a mission is in. */
const MISSION_PLACE = new Set(['in', 'à', 'en', 'em', 'a', 'в']);

/** A country in English or in the news languages ("Rusia", "Russie"). */
const countryName = (t: string): boolean => isCountry(t) || curatedGroup(t)?.type === 'place';

/**
 * "ministère russe des Situations d'urgence", "ministère de l'Intérieur", "ministerio del Interior":
 * a lowercase institution word at i, up to two lowercase adjectives, a connector and the
 * capitalised name it is of (a French elided noun after it stays in: "d'urgence"). The token index
 * after it, or 0. A country after the connector is what the institution is of, not its name.
 */
export function lowercaseHeaded(text: MentionScan, i: number, isName: (k: number) => boolean): number {
  const { tokens, body, lex } = text;
  const joined = (k: number) => k < tokens.length && isSpaceGap(body, tokens[k - 1].end, tokens[k].start);
  let k = i + 1;
  while (k < i + 3 && joined(k) && /^\p{Ll}+$/u.test(tokens[k].text) && !lex.nameConnectors.has(tokens[k].text) && !lex.functionWords.has(tokens[k].text) && !lex.speechVerbs.has(tokens[k].text)) k++;
  if (!joined(k) || !lex.nameConnectors.has(tokens[k].text)) return 0;
  k++;
  if (joined(k) && lex.connectorArticles.has(tokens[k].text)) k++;
  if (!joined(k) || !(/^[ld]['’]\p{Lu}/u.test(tokens[k].text) || isName(k)) || countryName(tokens[k].text.replace(/^[ld]['’]/, ''))) return 0;
  k++;
  for (;;) {
    while (joined(k) && (isName(k) || /^d['’]\p{Ll}/u.test(tokens[k].text)) && !countryName(tokens[k].text)) k++;
    // "ministerio de Situaciones de Emergencia": on across a further connector, not to a country.
    const next = joined(k) && lex.nameConnectors.has(tokens[k].text) ? k + 1 : -1;
    if (next < 0 || !joined(next) || !isName(next) || countryName(tokens[next].text)) return k;
    k = next;
  }
}

/** A second particle after the first ("van der", "de la", "de los", "von der"). */
const NAME_LINKS_SECOND = new Set(['der', 'den', 'de', 'la', 'las', 'los', 'le']);

/**
 * "Marcos Tavo da Lima", "Ana de Vasconcelos", "Jan van der Berg", "Abdel el Harrazi": a lowercase particle
 * between a person's given name and surname does not end the name. Not after an institution, an
 * office or a country ("Banco do Brasil" joins as an institution; "Francia de Macron" does not).
 */
export function particleJoin(lex: Lexicon, tokens: Token[], chunk: number[], j: number, body: string, isName: (k: number) => boolean): number {
  const p = tokens[j];
  if (!p || !NAME_LINKS.has(p.text)) return 0;
  // "ha detto Verhoek al Miami Herald", "dijo Verhoek al diario X": where "al" is "to the", it joins no name.
  if (p.text === 'al' && lex.prepositions.has('al')) return 0;
  // "Anna Borgstrand den Bürger- und Gemeinderäten": where every noun is capitalised, an article
  // ("den", "der") opens no name; only after a first particle is it one ("von der Leyen").
  if (lex.nounCapitals && lex.determiners.has(p.text)) return 0;
  let k = j + 1;
  if (tokens[k] && NAME_LINKS_SECOND.has(tokens[k].text)) k++;
  const surname = tokens[k];
  if (!surname || !isName(k) || !/^\p{Lu}\p{Ll}/u.test(surname.text)) return 0;
  for (let g = j - 1; g < k; g++) if (!isSpaceGap(body, tokens[g].end, tokens[g + 1].start)) return 0;
  const notPerson = (t: string) => isCountry(t) || isAcronym(t) || isTitle(lex, t) || lex.orgWords.has(t.toLowerCase()) || lex.functionWords.has(t.toLowerCase()) || isDemonym(t);
  // "Commission President Ursula von der Leyen": an office before a known given name is the
  // person's role (the mention's parts split it off); the name is what follows it. Where every
  // noun is capitalised, an office noun, a given name and "von X" may read "from X" ("Karl von
  // Hollen"): there two particles must follow the given name itself ("Kommissionspräsidentin Anna
  // van der Kellor").
  const given = chunk.findLastIndex((c) => givenNameGender(tokens[c].text) !== null);
  const words = chunk.map((c) => tokens[c].text);
  const office = given > 0 && ((isTitle(lex, words[given - 1]) && (!lex.nounCapitals || (given === chunk.length - 1 && k === j + 2))) || institutionBeforeName(lex, words, given));
  const named = office ? chunk.slice(given) : chunk;
  if (named.length > 3 || named.some((c) => notPerson(tokens[c].text) || PRIZE_WORDS.has(tokens[c].lower) || SAINTS.has(tokens[c].text)) || notPerson(surname.text) || isOrgWord(lex, bareToken(tokens[named[0]]))) return 0;
  // German capitalises every noun ("Nachrichten von den Folgen"): there a known given name must open it.
  if (lex.nounCapitals && !chunk.some((c) => givenNameGender(tokens[c].text) !== null)) return 0;
  return k - j + 1;
}

/** Languages whose adjectives follow the noun they describe. */
const HEAD_FIRST = new Set(['es', 'fr', 'it', 'pt']);

/**
 * "Center for Energy", "Chief of the General Staff", "Fiscalía de Valdemora", "Ministère des
 * Armées": joins when the left side is an institution or office, across the language's connectors.
 */
export function joinAcrossConnector(
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
  if (!conn) return 0;
  // "Comité d'enquête": an institution's name ends in a French elided noun.
  const elided = conn.charCodeAt(0) === 100 && /^d['’]\p{Ll}/u.test(conn);
  if (!elided && !mission && !lex.nameConnectors.has(conn)) return 0;
  const institution = isOrgWord(lex, bareToken(tokens[chunk[0]]));
  if (elided) return institution && isSpaceGap(body, last.end, tokens[j].start) ? 1 : 0;
  // "Ministerio de Situaciones de Emergencia": an institution goes on across its connectors.
  const within = institution && chunk.some((c) => lex.nameConnectors.has(tokens[c].text));
  // "Premio Orvin de la Vega": a prize goes on across its connector to what it is for.
  const prize = chunk.some((c) => PRIZE_WORDS.has(tokens[c].lower));
  // "Unión Cívica de Orvania", "Banque centrale de Velmarie": in the Romance languages the
  // institution's word heads its name and its adjectives follow it, before the connector.
  const headed = institution && chunk.length <= 3 && HEAD_FIRST.has(lex.language);
  if (!mission && !within && !prize && !headed && !lex.orgWords.has(bareToken(last)) && !isTitle(lex, last.text)) return 0;
  let k = j + 1;
  if (tokens[k] && lex.connectorArticles.has(tokens[k].text)) k++;
  if (!tokens[k] || !isName(k)) return 0;
  if (within && countryName(tokens[k].text)) return 0;
  if (isCountry(tokens[k].text) && chunk.every((c) => isTitle(lex, tokens[c].text))) return 0;
  for (let g = j - 1; g < k; g++) if (!isSpaceGap(body, tokens[g].end, tokens[g + 1].start)) return 0;
  return k - j + 1;
}

/** How many first tokens of `chunk` (leaving two or more) are a news agency's whole name, or 0. */
export function wirePrefix(tokens: Token[], chunk: number[]): number {
  for (let k = Math.min(3, chunk.length - 2); k >= 1; k--) {
    const name = tokens.slice(chunk[0], chunk[k - 1] + 1).map((t) => t.text).join(' ');
    if (wireName(name) !== null) return k;
  }
  return 0;
}
