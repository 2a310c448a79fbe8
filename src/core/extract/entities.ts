// Resolves the name mentions of one article into entities: exact and transliteration variants,
// surname-only and title-prefixed mentions, particles (al-), acronyms of names written out in the
// article, aliases the text defines ("X (NLF, formerly NF)", "changed its name to Y") and the
// curated aliases of very common organisations.
import { DisjointSets } from '../disjoint-sets.js';
import type { EntityType, LocalEntity, Mention } from '../types.js';
import { curatedGroup } from './gazetteer.js';
import type { RawMention, TypeScores } from './mention-parts.js';
import { foldPossessiveHeads, linkShortForms, titleKey } from './short-forms.js';
import { declensionKeys, nominativeForms } from './declension.js';
import { initials, isAcronym, nameKey } from './names.js';

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

const DEFINE_MARKER_RE = /^(?:formerly|previously|also known as|also called|aka|known as|now|or)\s+/i;
const RENAME_RE =
  /^[)\]]?,?\s*(?:which|that|who)?\s*(?:has\s+|had\s+|later\s+|recently\s+|since\s+)?(?:changed its name to|renamed itself|renamed itself as|rebranded itself as|rebranded as|is now known as|now known as|now called|formerly known as|previously known as|also known as|later renamed)\s+(?:the\s+)?$/i;

/** Groups the mentions of one article into entities. */
export function resolveEntities(body: string, mentions: RawMention[]): ResolvedEntities {
  const n = mentions.length;
  const uf = new DisjointSets(n);
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

  // "Черное море" and "в Черном море": one name in two cases.
  const byCase = new Map<string, number>();
  mentions.forEach((m, i) => {
    for (const k of declensionKeys(m.text)) {
      const first = byCase.get(k);
      if (first === undefined) byCase.set(k, i);
      else uf.union(first, i);
    }
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

function applyDefinitions(body: string, mentions: RawMention[], uf: DisjointSets, orgEvidence: number[]): void {
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
function defineInParens(body: string, mentions: RawMention[], i: number, closeAt: number, uf: DisjointSets): void {
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
function groupTypes(mentions: RawMention[], orgEvidence: number[], uf: DisjointSets): EntityType[] {
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

/** `owned`: organisation mentions whose owner joined them, named in full ("Kessport Dockers' Union", not "Union"). */
function buildEntities(mentions: RawMention[], uf: DisjointSets, orgEvidence: number[], owned: Set<number>): ResolvedEntities {
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
      name: canonicalForm(nominativeForms(idx.map((i) => (owned.has(i) && mentions[i].possessor ? `${mentions[i].possessor} ${mentions[i].text}` : mentions[i].text)))),
      type,
      aliases: [...aliases],
      mentions: mentionList,
      gender,
      roles,
    });
  });
  return { entities, entityOf };
}

/** A name written in capitals only: two letters at least, none lowercase. */
const SHOUTED = /^(?=(?:.*\p{Lu}){2})[^\p{Ll}]+$/u;

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
      // As often written lowercase ("le ministère des Armées") as capitalised: the capitalised form.
      const capital = count === current && /^\p{Lu}/u.test(surface) && !/^\p{Lu}/u.test(entry.shown);
      // A heading's capitals ("TOMAS VERHOEK") are no way to show a name the text also writes in its own case.
      const [shouted, shownShouted] = [SHOUTED.test(surface), SHOUTED.test(entry.shown)];
      const quieter = !shouted && shownShouted;
      const louder = shouted && !shownShouted;
      if (surface.length > entry.shown.length || (surface.length === entry.shown.length && (quieter || (!louder && (count > current || capital))))) entry.shown = surface;
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
