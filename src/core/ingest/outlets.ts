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
