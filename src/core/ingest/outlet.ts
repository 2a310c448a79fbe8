// Where an article's own URL and outlet show in scraped text: a URL line (scheme and all, or
// mangled without one), masthead and sign-off appeals naming the outlet, and the outlet's references
// to itself in an exclusive ("... - Minister to X" headline, "told X" in the lead).
import { bareHost, knownOutletName, outletForHost, outletHost, repairHost } from './outlets.js';

export interface UrlLine {
  url: string;
  host: string;
  /** Written without a scheme: likely cut or garbled by the scraper. */
  mangled: boolean;
  /** Introduced as the article's address ("Source: ...", "URL: ..."). */
  labelled: boolean;
  /** The address exactly as the line wrote it (without its label). */
  written: string;
  /** The host was read as a different, known host. */
  repaired: boolean;
}

const URL_LINE =
  /^((?:source|url|link|original(?: article)?|via|permalink)\s*:\s*)?(https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(\/[^\s]*)?$/i;

/** A line that is only a web address (optionally labelled "Source:"); needs a scheme or a path. */
export function urlLine(line: string): UrlLine | null {
  const m = URL_LINE.exec(line);
  if (!m) return null;
  const [, label, scheme, host, path = ''] = m;
  if (!scheme && path.length < 2) return null;
  const mangled = !scheme;
  // A mangled host that is two edits from a registry host is read as that host.
  const fixed = mangled && !outletForHost(host) ? repairHost(host) : null;
  const finalHost = (fixed ?? host).toLowerCase();
  return {
    url: `${scheme ?? 'https://'}${finalHost}${path}`,
    host: finalHost,
    mangled,
    labelled: !!label,
    written: line.slice(label?.length ?? 0),
    repaired: !!fixed && fixed !== host.toLowerCase(),
  };
}

/** The host of a web address, lower case; null when it is no URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The host naming a URL's outlet (outletHost: a CDN's names none), lower case; null when there is none. */
export function outletHostOf(url: string): string | null {
  const host = hostOf(url);
  return host ? outletHost(host) : null;
}

/** Outlet name for a URL: the registry's, else the bare host; null for a CDN's host, which names no outlet. */
export function outletFromUrl(url: string): { name: string; known: boolean } | null {
  const host = outletHostOf(url);
  if (!host) return null;
  const known = outletForHost(host);
  return known ? { name: known, known: true } : { name: bareHost(host), known: false };
}

const fold = (s: string) => s.normalize('NFD').replace(/[^\p{L}\d]/gu, '').toLowerCase();
const CAPITALISED_RUN = /\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&'’-]*)*/gu;

/**
 * The name a text writes for its own unknown host ("the Kestrel Courier" on kestrelcourier.example):
 * one to four capitalised words whose letters are those of a host label (six or more letters, not
 * the top-level one), as written; null when the text never spells the host out. A site's name is
 * its host spelled as words far more often than anything else, and this keeps the host from
 * standing in for a name the page gives.
 */
export function hostSpelledName(text: string, url: string): string | null {
  const host = outletHostOf(url);
  if (!host) return null;
  const labels = new Set(bareHost(host).split('.').slice(0, -1).map(fold).filter((l) => l.length >= 6));
  if (labels.size === 0) return null;
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/[ \t]+/);
    for (let i = 0; i < words.length; i++) {
      let letters = '';
      for (let j = i; j < Math.min(words.length, i + 4); j++) {
        letters += fold(words[j].replace(/['’]s?$/u, ''));
        if (labels.has(letters)) return words.slice(i, j + 1).join(' ').replace(/['’]s?$/u, '');
      }
    }
  }
  return null;
}

/** A corpus or page "outlet" that is really a host (news-please's source_domain) becomes a name. */
export function normaliseOutletName(value: string): string {
  const v = value.trim();
  if (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(v)) return outletForHost(v) ?? bareHost(v);
  return knownOutletName(v) ?? v;
}

const NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+(?:of\s+|de\s+|and\s+)?\p{Lu}[\p{L}\d&'’.-]*){0,4})`;
const MASTHEAD: [RegExp, RegExp][] = [
  [/^(?:support|donate to|subscribe to)\s+/i, new RegExp(String.raw`^${NAME}\s*[!.]?$`, 'u')],
  [/^a\s+(?:message|note|letter|word)\s+from\s+/i, new RegExp(String.raw`^${NAME}\s*[:.!]?$`, 'u')],
  [/^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?/i, new RegExp(String.raw`^${NAME}`, 'u')],
  [/^thank you for (?:reading|supporting)\s+/i, new RegExp(String.raw`^${NAME}\s*[.!]?$`, 'u')],
];

/** The outlet a masthead or sign-off appeal names ("Support The X!", "A Message from The X:", "© 2020 The X"). */
export function mastheadName(line: string): string | null {
  // "© Agency / Photographer" credits a picture, not the page.
  if (/^(?:©|\(c\)|copyright)/i.test(line) && line.includes('/')) return null;
  for (const [prefix, name] of MASTHEAD) {
    const p = prefix.exec(line);
    const m = p && name.exec(line.slice(p[0].length));
    if (m) return m[1].split(/\.\s/)[0].replace(/\.$/, '').trim();
  }
  return null;
}

const EXCLUSIVE_HEADLINE = [new RegExp(String.raw`\s[–—:|-]\s?[^–—|]*\bto\s+${NAME}\s*$`, 'u'), new RegExp(String.raw`:\s[^:]*\btells\s+${NAME}\s*$`, 'u')];

// "told X in an exclusive interview", "speaking exclusively to X", "in an exclusive interview with X".
const EXCLUSIVE_LEAD = [
  new RegExp(String.raw`\b(?:told|telling|tells)\s+${NAME}\s+(?:in an exclusive interview|exclusively)\b`, 'u'),
  new RegExp(String.raw`\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Ss]aid)\s+exclusively\s+to\s+${NAME}`, 'u'),
  new RegExp(String.raw`\b[Ii]n an exclusive interview with\s+${NAME}`, 'u'),
];

/**
 * An outlet reporting its own exclusive: the headline ends "- <who> to <X>" and the lead says
 * "<who> told <X>", or the lead calls the interview with X exclusive. Mere credits ("X reports:",
 * "according to X", "told X" alone) never name the article's outlet: others cite interviews too.
 */
export function selfReference(headline: string | null, lead: string): string | null {
  for (const re of EXCLUSIVE_LEAD) {
    const m = re.exec(lead);
    if (m) return knownOutletName(m[1]) ?? m[1];
  }
  const m = headline ? EXCLUSIVE_HEADLINE[0].exec(headline) ?? EXCLUSIVE_HEADLINE[1].exec(headline) : null;
  if (!m) return null;
  const name = m[1];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const told = new RegExp(String.raw`\b(?:told|telling|tells|in an interview with|speaking to|said to)\s+${escaped}\b`, 'u');
  return told.test(lead) ? knownOutletName(name) ?? name : null;
}
