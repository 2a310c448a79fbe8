// Which of two articles sharing text is the copy, and the evidence for it: an explicit credit in
// one naming the other's outlet, publication dates, and one text sitting whole inside the other
// with framing added around it. Two texts that carry one third party's text (a wire or outlet
// credited in either, or whose own interview line both keep) are siblings of a common source, not
// one copying the other. Undecidable cases are reported as such, with why.
import { knownOutletName } from '../ingest/outlets.ts';
import { wireName } from '../ingest/wires.ts';
import type { Article } from '../types.ts';

export interface Credit {
  name: string;
  /** The words of the article that give the credit. */
  text: string;
}

const NAME = String.raw`[A-Z][\w.&'’-]*(?: (?:(?:of|the|and|for) )?[A-Z][\w.&'’-]*){0,5}`;
const CREDIT_PATTERNS: RegExp[] = [
  // "X reports:" / "X reported the following:" introducing a lifted passage
  new RegExp(String.raw`(?:^|\n)(?:As )?(?:the )?(${NAME}) (?:reports|reported|writes|wrote|says|said)(?: the following)?:`, 'g'),
  new RegExp(String.raw`\b[Aa]ccording to (?:a report (?:by|in|from) |reports? (?:by|in|from) )?(?:the )?(${NAME})`, 'g'),
  new RegExp(String.raw`\b(?:reported|published|cited|broadcast) by (?:the )?(${NAME})`, 'g'),
  // The same in the other news languages: a translation names the outlet it translates this way.
  new RegExp(String.raw`(?:^|[\s(])(?:[Ss]egún|[Ss]elon|[Ss]econdo|[Ss]egundo|[Ll]aut|[Dd]['’]après|citad[oa] por|cité(?:e)? par|zitiert von|informó|informa|rapporte|berichtete?) (?:el |la |le |l['’]|der |die |das |the )?(${NAME})`, 'g'),
  new RegExp(String.raw`\b(?:[Ii]n an interview with|[Ss]peaking to|[Tt]alking to) (?:the )?(${NAME})`, 'g'),
  new RegExp(String.raw`\btold (?:the )?(${NAME})`, 'g'),
  new RegExp(String.raw`\((${NAME})\) ?[-–—]`, 'g'),
  new RegExp(String.raw`(?:^|\n)(?:Source|Via|Courtesy of|Originally published (?:by|in|at)):? (?:the )?(${NAME})`, 'g'),
];

/** Phrases by which an interviewing outlet names itself in its own report ("the minister told X"). */
const SELF_PATTERNS: RegExp[] = [
  new RegExp(String.raw`\btold (?:the )?(${NAME})`, 'g'),
  new RegExp(String.raw`\b(?:[Ii]n an interview with|[Ss]peaking to) (?:the )?(${NAME})`, 'g'),
  new RegExp(String.raw` to (${NAME})$`, 'g'),
];

/** Comparable form of an outlet name: lower case, no leading article, letters and digits only. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  const m = /^[a-z]+:\/\/(?:www\.)?([^/:]+)/i.exec(url);
  if (!m) return null;
  const parts = m[1].split('.');
  return normaliseName(parts.length > 1 ? parts[parts.length - 2] : parts[0]);
}

function matches(text: string, patterns: RegExp[]): Credit[] {
  const out: Credit[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) out.push({ name: m[1], text: m[0].replace(/^\n/, '').trim() });
  }
  return out;
}

// Memos keyed by the article object: an article is compared with several candidates, and the
// credit patterns are the costliest part of deciding a direction.
const creditMemo = new WeakMap<Article, Credit[]>();
const identityMemo = new WeakMap<Article, Identity>();

export function credits(article: Article): Credit[] {
  let found = creditMemo.get(article);
  if (!found) creditMemo.set(article, (found = matches(article.body, CREDIT_PATTERNS)));
  return found;
}

interface Identity {
  /** Outlet and site names: the article is certainly theirs. */
  strong: Set<string>;
  /** Names the article's own text uses for itself when reporting an interview. */
  weak: Set<string>;
}

function identity(a: Article): Identity {
  const known = identityMemo.get(a);
  if (known) return known;
  const strong = new Set<string>();
  if (a.outlet) strong.add(normaliseName(a.outlet));
  const host = hostName(a.url);
  if (host) strong.add(host);
  const weak = new Set<string>();
  for (const c of [...matches(a.body, SELF_PATTERNS), ...matches(a.headline ?? '', SELF_PATTERNS)]) {
    weak.add(normaliseName(c.name));
  }
  const id = { strong, weak };
  identityMemo.set(a, id);
  return id;
}

