// Resolves the name mentions of one article into entities: exact and transliteration variants,
// surname-only and title-prefixed mentions, particles (al-), acronyms of names written out in the
// article, aliases the text defines ("X (NLF, formerly NF)", "changed its name to Y") and the
// curated aliases of very common organisations.
import type { EntityType, LocalEntity, Mention } from '../types.js';
import { curatedGroup } from './gazetteer.js';
import type { RawMention, TypeScores } from './mention-parts.js';
import { COMPANY_SUFFIXES, COMPANY_TRADE_WORDS } from './lexicon.js';
import { cached, coreKey, initials, isAcronym, nameKey, nameWords, spellingVariants } from './names.js';

export interface ArticleEntity extends LocalEntity {
  gender: 'm' | 'f' | null;
  /** Lowercase role words said of the entity anywhere in the article. */
  roles: Set<string>;
}

export interface ResolvedEntities {
  entities: ArticleEntity[];
  /** For each mention (same order as the input), the index of its entity. */
  entityOf: number[];
}

class UnionFind {
  private parent: number[];
  constructor(n: number) {
    this.parent = [];
    for (let i = 0; i < n; i++) this.parent.push(i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const DEFINE_MARKER_RE = /^(?:formerly|previously|also known as|also called|aka|known as|now|or)\s+/i;
const RENAME_RE =
  /^[)\]]?,?\s*(?:which|that|who)?\s*(?:has\s+|had\s+|later\s+|recently\s+|since\s+)?(?:changed its name to|renamed itself|renamed itself as|rebranded itself as|rebranded as|is now known as|now known as|now called|formerly known as|previously known as|also known as|later renamed)\s+(?:the\s+)?$/i;

/** Groups the mentions of one article into entities. */
export function resolveEntities(body: string, mentions: RawMention[]): ResolvedEntities {
  const n = mentions.length;
  const uf = new UnionFind(n);
  // Arrays the later passes read are built by push, not map: V8 makes map's result packed or holey
  // depending on whether the caller is optimized yet, and each new kind deoptimized their readers.
  const keys: string[] = [];
  for (const m of mentions) keys.push(nameKey(m.text));
  const orgEvidence = new Array<number>(n).fill(0);

  // A surname shared by two people named in full ("Hugo Yates", "Noor Yates"), or carrying two
  // different titles, is resolved mention by mention, not pooled, or the people would merge.
  const fullNamesBySurname = new Map<string, Set<string>>();
  keys.forEach((k, i) => {
    const words = k.split(' ');
    const m = mentions[i];
    const personLike = m.scores.person > 0 || (words.length <= 3 && m.scores.organization === 0 && m.scores.place === 0);
    if (words.length < 2 || !personLike) return;
    const last = words[words.length - 1];
    if (!fullNamesBySurname.has(last)) fullNamesBySurname.set(last, new Set());
    fullNamesBySurname.get(last)!.add(k);
  });
  const titlesBySurname = new Map<string, Set<string>>();
  keys.forEach((k, i) => {
    const title = titleKey(mentions[i]);
    if (k.includes(' ') || !title) return;
    if (!titlesBySurname.has(k)) titlesBySurname.set(k, new Set());
    titlesBySurname.get(k)!.add(title);
  });
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    if ((fullNamesBySurname.get(k)?.size ?? 0) > 1 || (titlesBySurname.get(k)?.size ?? 0) > 1) return;
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else uf.union(first, i);
  });

  applyDefinitions(body, mentions, uf, orgEvidence);

  const curated = new Map<string, number>();
  mentions.forEach((m, i) => {
    const group = curatedGroup(m.text);
    if (!group) return;
    const first = curated.get(group.preferred);
    if (first === undefined) curated.set(group.preferred, i);
    else uf.union(first, i);
  });

  linkShortForms(mentions, keys, uf, groupTypes(mentions, orgEvidence, uf));
  const owned = foldPossessiveHeads(mentions, uf, groupTypes(mentions, orgEvidence, uf));

  return buildEntities(mentions, uf, orgEvidence, owned);
}

function applyDefinitions(body: string, mentions: RawMention[], uf: UnionFind, orgEvidence: number[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const after = body.slice(m.span[1], m.span[1] + 4);
    const open = /^\s*[([]/.exec(after);
    if (open) {
      const closeAt = body.slice(m.span[1], m.span[1] + 120).search(/[)\]]/);
      if (closeAt > 0) defineInParens(body, mentions, i, m.span[1] + closeAt, uf);
      continue;
    }
    const next = mentions[i + 1];
    if (!next) continue;
    const between = body.slice(m.span[1], next.span[0]);
    if (between.length < 80 && RENAME_RE.test(between)) {
      uf.union(i, i + 1);
      if (/\bits name\b/.test(between)) orgEvidence[i] += 3;
    }
  }
}

