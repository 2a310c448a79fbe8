// Wires and sources an article credits for its content, in the forms news in many languages use:
// a dateline's "(AP)", a sign-off "© Agency" or "avec l'AFP", "con información de EFE", "mit
// Material von dpa", "X reports:", "..., X news agency reports". A photo credit is not a text credit, but on a page that is one captioned picture.
import type { Credit } from '../types.js';
import { knownOutletName } from './outlets.js';
import { sourceLineName } from './own-name.js';
import { wireName } from './wires.js';

// "with"/"from" in the sign-off forms of the news languages, before an agency's name; a sign-off
// may open with a capital ("Con información de EFE") and be fenced with bars ("||… EFE||").
const SIGN_OFF_WORDS = [
  'avec', 'with', 'con', 'com', 'mit', 'met', 'med', 'z', 'с', 'con información de', 'con informaciones de', 'con datos de',
  'com informações d[aeo]s?', 'com agências', 'mit material von', 'nach angaben von', "d'après", 'selon', 'según', 'segundo',
  'secondo', 'laut', 'according to', 'source', 'fonte', 'fuente', 'quelle', 'bron', 'источник',
].map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`);
const WITH_AGENCY = new RegExp(
  String.raw`(?:^|[\s(|—–-])(?:${SIGN_OFF_WORDS.join('|')})\s*:?\s+(?:l['’]|la |le |les |the |de |der |die |das |agencia |agence |agenzia |agentur |agência )?([\p{Lu}][\p{L}\p{N}&.'’-]*(?:[ /-][\p{Lu}][\p{L}\p{N}&.'’-]*){0,3})`,
  'gu',
);
// A blog or aggregator pointing to where its text comes from: "Here is a link to the X story:",
// "Read the full story at X".
const LINK_TO_SOURCE =
  /\b(?:link to the|(?:[Rr]ead|[Ss]ee) the (?:full|original|whole) (?:story|article|report) (?:at|on|in))\s+((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})(?:['’]s)?(?:\s+(?:story|article|report|piece|post)\b)?/u;
// "Agency reports:" opening a paragraph, "..., Agency news agency reports." closing a sentence.
const REPORTS_OPEN = /^((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4})\s+(?:reports?|reported|berichtet|rapporte|informa|informó|reporta|сообщает)\s*:/u;
const NEWS_AGENCY = /\b((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+news agency\b/gu;
const AGENCY_NAMED_AFTER = /\bnews agency\s+((?:\p{Lu}[\p{L}&.'’-]*|\p{Lu}{2,})(?:[\s-]\p{Lu}[\p{L}&.'’-]*){0,3})/gu;
// A people's or a country's adjective ("Russian", "Chinese", "Iraqi") describes an agency, it names none.
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ic|i|can|man|ern)$/u;
const withoutDemonyms = (words: string) => words.replace(/^(?:The\s+)?/, '').split(/\s+/).filter((w, i, all) => !(DEMONYM.test(w) && all.slice(0, i).every((v) => DEMONYM.test(v)))).join(' ');
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,4})/iu;
// A dash sign-off closing the last paragraph: "... repairs are finished. — AFP".
const TRAILING_SIGN_OFF = /[.!?"”»]\s*(?:[—–-]\s*|\(\s*)([\p{Lu}][\p{L}&.'’/ -]{1,30}?)\s*\)?\s*$/u;

/** Name an agency is known by ("l'AFP" -> "AFP", "The Associated Press" -> "AP"), or null when the words name none. */
function agencyName(raw: string, requireWire: boolean): string | null {
  const name = raw.replace(/[.,;:]+$/, '').trim();
  const wire = wireName(name);
  if (wire) return wire;
  if (requireWire) return null;
  return knownOutletName(name) ?? name;
}

function push(out: Credit[], name: string | null, evidence: string): void {
  if (name && !out.some((c) => c.name === name)) out.push({ name, evidence: evidence.trim() });
}

export interface CreditInput {
  /** Agency named by the lead's dateline ("TOKYO (AP) —"). */
  leadAgency: string | null;
  leadEvidence: string | null;
  /** Agencies dateline lines name ("CITY, 18 dec — Agency."). */
  datelineAgencies: string[];
  /** Sign-off and copyright lines cleaning took out of the body. */
  lines: string[];
  body: string;
  /** The page's picture credit when the page is one captioned picture (pictureItemCredit of the body). */
  picture: Credit | null;
}

/** Credits in order: the dateline's first, then the body's, then the sign-offs'. */
export function findCredits(input: CreditInput): Credit[] {
  const out: Credit[] = [];
  if (input.leadAgency) push(out, agencyName(input.leadAgency, false), input.leadEvidence ?? input.leadAgency);
  for (const agency of input.datelineAgencies) push(out, agencyName(agency, false), agency);
  const paragraphs = input.body.split('\n\n');
  paragraphs.forEach((p, i) => {
    const opening = REPORTS_OPEN.exec(p);
    if (opening) push(out, agencyName(opening[1], false), opening[0]);
    const link = LINK_TO_SOURCE.exec(p);
    if (link) push(out, agencyName(link[1].replace(/[.,;:]+$/, ''), false), link[0]);
    if (p.includes('news agency')) {
      for (const m of p.matchAll(NEWS_AGENCY)) {
        // "State news agency Severpress": a name after "news agency" is the agency's; the words before describe it.
        if (/^\s+\p{Lu}/u.test(p.slice(m.index + m[0].length))) continue;
        const name = withoutDemonyms(m[1]);
        if (name) push(out, agencyName(name, false), m[0]);
      }
      // "Ostrian news agency Severpress": the agency's name follows, the words before describe it.
      for (const m of p.matchAll(AGENCY_NAMED_AFTER)) push(out, agencyName(m[1], false), m[0]);
    }
    // Sign-off forms only where sign-offs stand: short paragraphs and the end of the last one.
    const last = i === paragraphs.length - 1;
    if (p.length <= 80 || last) for (const m of p.slice(-160).matchAll(WITH_AGENCY)) push(out, agencyName(m[1], true), m[0]);
    if (last) {
      const sign = TRAILING_SIGN_OFF.exec(p);
      if (sign) push(out, agencyName(sign[1], true), sign[0].replace(/^[.!?"”»]\s*/, ''));
    }
  });
  for (const line of input.lines) {
    // "Source: X" credits X, a wire or not.
    const source = sourceLineName(line);
    if (source) {
      push(out, agencyName(source, false), line);
      continue;
    }
    const copyright = COPYRIGHT.exec(line);
    if (copyright) {
      push(out, agencyName(copyright[1], false), line);
      continue;
    }
    let matched = false;
    for (const m of line.matchAll(WITH_AGENCY)) {
      matched = true;
      push(out, agencyName(m[1], true), line);
    }
    if (!matched) push(out, agencyName(line, true), line);
  }
  if (input.picture) push(out, input.picture.name, input.picture.evidence);
  return out;
}

// A picture's credit closing a caption: "Space Agency/Handout via AGENCY", "AGENCY/Jane Doe".
const PICTURE_VIA = /\bvia\s+((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2})\s*\.?$/u;
const PICTURE_SLASH = /(?:^|[\s.])(\p{Lu}[\p{Lu}&.-]+)\/\p{Lu}[\p{L}.'’ -]{1,40}$/u;
// A caption cut short by the page, with a link to the rest ("... the moon on January...more").
const CUT_SHORT = /(?:…|\.\.\.)\s*(?:more|mehr|plus|más|mais|più|ещё)?\s*$/iu;

/**
 * The agency a page that is one captioned picture was distributed by, or null. Such a page (a
 * picture wire's gallery item) is one caption, perhaps first cut short, closing on the picture's
 * credit: the distributing agency's picture is the whole content, so its credit is the text's
 * credit (elsewhere a photo credit is not). Only a known wire (data/outlets.json "wires").
 */
export function pictureItemCredit(body: string): Credit | null {
  const paragraphs = body.split('\n\n').map((p) => p.trim()).filter(Boolean);
  const last = paragraphs.at(-1);
  if (!last || paragraphs.length > 3) return null;
  const m = PICTURE_VIA.exec(last) ?? PICTURE_SLASH.exec(last);
  const agency = m ? wireName(m[1]) : null;
  if (!m || !agency) return null;
  // Every other paragraph is the same caption, cut short.
  const caption = last.replace(/\s+/g, ' ');
  const cut = paragraphs.slice(0, -1).every((p) => {
    if (!CUT_SHORT.test(p)) return false;
    const stem = p.replace(CUT_SHORT, '').replace(/\s+/g, ' ').trim();
    return stem.length >= 40 && caption.includes(stem.slice(0, Math.min(stem.length, 200)));
  });
  return cut ? { name: agency, evidence: m[0].trim() } : null;
}

/** A line that is only a credit sign-off ("MD avec l'AFP", "(con información de EFE)", "— AFP"): furniture, but evidence. */
export function isCreditSignOff(line: string): boolean {
  if (line.length > 60) return false;
  const bare = line.replace(/^[(\s—–-]+|[)\s.]+$/g, '');
  if (wireName(bare)) return true;
  WITH_AGENCY.lastIndex = 0;
  const m = WITH_AGENCY.exec(bare);
  WITH_AGENCY.lastIndex = 0;
  if (!m || !wireName(m[1].replace(/[.,;:]+$/, ''))) return false;
  // Before the form only initials or a name or two (the editor's sign-off).
  const before = bare.slice(0, m.index).trim();
  return before === '' || /^(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}$/u.test(before);
}