/** A credit name matches an identity if one equals the other or begins it ("AFP" vs "AFP News"). */
function names(id: Set<string>, credit: string): boolean {
  const c = normaliseName(credit);
  if (c.length < 2) return false;
  for (const n of id) if (n === c || (n.length > 2 && (n.startsWith(c) || c.startsWith(n)))) return true;
  return false;
}

export interface DirectionVerdict {
  /** True when a is the source, false when b is, null when undecidable. */
  aIsSource: boolean | null;
  evidence: string[];
  /**
   * The common source both articles carry the shared text of (a wire or outlet credited, or whose
   * own interview line both keep): siblings, neither copies the other.
   */
  wire?: string;
  /** Both are versions of one article of one outlet: the later (the copy side) is an update of the earlier, no copy. */
  update?: true;
}

export const articleLabel = (a: Article): string => (a.outlet ? `${a.id} (${a.outlet})` : a.id);

/** Credit evidence that `copy` credits `source`: weight 3 for a named outlet, 2 for a self-name. */
function creditVote(copy: Article, source: Article): { weight: number; evidence: string } | null {
  const own = identity(copy);
  const theirs = identity(source);
  // The credits ingest read (dateline, sign-off, "Source:" line) come first: they credit the whole text.
  for (const c of copy.credits ?? []) {
    if (names(own.strong, c.name) || !names(theirs.strong, c.name)) continue;
    return { weight: 3, evidence: `${articleLabel(copy)} credits ${c.name} ("${c.evidence}"), the outlet of ${articleLabel(source)}` };
  }
  for (const c of credits(copy)) {
    if (names(own.strong, c.name)) continue;
    if (names(theirs.strong, c.name)) {
      return { weight: 3, evidence: `${articleLabel(copy)} credits ${c.name} ("${c.text}"), the outlet of ${articleLabel(source)}` };
    }
    // A copy lifts the source's own "told X" lines too: its self-names only veto weak matches.
    if (names(own.weak, c.name)) continue;
    if (names(theirs.weak, c.name)) {
      return {
        weight: 2,
        evidence: `${articleLabel(copy)} credits ${c.name} ("${c.text}"), and ${articleLabel(source)} presents itself as ${c.name}'s own report`,
      };
    }
  }
  return null;
}

/** Wires an article credits, as ingest found them (its dateline, credit lines): not the sources its text cites ("told X"). */
function wireNames(a: Article): string[] {
  return (a.credits ?? []).map((c) => c.name);
}

/** A common source of two texts: its name and why both are taken to carry its text. */
interface CommonSource {
  name: string;
  evidence: string;
}

/**
 * A wire both articles credit, neither of them its outlet ("VELMAR (Wire) -" atop both): two
 * outlets running the same agency text, not one copying the other.
 */
function sharedWire(a: Article, b: Article): CommonSource | null {
  const [idA, idB] = [identity(a), identity(b)];
  const ofB = wireNames(b).filter((n) => !names(idA.strong, n) && !names(idB.strong, n));
  for (const n of wireNames(a)) {
    if (names(idA.strong, n) || names(idB.strong, n)) continue;
    if (ofB.some((m) => names(new Set([normaliseName(m)]), n))) {
      return { name: n, evidence: `both carry the same wire text: each credits ${n}, and neither credits the other, so neither copies the other` };
    }
  }
  return null;
}

/**
 * A source only one of the two credits for its text ("(Wire) -" dateline, "Source: X" line, "with
 * X"), naming neither article's outlet: the other shares that text without crediting the first, so
 * both carry X's text. An earlier date then only says which of them ran it first. Credits of two
 * different sources (one in each) leave the shared text to one of them, or to a source both relayed.
 */
function oneSidedCredit(a: Article, b: Article): CommonSource | null {
  const outlets = new Set([...identity(a).strong, ...identity(b).strong]);
  const credited = (x: Article) => (x.credits ?? []).filter((c) => !names(outlets, c.name));
  const [ofA, ofB] = [credited(a), credited(b)];
  if (ofA.length && ofB.length) {
    const both = [ofA[0].name, ofB[0].name].sort();
    return {
      name: both.join(' / '),
      evidence: `${articleLabel(a)} credits ${ofA[0].name} ("${ofA[0].evidence}") and ${articleLabel(b)} credits ${ofB[0].name} ("${ofB[0].evidence}"): the shared text is a source's they relay, neither credits the other`,
    };
  }
  const [by, other, c] = ofA.length ? [a, b, ofA[0]] : ofB.length ? [b, a, ofB[0]] : [null, null, null];
  if (!by || !other || !c) return null;
  return {
    name: c.name,
    evidence: `${articleLabel(by)} credits ${c.name} for its text ("${c.evidence}"), the outlet of neither article, and ${articleLabel(other)} shares that text without crediting ${articleLabel(by)}: both carry ${c.name}'s text, neither is shown to copy the other`,
  };
}

