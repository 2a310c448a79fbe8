// A registry of widely read news outlets (web host -> the name the outlet uses for itself), so a
// URL host becomes a readable outlet name and a mangled host can be recognised. The table, with its
// source and date, is data/outlets.json. Not exhaustive: an unknown host names its outlet by the host.
import table from './data/outlets.json' with { type: 'json' };

const REGISTRY = table.hosts as [string, string][];
// Other spellings corpora use for the same outlets.
const ALIASES = table.aliases as [string, string][];

const BY_HOST = new Map(REGISTRY);
/** Lower-cased name without a leading "the": "The Herald", "Herald" and "the herald" meet. */
const nameKey = (name: string) => name.trim().toLowerCase().replace(/^the\s+/, '');
const KNOWN_NAMES = new Map<string, string>([
  ...REGISTRY.map(([, name]): [string, string] => [nameKey(name), name]),
  ...ALIASES.map(([alias, name]): [string, string] => [nameKey(alias), name]),
]);

export function bareHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile|amp|edition|english|en)\./, '');
}

/** Registry name for a host or any parent domain of it (edition.cnn.com -> CNN). */
export function outletForHost(host: string): string | null {
  const parts = host.toLowerCase().split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = BY_HOST.get(parts.slice(i).join('.'));
    if (name) return name;
  }
  return null;
}

const CDN_SUFFIXES = table.cdn_hosts as string[];
// A proxy that writes the site's own host into its first label ("www-harbour-example.cdn.ampproject.org").
const HOST_IN_LABEL = new Set(['cdn.ampproject.org', 'translate.goog']);

/** The domain a host is under, when it is one of the CDN, cache or proxy domains of the table. */
function cdnSuffix(host: string): string | null {
  const h = host.toLowerCase();
  return CDN_SUFFIXES.find((s) => h === s || h.endsWith(`.${s}`)) ?? null;
}

/**
 * A label a machine made, not a name a site chose ("d1m6j3wlsx5ie0", a hash or a customer id):
 * eight characters or more, with three digits or more, letters and digits alternating four times
 * or more; or twelve hex digits or more. Site names keep their digits together ("news24", "wusa9").
 */
function hashedLabel(label: string): boolean {
  if (label.startsWith('xn--') || label.length < 8) return false;
  if (/^[0-9a-f]{12,}$/.test(label) && /\d/.test(label) && /[a-f]/.test(label)) return true;
  const digits = label.replace(/\D/g, '').length;
  const alternations = (label.match(/\d(?=[a-z])|[a-z](?=\d)/g) ?? []).length;
  return digits >= 3 && alternations >= 4;
}

/**
 * The host that names a page's outlet: a proxy's site host ("www-harbour-example.cdn.ampproject.org"
 * -> "www.harbour.example"), the host without the hashed labels a CDN or a server farm put before
 * it, or null for a CDN, cache or proxy host, which serves some publisher's pages and names none.
 */
export function outletHost(host: string): string | null {
  const h = host.toLowerCase();
  const suffix = cdnSuffix(h);
  if (suffix) return HOST_IN_LABEL.has(suffix) ? proxiedHost(h.slice(0, -suffix.length - 1)) : null;
  const labels = h.split('.');
  let i = 0;
  while (i < labels.length - 2 && hashedLabel(labels[i])) i++;
  if (i === 0) return h;
  const rest = labels.slice(i).join('.');
  return cdnSuffix(rest) ? null : rest;
}

/** A proxy's first label as the host it stands for: "-" is ".", "--" is "-". */
function proxiedHost(label: string): string | null {
  if (!label || label.includes('.')) return null;
  const decoded = label.replace(/--/g, '\u0000').replace(/-/g, '.').replace(/\u0000/g, '-');
  return /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(decoded) && !cdnSuffix(decoded) ? decoded : null;
}

/** The registry's spelling of an outlet name, when the name is known (case-insensitive). */
export function knownOutletName(name: string): string | null {
  return KNOWN_NAMES.get(nameKey(name)) ?? null;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The registry host a garbled host most likely stands for (scraping artefacts such as
 * "erxample.com" for "example.com"): same public suffix, at most two edits, and only when one
 * candidate is clearly closest.
 */
export function repairHost(host: string): string | null {
  const bare = bareHost(host);
  if (BY_HOST.has(bare)) return bare;
  const dot = bare.indexOf('.');
  if (dot < 4) return null;
  const label = bare.slice(0, dot);
  const suffix = bare.slice(dot);
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const known of BY_HOST.keys()) {
    if (!known.endsWith(suffix) || known.length - suffix.length < 4) continue;
    const d = editDistance(label, known.slice(0, known.length - suffix.length));
    if (d < bestDistance) [best, bestDistance, tie] = [known, d, false];
    else if (d === bestDistance) tie = true;
  }
  const limit = Math.min(2, Math.floor(label.length / 3));
  return best && !tie && bestDistance <= limit ? best : null;
}
