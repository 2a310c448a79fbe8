// The places a scraped text names its own outlet, besides mastheads and exclusives (outlet.ts): a
// title suffix ("Headline | Site", "Headline - site.tld"), a newsroom byline ("(De la Redacción de
// X)", "By X Staff"), a site that reports under its web name ("..., - передает Site.fm."), and the
// outlet's contact address in its reader appeal. A "Source: X" line below a text is the opposite:
// a republisher crediting where the text came from (credits.ts).
import { bareHost, knownOutletName, outletForHost } from './outlets.js';
import { wireName } from './wires.js';

const NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of\s+|de\s+|and\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,4})`;
// Words newspapers and broadcasters name themselves with.
export const MASTHEAD_NOUN =
  /\b(?:times|news|post|herald|standard|courier|journal|gazette|tribune|review|daily|telegraph|mirror|express|observer|chronicle|dispatch|ledger|monitor|record|star|sun|press|today|guardian|independent|examiner|inquirer|bulletin|signal|reporter|register|mail|globe|voice|weekly|wire|tv|radio|network|media|online|agency|zeitung|gazeta)$/i;
// A site's web name: "Gazeta.fr", "Site.com", "Керчь.ФМ".
const DOMAIN_NAME = /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}$/u;

const isDomainName = (s: string) => DOMAIN_NAME.test(s) && /\p{Lu}|\.[a-z]{2,6}$/u.test(s);

/** A short name: a few words, each capitalised (or a web name), nothing sentence-like. */
function isNameLike(s: string): boolean {
  const words = s.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^(?:\p{Lu}|\d)/u.test(w) || /^(?:of|de|du|la|le|el|and|&|the)$/i.test(w) || isDomainName(w));
}

/**
 * A page title's site suffix: "Headline | Site" (any short name), "Headline - Site" only when the
 * site is a web name, a known outlet or a masthead-like name ("Coast Daily"), so a headline's own
 * speaker ("... - Mayor Lind") stays. Null when the line has no such suffix.
 */
export function titleSuffix(line: string): { headline: string; site: string } | null {
  const m = /^(.*\S)\s+([|–—-])\s+([^|–—]+)$/u.exec(line);
  if (!m) return null;
  const [, headline, sep, rawSite] = m;
  const site = rawSite.trim().replace(/\.$/, '');
  if (headline.split(/\s+/).length < 3 || !isNameLike(site)) return null;
  const strong = isDomainName(site) || !!knownOutletName(site) || (MASTHEAD_NOUN.test(site) && /\s/.test(site));
  return sep === '|' || strong ? { headline, site } : null;
}

// A newsroom's byline: "(De la Redacción de X)", "Par la rédaction de X", "Von der Redaktion X".
const NEWSROOM_PREFIX =
  /^\(?\s*(?:(?:de|por|par|von|di|da|from)\s+(?:la|le|der|das|the)?\s*)?(?:redacción|redaccion|rédaction|redaktion|redazione|redação|redacção|redactie|newsroom|editorial (?:team|staff|desk))\s+(?:de|des|du|von|der|di|della|da|do|van|of)\s+/iu;
const NEWSROOM_WORD = /reda[ck]|rédac|redaz|newsroom|editorial/i;
const STAFF_WORD = /staff|newsroom|desk|editorial/i;
// "By X Staff", "X Staff Report", "X newsroom" on a line of its own.
const STAFF_LINE = new RegExp(String.raw`^(?:[Bb]y\s+)?${NAME}\s+(?:[Ss]taff(?:\s+[Rr]eport)?|[Nn]ewsroom|[Nn]ews\s+[Dd]esk|[Ee]ditorial\s+(?:[Tt]eam|[Bb]oard))\s*$`, 'u');

/** The outlet a newsroom byline names, and how long the byline is (it opens a line or a lead). */
export function newsroomByline(line: string): { name: string; length: number } | null {
  // Cheap gate: most lines name no newsroom.
  if (!NEWSROOM_WORD.test(line.slice(0, 60)) && !(line.length < 80 && STAFF_WORD.test(line))) return null;
  const p = NEWSROOM_PREFIX.exec(line);
  if (p) {
    const m = /^([\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+(?:de|del|la|of|and|&)?\s*[\p{Lu}\d][\p{L}\d&'’.-]*){0,4})\s*\)?\s*[.:,-]*\s*/u.exec(line.slice(p[0].length));
    if (m && (!line.startsWith('(') || m[0].includes(')'))) return { name: tidyCase(m[1]), length: p[0].length + m[0].length };
    return null;
  }
  const s = STAFF_LINE.exec(line);
  return s && !/^(?:By|The)$/.test(s[1]) ? { name: tidyCase(s[1]), length: line.length } : null;
}

/** "LA VOZ DEL PUERTO" -> "La Voz Del Puerto"; acronyms and mixed case stay. */
function tidyCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{L}{5}/u.test(name) || isDomainName(name)) return name.trim();
  return name
    .trim()
    .split(/\s+/)
    .map((w) => (w.length <= 3 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
}

// What a byline says after the writer's name that is a job, not an organisation.
const JOB = /\b(?:writer|reporter|editor|correspondent|columnist|contributor|staff|journalist|producer|analyst|photographer|in|and)$/i;

/**
 * The organisation a byline names after its writers ("By Jane Doe, Coast Daily", "By Jane Doe |
 * coastdaily.example", "By Jane Doe for The Harbour Ledger"): a known outlet or wire, a web name,
 * "The X", or a masthead-like name; a job title or a place is none.
 */
export function bylineOrganisation(line: string): string | null {
  const parts = line.replace(/^by\s+/i, '').split(/\s*[,|–—]\s*|\s+-\s+|\s+for\s+/);
  for (const part of parts.slice(1)) {
    const p = part.trim().replace(/\.$/, '');
    if (!p || !isNameLike(p) || JOB.test(p)) continue;
    if (wireName(p) || knownOutletName(p) || isDomainName(p) || /^The\s/.test(p) || MASTHEAD_NOUN.test(p)) return p;
  }
  return null;
}

// "..., - передает Site.fm.", "Site.com reports", "informa Site.com": a site reporting under its web name.
const REPORTING = 'передает|передаёт|сообщает|пишет|reports|reported|writes|informa|informó|rapporte|indique|berichtet|meldet|riporta|scrive|relata|bildirdi';
const SELF_REPORT = [
  new RegExp(String.raw`(?:^|[,—–-]\s*)(?:${REPORTING})\s+([\p{L}\d][\p{L}\d-]*\.\p{L}{2,6})(?=[.,;\s]|$)`, 'iu'),
  new RegExp(String.raw`(?:^|[.!?,]\s+)([\p{Lu}][\p{L}\d-]*\.\p{L}{2,6})\s+(?:${REPORTING})(?!\p{L})`, 'u'),
];

const WEB_NAME_IN_TEXT = /[\p{L}\d]\.\p{L}{2,6}(?:[\s.,;]|$)/u;

/** A web name the text reports under (a site citing itself by its address-like name). */
export function selfReportName(paragraph: string): string | null {
  // Cheap gate: no web name, no self-report.
  if (!WEB_NAME_IN_TEXT.test(paragraph)) return null;
  for (const re of SELF_REPORT) {
    const m = re.exec(paragraph);
    if (m && isDomainName(m[1])) return m[1];
  }
  return null;
}

// "Site.com/Agencias/RS": the site's web name, then desk or agency and the editor's initials.
const WEB_SIGN_OFF = /^([\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.\p{L}{2,6})((?:\/\p{L}{1,20}){1,3})$/u;

/**
 * The web name a sign-off line below the text gives ("Site.com/Agencias/RS"), written as a name; on
 * the text's last line the web name alone ("Site.net") signs it too.
 */
export function webSignOff(line: string, last = false): string | null {
  if (last && line.length < 60 && isDomainName(line) && /\p{L}{3}/u.test(line.split('.')[0])) return line;
  const m = line.length < 80 && line.includes('/') ? WEB_SIGN_OFF.exec(line) : null;
  return m && /\p{Lu}/u.test(m[1]) && isDomainName(m[1]) ? m[1] : null;
}

// "... the southern capital. / Site Name": a name after a slash closing a finished sentence.
const SIGNED = /^(.*[.!?"”»])\s+\/\s+([\p{L}\d][\p{L}\d&'’.-]*(?:\s+[\p{L}\d][\p{L}\d&'’.-]*){0,3})$/u;

/** A standfirst signed with the site's (or a wire's) name after a slash: the text and the name. */
export function signedStandfirst(line: string): { text: string; name: string } | null {
  const m = line.includes(' / ') ? SIGNED.exec(line) : null;
  // A name: some capital in it, and no word of a sentence ("a", "the") after the slash.
  if (!m || !/\p{Lu}/u.test(m[2]) || m[2].split(/\s+/).some((w) => /^\p{Ll}+$/u.test(w) && w.length > 3)) return null;
  return { text: m[1], name: m[2] };
}

// "..., Site Name reports.": an outlet naming itself as the teller of its own lead.
const REPORTS_SELF = /,\s+((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,3}\p{Lu}[\p{L}\d&'’.-]*)\s+(?:reports|rapporte|berichtet|riporta|сообщает)\s*[.!]/u;

/** The name a lead sentence closes on as its teller ("..., Site Name reports."), a wire's never. */
// "Об этом сообщает Site.", "Об этом со ссылкой на X сообщает Site.", "передает Site со ссылкой на X":
// the Russian teller of the lead, the outlet itself (the one it cites comes after "со ссылкой на").
const REPORTS_SELF_RU =
  /(?:^|[.!?]\s+)Об этом\s+(?:[^.!?]{0,80}?\s)?(?:сообщает|сообщил[аи]?|передает|передаёт|пишет)\s+((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,2}\p{Lu}(?:[\p{L}\d&'’.-]*[\p{L}\d])?)\s*(?:[.!]|$)|(?:сообщает|передает|передаёт)\s+((?:\p{Lu}[\p{L}\d&'’.-]*\s+){0,2}\p{Lu}[\p{L}\d&'’.-]*?)\s+со ссылкой на/u;

export function reportsAsName(paragraph: string): string | null {
  const en = paragraph.includes(' reports') || /rapporte|berichtet|riporta|сообщает/.test(paragraph) ? REPORTS_SELF.exec(paragraph) : null;
  const ru = en ? null : /сообща|переда|пишет/.test(paragraph) ? REPORTS_SELF_RU.exec(paragraph) : null;
  const m = en ?? (ru ? [ru[0], ru[1] ?? ru[2]] : null);
  if (!m || wireName(m[1]) || /\b(?:agency|agencies|agence|agentur|агентство)\b/i.test(m[1])) return null;
  return knownOutletName(m[1]) ?? m[1];
}

// The outlet's own contact address in its reader appeal: "email us at editors@site.example".
const CONTACT = /\b(?:e-?mail|write to|contact|reach)\s+us\b[^@]{0,40}?[\w.+-]+@((?:[a-z\d-]+\.)+[a-z]{2,})/i;

/** Outlet name from the contact address in a reader appeal: the registry's name, else the host. */
export function contactOutlet(line: string): string | null {
  const m = CONTACT.exec(line);
  if (!m) return null;
  const host = m[1].toLowerCase();
  return outletForHost(host) ?? bareHost(host);
}

const SOURCE_LINE = /^(?:source|sources|fuente|fonte|quelle|bron|källa|kilde|источник|kaynak)\s*:\s*(.+?)\.?$/iu;
// A link's text after "Source:" ("Read Full Article", "Click here", "Leer más"): an instruction to the
// reader, no name.
const LINK_TEXT = /^(?:read|click|tap|view|see|visit|watch|continue|go|open|more|full|original|link|here|leer|ver|lire|voir|weiterlesen|mehr|leggi|continua|читать|подробнее)(?!\p{L})/iu;

/** The name a "Source: X" line gives (not an address: that is the URL). */
export function sourceLineName(line: string): string | null {
  const m = SOURCE_LINE.exec(line);
  if (!m || /\/|https?:/i.test(m[1])) return null;
  const name = m[1].trim();
  return isNameLike(name) && !LINK_TEXT.test(name) ? name : null;
}

// Words outlets name themselves with, in any place of the name ("Diario X", "X Zeitung").
const OUTLET_WORD =
  /(?:^|\s)(?:diario|diário|periódico|jornal|journal|zeitung|gazeta|gazette|gazzetta|corriere|giornale|quotidien|noticias|notícias|nachrichten|tagblatt|rundschau|kurier|courrier|presse|prensa|imprensa|heraldo|correo|folha|radio|rádio|télé|tv|news|times|post|herald|tribune|daily|press|media)(?=\s|$)/iu;

/** A name shaped like an outlet's: known, a web name, "The X", an outlet's word, or an acronym ("NBTV"). */
function outletLike(name: string): boolean {
  return !!knownOutletName(name) || isDomainName(name) || /^The\s/.test(name) || MASTHEAD_NOUN.test(name) || OUTLET_WORD.test(name) || /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(name);
}

// A caption or standfirst closing on a name in capitals ("... on Sunday. HARBOUR TODAY").
const CAPITALS_CREDIT = /[.!?"”»]\s+((?:\p{Lu}[\p{Lu}\d&'’.-]*\s+){0,3}\p{Lu}[\p{Lu}\d&'’.-]*)$/u;

/**
 * The outlet crediting its own picture or video at the top: a caption closing on a name in capitals
 * that reads as an outlet's (a masthead noun, a known outlet). A wire's or a picture agency's
 * credit is none. The caption without the name, and the name.
 */
export function capitalsCredit(line: string): { text: string; name: string } | null {
  const m = line.length < 400 ? CAPITALS_CREDIT.exec(line) : null;
  if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 4) return null;
  const name = m[1].replace(/\.$/, '');
  if (wireName(name) || name.split(/\s+/).some((w) => wireName(w))) return null;
  if (!MASTHEAD_NOUN.test(name) && !knownOutletName(name)) return null;
  return { text: line.slice(0, m.index + 1), name: knownOutletName(name) ?? name };
}

// "More from X" heading the site's own links below the text.
const MORE_FROM = /^(?:more|more stories|more news|latest|mehr)\s+(?:from|von)\s+/i;

/**
 * The name a "More from X" line below the text gives: the site heading its own links. Not a wire,
 * a section ("More from World"), nor a writer ("More from Anna Kellor": a known given name first; an unknown one is a known limit).
 */
export function moreFromName(line: string, isGivenName: (word: string) => boolean): string | null {
  const p = line.length < 80 ? MORE_FROM.exec(line) : null;
  if (!p) return null;
  const name = line.slice(p[0].length).replace(/[:.]$/, '').trim();
  if (!name || !isNameLike(name) || !/^\p{Lu}/u.test(name) || wireName(name)) return null;
  if (/^(?:the\s+)?(?:world|news|sports?|business|politics|opinion|culture|science|health|tech|home|local|national|international|this (?:author|writer|section)|our\b)/i.test(name)) return null;
  return isGivenName(name.split(/\s+/)[0]) && !outletLike(name) ? null : name;
}

// "Published by X", "Originally published in X", "This article first appeared on X", in the news languages.
const PUBLISHED_BY =
  /^(?:(?:this|the)\s+(?:article|story|piece|post|report)\s+(?:was\s+)?)?(?:(?:first|originally)\s+(?:appeared|published)|published|publicado(?:\s+originalmente)?|publié(?:\s+à l['’]origine)?|veröffentlicht|erschienen|pubblicato(?:\s+originariamente)?)\s+(?:by|in|on|at|por|en|par|dans|sur|von|bei|da|su|auf)\s+/iu;
const VIA = new RegExp(String.raw`^${NAME}\s+via\s+${NAME}\s*\.?$`, 'u');

/**
 * The publisher a page states on a line of its own: "Published by X", "This article first appeared
 * in X", "X via Portal" (a feed carrying X's article). Only a name shaped like an outlet's; a wire
 * is a credit, not the publisher.
 */
export function publisherStatement(line: string): string | null {
  if (line.length > 100) return null;
  const p = PUBLISHED_BY.exec(line);
  let name: string | null = null;
  if (p) {
    const m = new RegExp(String.raw`^${NAME}\s*\.?$`, 'u').exec(line.slice(p[0].length));
    name = m ? m[1].replace(/\.$/, '') : null;
  } else if (line.includes(' via ')) {
    const m = VIA.exec(line);
    name = m && m[1] !== m[2].replace(/\.$/, '') ? m[1] : null;
  }
  return name && outletLike(name) && !wireName(name) ? name : null;
}

// "О ... – в материале X.": a Russian site pointing the reader to its own piece ("about ... – in X's piece").
const OWN_PIECE =
  /(?:^|[.!?]\s+)(?:О|Об|Подробнее|Подробности)(?!\p{L})[^.!?]{0,400}?\s[–—-]\s+в\s+(?:материале|репортаже|статье|сюжете|обзоре)\s+(\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})\s*\.?$/u;

/** The site a teaser sentence closing a paragraph points to as its own piece's teller, a wire's never. */
export function ownPieceName(paragraph: string): string | null {
  const m = paragraph.includes(' в ') ? OWN_PIECE.exec(paragraph) : null;
  const name = m?.[1].replace(/\.$/, '');
  return name && !wireName(name) ? name : null;
}