/** Words that name news outlets and agencies ("Harbour Herald", "Coastline Wire", "Valley Radio"). */
const OUTLET_WORD =
  /\b(?:News|Herald|Courier|Times|Post|Gazette|Journal|Tribune|Radio|TV|Television|Press|Agency|Wire|Daily|Chronicle|Telegraph|Observer|Standard|Express|Mirror|Guardian|Review|Magazine|Network|Broadcasting|Media|Sun|Star|Record)\b/;

/** A name shaped like an outlet's: a known wire or outlet, an outlet word, or an acronym ("NTV"). */
function looksLikeOutlet(name: string): boolean {
  return wireName(name) !== null || knownOutletName(name) !== null || OUTLET_WORD.test(name) || /^\p{Lu}{2,6}$/u.test(name);
}

/** Letters and digits only, words single-spaced: quote marks, apostrophes and line breaks vary between copies. */
const plainWords = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const plainMemo = new WeakMap<Article, string>();
function plainBody(a: Article): string {
  let plain = plainMemo.get(a);
  if (plain === undefined) plainMemo.set(a, (plain = ` ${plainWords(a.body)} `));
  return plain;
}

/** How an interviewing outlet names itself in its own report: "…, a source told X", "in an interview with X". */
const INTERVIEW_PATTERNS = SELF_PATTERNS.slice(0, 2);

/**
 * An outlet's own interview line ("a source told X") that both texts keep word for word, X the
 * outlet of neither: only X writes it of itself, so both carry X's text. When X is one article's
 * outlet the credit vote has already made that article the source.
 */
