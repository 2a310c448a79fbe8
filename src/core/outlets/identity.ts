// One outlet identity per web host across the corpus. Cleaning names each article's outlet from
// what that article shows: one that spells its outlet's name gets the name, another of the same
// host that does not gets the host. Read together, the host's articles say what the outlet is
// called: the name they give most (ties broken by code-point order, so arrival order never
// matters), the host itself only when none of them names it.
import type { Article, Story } from '../types.js';
import { outletHostOf } from '../ingest/outlet.js';
import { bareHost } from '../ingest/outlets.js';

type Outlet = Pick<Article, 'url' | 'outlet'>;

/**
 * The article's host without www./m./amp. prefixes, or null when it has no web address or its host
 * names no outlet (a CDN's: its articles keep the names their pages give).
 */
export function hostKey(url: string | null | undefined): string | null {
  const host = url ? outletHostOf(url) : null;
  return host ? bareHost(host) : null;
}

/** A name that is a host ("valeherald.example"): what cleaning falls back to when nothing names the outlet. */
const HOST_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/** Host -> the outlet identity its articles give. Decided here only; every surface reads it through withOutletIdentity. */
export function outletIdentities(articles: Iterable<Outlet>): Map<string, string> {
  const names = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const host = hostKey(a.url);
    if (!host) continue;
    const counts = names.get(host) ?? names.set(host, new Map()).get(host)!;
    const name = a.outlet?.trim();
    if (name && !HOST_LIKE.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const identity = new Map<string, string>();
  for (const [host, counts] of names) {
    let best: string | null = null;
    for (const [name, n] of counts) {
      const top = best === null ? -1 : counts.get(best)!;
      if (n > top || (n === top && name < best!)) best = name;
    }
    identity.set(host, best ?? host);
  }
  return identity;
}

/** The article with the outlet of its host's identity (from outletIdentities); without a web address it keeps its own. */
export function withIdentity<T extends Outlet>(a: T, identity: Map<string, string>): T {
  const host = hostKey(a.url);
  const outlet = host ? identity.get(host) ?? a.outlet : a.outlet;
  return outlet === a.outlet ? a : { ...a, outlet };
}

/** The articles with the outlet of their host's identity, decided over these articles. */
export function withOutletIdentity<T extends Outlet>(articles: T[]): T[] {
  const identity = outletIdentities(articles);
  return articles.map((a) => withIdentity(a, identity));
}

/** Each story's outlets as its members' identities (the story index recorded the names cleaning gave). */
export function storiesWithOutlets<S extends Pick<Story, 'articles' | 'outlets'>>(stories: S[], articles: Pick<Article, 'id' | 'outlet'>[]): S[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet]));
  return stories.map((s) => {
    const outlets = [...new Set(s.articles.map((id) => outletOf.get(id)).filter((o): o is string => !!o))].sort();
    return outlets.length === s.outlets.length && outlets.every((o, i) => o === s.outlets[i]) ? s : { ...s, outlets };
  });
}