/** "Liberation Front (LF, formerly FL)", "NLF (Amal)", "NLF [Amal]". */
function defineInParens(body: string, mentions: RawMention[], i: number, closeAt: number, uf: UnionFind): void {
  const name = mentions[i];
  const nameInitials = initials(name.text);
  for (let k = i + 1; k < mentions.length && mentions[k].span[1] <= closeAt; k++) {
    const alias = mentions[k];
    const lead = body.slice(mentions[k - 1].span[1], alias.span[0]).replace(/^[\s([,;]+/, '');
    const marked = DEFINE_MARKER_RE.test(lead);
    if (lead && !marked) continue;
    const acronymOfName = isAcronym(alias.text) && alias.text.replace(/\./g, '') === nameInitials;
    const renamesShortName = k === i + 1 && isAcronym(name.text) && alias.text.split(/\s+/).length === 1;
    if (marked || acronymOfName || renamesShortName) uf.union(i, k);
  }
}

/** The type each mention's current group has, by summed clues. */
function groupTypes(mentions: RawMention[], orgEvidence: number[], uf: UnionFind): EntityType[] {
  const scores = new Map<number, TypeScores & { words: number }>();
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    const s = scores.get(r) ?? { person: 0, organization: 0, place: 0, common: 0, words: 0 };
    s.common += m.scores.common;
    s.person += m.scores.person;
    s.organization += m.scores.organization + orgEvidence[i];
    s.place += m.scores.place;
    s.words = Math.max(s.words, m.text.split(' ').length);
    scores.set(r, s);
  });
  const types: EntityType[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const s = scores.get(uf.find(i))!;
    types.push(typeOf(s, s.words));
  }
  return types;
}

function sumScores(mentions: RawMention[], orgEvidence: number[], members: number[]): TypeScores {
  const s: TypeScores = { person: 0, organization: 0, place: 0, common: 0 };
  for (const i of members) {
    s.common += mentions[i].scores.common;
    s.person += mentions[i].scores.person;
    s.organization += mentions[i].scores.organization + orgEvidence[i];
    s.place += mentions[i].scores.place;
  }
  return s;
}

function typeOf(s: TypeScores, words: number): EntityType {
  const best = Math.max(s.person, s.organization, s.place);
  if (best > 0) {
    if (s.place === best && s.place > s.person) return 'place';
    if (s.organization === best && s.organization > s.person) return 'organization';
    if (s.person === best) return 'person';
    return s.place >= s.organization ? 'place' : 'organization';
  }
  return words >= 2 && words <= 3 && s.common === 0 ? 'person' : 'other';
}

/**
 * Surname-only, particle-less and generic-word-less short forms ("Orlov", "Khadra", "Amal"), and
 * acronyms of names written out ("UN" for "United Nations"), join the longer name they abbreviate,
 * the nearest preceding one when several fit.
 */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord']);

/** The office written before a mention ("prosecutor"); honorifics ("Mr", "Dr") fit anyone. */
function titleKey(m: RawMention): string | null {
  const title = m.title?.toLowerCase().replace(/\.$/, '') ?? null;
  return title && !HONORIFICS.has(title) ? title : null;
}