function sharedSelfReference(a: Article, b: Article): CommonSource | null {
  const outlets = new Set([...identity(a).strong, ...identity(b).strong]);
  for (const re of INTERVIEW_PATTERNS) {
    for (const m of a.body.matchAll(re)) {
      const name = m[1].replace(/[.'’-]+$/, '');
      if (!looksLikeOutlet(name) || names(outlets, name)) continue;
      // The line with the words before it, so that two texts merely citing X's interview do not count.
      const before = a.body.slice(0, m.index).trimEnd().split(/\s+/).slice(-6).join(' ');
      const line = plainWords(`${before} ${m[0]}`);
      if (line.split(' ').length < 6 || !plainBody(b).includes(` ${line} `)) continue;
      return {
        name,
        evidence: `both keep ${name}'s own interview line word for word ("${before} ${m[0]}"), and neither is ${name}'s outlet: both carry ${name}'s text, neither is shown to copy the other`,
      };
    }
  }
  return null;
}

/** The source both texts carry, by the strongest evidence first; checked in a fixed order of a and b. */
function commonSource(a: Article, b: Article): CommonSource | null {
  return sharedWire(a, b) ?? oneSidedCredit(a, b) ?? sharedSelfReference(a, b) ?? sharedSelfReference(b, a);
}

/** Orders two publication dates; null when either is missing or they cannot be told apart. */
function dateOrder(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const dayA = a.slice(0, 10);
  const dayB = b.slice(0, 10);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  if (a.length > 10 && b.length > 10 && a !== b) return a < b ? -1 : 1;
  return null;
}

/** How much of each text the shared passages cover, and whether the rest only frames them. */
export interface Overlap {
  coverA: number;
  coverB: number;
  aFramed: boolean;
  bFramed: boolean;
}

/**
 * A correction or update note: "Correction: …", "This article has been updated", "An earlier
 * version of this story …", "Editor's note:".
 */
const UPDATE_NOTE =
  /(?:^|\n)\s*(?:Correction|Clarification|Update|Updated|Editor['’]s note)\b[^\n]{0,40}?[:—–-]|\b(?:an earlier|a previous) version of this (?:article|story|report)\b|\bthis (?:article|story|report) (?:has been|was) (?:updated|corrected|amended)\b/i;

/** Comparable form of an article address: no scheme, "www.", query, fragment or trailing slash. */
function addressKey(url: string | null): string | null {
  if (!url) return null;
  return url.trim().toLowerCase().replace(/^[a-z]+:\/\/(?:www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '') || null;
}

const headlineKey = (h: string | null): string | null => h?.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || null;

/**
 * Two versions of one article: the same outlet (name or site) and the same address, the same
 * headline, or a correction or update note in one of them. The text they share is the outlet's own,
 * updated or corrected, not a copy of another outlet's. Ordered by date, else the noted one is later.
 */
function versionsOfOneArticle(a: Article, b: Article): DirectionVerdict | null {
  const [idA, idB] = [identity(a), identity(b)];
  const outlet = [...idA.strong].find((n) => idB.strong.has(n));
  if (!outlet) return null;
  const [noteA, noteB] = [UPDATE_NOTE.test(a.body), UPDATE_NOTE.test(b.body)];
  const sameAddress = addressKey(a.url) !== null && addressKey(a.url) === addressKey(b.url);
  const sameHeadline = headlineKey(a.headline) !== null && headlineKey(a.headline) === headlineKey(b.headline);
  if (!sameAddress && !sameHeadline && !noteA && !noteB) return null;
  const why = sameAddress ? 'the same address' : sameHeadline ? 'the same headline' : 'a correction or update note';
  const evidence = [`${articleLabel(a)} and ${articleLabel(b)} are two versions of one article of the same outlet (${why}): an update, not a copy`];
  const order = dateOrder(a.published, b.published) ?? (noteA !== noteB ? (noteB ? -1 : 1) : null);
  if (order === null) return { aIsSource: null, evidence, update: true };
  const second = order < 0 ? b : a;
  evidence.push(`${articleLabel(second)} is the later version (${second.published ?? 'it carries the note'})`);
  return { aIsSource: order < 0, evidence, update: true };
}

export function decideDirection(a: Article, b: Article, overlap: Overlap): DirectionVerdict {
  // One outlet's article and its later version: an update, decided before any copy evidence.
  const versions = versionsOfOneArticle(a, b);
  if (versions) return versions;
  const { coverA, coverB } = overlap;
  const evidence: string[] = [];
  let score = 0; // > 0: a is the source
  const creditByB = creditVote(b, a);
  const creditByA = creditVote(a, b);
  if (creditByB) {
    score += creditByB.weight;
    evidence.push(creditByB.evidence);
  }
  if (creditByA) {
    score -= creditByA.weight;
    evidence.push(creditByA.evidence);
  }
  // Without a credit of one by the other, an earlier date only says which outlet ran the common source first.
  const common = creditByA || creditByB ? null : commonSource(a, b);
  if (common) {
    evidence.push(common.evidence);
    return { aIsSource: null, evidence, wire: common.name };
  }
  const order = dateOrder(a.published, b.published);
  if (order !== null) {
    const [first, second] = order < 0 ? [a, b] : [b, a];
    score += order < 0 ? 2 : -2;
    evidence.push(`${articleLabel(first)} was published ${first.published}, before ${articleLabel(second)} (${second.published})`);
  } else if (a.published && b.published) {
    evidence.push(`both published ${a.published.slice(0, 10)}: the dates do not order them`);
  } else {
    const missing = [a, b].filter((x) => !x.published).map(articleLabel).join(' and ');
    evidence.push(`no publication date for ${missing}`);
  }
  // Added text around an intact block points to the copy; text missing from inside proves little
  // (the copy may have cut sentences, or the source added them in an update).
  if (coverA >= 0.9 && coverB < 0.9 && overlap.bFramed) {
    score += 1;
    evidence.push(`${articleLabel(a)} appears whole inside ${articleLabel(b)}, which adds framing before or after it`);
  } else if (coverB >= 0.9 && coverA < 0.9 && overlap.aFramed) {
    score -= 1;
    evidence.push(`${articleLabel(b)} appears whole inside ${articleLabel(a)}, which adds framing before or after it`);
  }
  if (score === 0) {
    // A translation usually names the outlet it translates; one that names none leaves it open.
    const [langA, langB] = [a.language?.slice(0, 2), b.language?.slice(0, 2)];
    if (langA && langB && langA !== langB) evidence.push(`one is a translation of the other's text (${langA}, ${langB}), and neither names the other's outlet as its source`);
    evidence.push('direction undecided: no credit, date or containment evidence settles which came first');
    return { aIsSource: null, evidence };
  }
  return { aIsSource: score > 0, evidence };
}

/**
 * What a record states of who copied whom, for views to show: decideDirection decided it, this
 * only reads it. 'copy': `copy` took the text from `source`; 'update': `copy` is a later version
 * of the same article; 'common source': both carry `wire`'s text; 'undetermined': the evidence
 * says neither (the record's evidence says why).
 */
export type DirectionStatement = 'copy' | 'update' | 'common source' | 'undetermined';

export function directionStatement(r: { direction: 'known' | 'unknown'; wire?: string; update?: true }): DirectionStatement {
  if (r.update) return 'update';
  if (r.wire) return 'common source';
  return r.direction === 'known' ? 'copy' : 'undetermined';
}