function linkShortForms(mentions: RawMention[], keys: string[], uf: UnionFind, types: EntityType[]): void {
  const singles = new Map<string, number[]>();
  const longs: number[] = [];
  keys.forEach((key, i) => {
    if (!key.includes(' ')) singles.set(key, [...(singles.get(key) ?? []), i]);
    else longs.push(i);
  });
  const cores = new Map<string, number[]>();
  const initialsOf = new Map<number, string>();
  // A name is mostly written the same way each time: its initials and core key once per spelling.
  const derived = new Map<string, { initials: string; core: string }>();
  for (const i of longs) {
    if (types[i] === 'person') continue;
    const text = mentions[i].text;
    let d = derived.get(text);
    if (!d) derived.set(text, (d = { initials: initials(text), core: coreKey(text) }));
    initialsOf.set(i, d.initials);
    if (d.core && d.core !== keys[i]) cores.set(d.core, [...(cores.get(d.core) ?? []), i]);
  }
  for (const [core, idx] of cores) {
    for (let a = 1; a < idx.length; a++) uf.union(idx[0], idx[a]);
    const single = singles.get(core)?.[0];
    if (single !== undefined && types[single] !== 'person') uf.union(idx[0], single);
  }
  linkCompanyShortNames(mentions, keys, uf, types);
  for (const [key, idx] of singles) {
    const single = mentions[idx[0]];
    const singleType = types[idx[0]];
    const acronym = isAcronym(single.text) ? single.text.replace(/\./g, '') : null;
    const personal = singleType !== 'place' && singleType !== 'organization';
    const asFirst = `${key} `;
    const asLast = ` ${key}`;
    // "Ilona" beside "Ilona Marchetti": a given name alone is the one person named in full with it.
    const givenOf = new Set(longs.filter((i) => types[i] === 'person' && keys[i].startsWith(asFirst)).map((i) => keys[i]));
    const candidates = longs.filter((i) => {
      if (types[i] === 'person') return personal && (keys[i].endsWith(asLast) || (givenOf.size === 1 && givenOf.has(keys[i])));
      return acronym !== null && initialsOf.get(i) === acronym;
    });
    if (candidates.length === 0) continue;
    // "Spokesperson Yates" and "Prosecutor Yates" in one article are two people: a titled
    // surname joins only a full name written with that title, and otherwise stays its own.
    const titles = new Set<string>();
    for (const s of idx) {
      const t = titleKey(mentions[s]);
      if (t !== null) titles.add(t);
    }
    const leftByTitle = new Map<string, number>();
    for (const s of idx) {
      const title = titleKey(mentions[s]);
      let pool = candidates;
      if (title && titles.size > 1) {
        pool = candidates.filter((c) => mentions[c].role.includes(title));
        if (pool.length === 0) {
          const first = leftByTitle.get(title);
          if (first === undefined) leftByTitle.set(title, s);
          else uf.union(first, s);
          continue;
        }
      }
      const before = pool.filter((c) => mentions[c].span[0] < mentions[s].span[0]);
      uf.union(before.length ? before[before.length - 1] : pool[0], s);
    }
  }
  // Spelling variants of long names ("Hamid" / "Hameed" once transliterated) of one type,
  // compared only within buckets of the same first letter and word count.
  const buckets = new Map<string, [string, number][]>();
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (k.length < 6 || seen.has(k)) return;
    seen.add(k);
    const bucket = `${k[0]}|${k.split(' ').length}`;
    if (!buckets.has(bucket)) buckets.set(bucket, []);
    buckets.get(bucket)!.push([k, i]);
  });
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [ka, ia] = list[a];
        const [kb, ib] = list[b];
        if (Math.abs(ka.length - kb.length) <= 2 && types[ia] === types[ib] && spellingVariants(ka, kb)) uf.union(ia, ib);
      }
    }
  }
}

/**
 * "the Kessport Dockers' Union", "the Orvin Ferrymen's Guild": the members named as the owner of
 * their organisation's name are no entity of their own; a mention of that owner (split off at the
 * possessive, or alone) joins the organisation. Only a plural owner (the members, "Dockers",
 * "Ferrymen") with no sign of a person or a place: "Norway's Fisheries Council" keeps Norway.
 */
function foldPossessiveHeads(mentions: RawMention[], uf: UnionFind, types: EntityType[]): Set<number> {
  const folded = new Set<number>();
  const owned = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (types[i] !== 'organization') return;
    const full = m.possessor ? `${m.possessor} ${m.text}` : m.text;
    const owner = /^(.+?\p{L})(?:['’]s?)\s+\S/u.exec(full)?.[1];
    if (owner && !owned.has(nameKey(owner))) owned.set(nameKey(owner), i);
  });
  if (!owned.size) return folded;
  mentions.forEach((m, i) => {
    const org = owned.get(nameKey(m.text));
    const plural = /(?:s|men)$/u.test(m.text);
    if (org === undefined || !plural || types[i] === 'place' || m.scores.person > 0 || m.scores.place > 0) return;
    uf.union(org, i);
    folded.add(org);
  });
  return folded;
}

/**
 * "Varnholm Motor Corp" and "Varnholm": a name equal to an organisation's name without its legal
 * form (and the trade word before it) is that organisation, as are the name's other written forms.
 */
function linkCompanyShortNames(mentions: RawMention[], keys: string[], uf: UnionFind, types: EntityType[]): void {
  const companies = new Map<string, number>();
  // A name is mostly written the same way each time: its short forms once per spelling.
  const formsOf = new Map<string, readonly string[]>();
  keys.forEach((_, i) => {
    if (types[i] === 'person' || types[i] === 'place') return;
    const text = mentions[i].text;
    let forms = formsOf.get(text);
    if (!forms) formsOf.set(text, (forms = companyShortForms(text)));
    for (const form of forms) {
      const first = companies.get(form);
      if (first === undefined) companies.set(form, i);
      else uf.union(first, i);
    }
  });
  keys.forEach((k, i) => {
    const company = companies.get(k);
    if (company !== undefined && types[i] !== 'place') uf.union(company, i);
  });
}

const shortFormCache = new Map<string, readonly string[]>();

/** "Varnholm Motor Corp": the keys of "Varnholm Motor" and "Varnholm"; none for a name without a legal form. */
function companyShortForms(name: string): readonly string[] {
  return cached(shortFormCache, name, makeShortForms);
}

function makeShortForms(name: string): string[] {
  const words = nameWords(name);
  const lower: string[] = [];
  for (const w of words) lower.push(w.toLowerCase().replace(/\./g, ''));
  if (words.length < 2 || !COMPANY_SUFFIXES.has(lower[lower.length - 1])) return [];
  let end = words.length - 1;
  const forms = [nameKey(words.slice(0, end).join(' '))];
  while (end > 1 && COMPANY_TRADE_WORDS.has(lower[end - 1])) forms.push(nameKey(words.slice(0, --end).join(' ')));
  return forms;
}

/** `owned`: organisation mentions whose owner joined them, named in full ("Kessport Dockers' Union", not "Union"). */
function buildEntities(mentions: RawMention[], uf: UnionFind, orgEvidence: number[], owned: Set<number>): ResolvedEntities {
  const rootOrder: number[] = [];
  const members = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const r = uf.find(i);
    if (!members.has(r)) {
      members.set(r, []);
      rootOrder.push(r);
    }
    members.get(r)!.push(i);
  });
  const entityOf = new Array<number>(mentions.length);
  const entities: ArticleEntity[] = [];
  rootOrder.forEach((root, e) => {
    const idx = members.get(root)!;
    for (const i of idx) entityOf[i] = e;
    const ms = idx.map((i) => mentions[i]);
    const type = typeOf(sumScores(mentions, orgEvidence, idx), Math.max(...ms.map((m) => nameKey(m.text).split(' ').length)));
    const aliases = new Set<string>();
    const roles = new Set<string>();
    let gender: 'm' | 'f' | null = null;
    for (const m of ms) {
      aliases.add(m.text);
      if (m.title) aliases.add(`${m.title} ${m.text}`);
      if (m.possessor) aliases.add(`${m.possessor} ${m.text}`);
      for (const r of m.role) roles.add(r);
      gender ??= m.gender;
    }
    const mentionList: Mention[] = ms.map((m) => ({ text: m.text, span: m.span }));
    entities.push({
      key: `L${e}`,
      name: canonicalForm(idx.map((i) => (owned.has(i) && mentions[i].possessor ? `${mentions[i].possessor} ${mentions[i].text}` : mentions[i].text))),
      type,
      aliases: [...aliases],
      mentions: mentionList,
      gender,
      roles,
    });
  });
  return { entities, entityOf };
}

/**
 * The most complete, most frequent written form. Spellings of one key ("Yusuf Hakim" / "Yusuf
 * al-Hakim", "Dmitry" / "Dmitri") pool their counts and show their fullest, then commonest,
 * spelling; forms contained in a longer form are set aside; acronyms yield to written-out names.
 */
export function canonicalForm(forms: string[], weights?: number[]): string {
  const bySurface = new Map<string, number>();
  forms.forEach((f, i) => bySurface.set(f, (bySurface.get(f) ?? 0) + (weights?.[i] ?? 1)));
  const byKey = new Map<string, { count: number; shown: string }>();
  for (const [surface, count] of bySurface) {
    const key = nameKey(surface);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { count, shown: surface });
    else {
      const current = bySurface.get(entry.shown)!;
      if (surface.length > entry.shown.length || (surface.length === entry.shown.length && count > current)) entry.shown = surface;
      entry.count += count;
    }
  }
  const keys = [...byKey.keys()];
  // An acronym's mentions count for the name it abbreviates ("NLF" for "National Liberation Front").
  const support = new Map<string, number>();
  for (const [, entry] of byKey) {
    const acronym = entry.shown.replace(/\./g, '');
    if (!isAcronym(acronym)) continue;
    for (const [key, other] of byKey) {
      if (other !== entry && initials(other.shown) === acronym) support.set(key, (support.get(key) ?? 0) + entry.count);
    }
  }
  const weight = (key: string): number => byKey.get(key)!.count + (support.get(key) ?? 0);
  const wordSets: Set<string>[] = [];
  for (const k of keys) wordSets.push(new Set(k.split(' ')));
  const maximal = keys.filter((_, i) => {
    const mine = wordSets[i];
    return !keys.some((_, j) => j !== i && wordSets[j].size > mine.size && [...mine].every((w) => wordSets[j].has(w)));
  });
  const written = maximal.filter((k) => !isAcronym(byKey.get(k)!.shown.replace(/\s+/g, '')) && k.includes(' '));
  const pool = written.length ? written : maximal;
  const best = pool.sort((a, b) => {
    const ea = byKey.get(a)!;
    const eb = byKey.get(b)!;
    return weight(b) - weight(a) || eb.shown.length - ea.shown.length || (ea.shown < eb.shown ? -1 : ea.shown > eb.shown ? 1 : 0);
  })[0];
  return byKey.get(best)!.shown;
}
