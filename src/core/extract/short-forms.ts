// Short forms of a name joined to the name they stand for, within one article: surname-only and
// title-prefixed mentions, acronyms of names written out, members named as their organisation's
// owner ("X' Union"), and a company's name without its legal form.
import type { DisjointSets } from '../disjoint-sets.js';
import type { EntityType } from '../types.js';
import { COMPANY_SUFFIXES, COMPANY_TRADE_WORDS, NAME_LINKS } from './lexicon.js';
import type { RawMention } from './mention-parts.js';
import { cached, coreKey, initials, isAcronym, middleNamePairs, nameKey, nameWords, spellingVariants } from './names.js';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord']);

/** The office written before a mention ("prosecutor"); honorifics ("Mr", "Dr") fit anyone. */
export function titleKey(m: RawMention): string | null {
  const title = m.title?.toLowerCase().replace(/\.$/, '') ?? null;
  return title && !HONORIFICS.has(title) ? title : null;
}

/**
 * Surname-only, particle-less and generic-word-less short forms ("Orlov", "Khadra", "Amal"), and
 * acronyms of names written out ("UN" for "United Nations"), join the longer name they abbreviate,
 * the nearest preceding one when several fit.
 */
export function linkShortForms(mentions: RawMention[], keys: string[], uf: DisjointSets, types: EntityType[]): void {
  const singles = new Map<string, number[]>();
  const longs: number[] = [];
  keys.forEach((key, i) => {
    // "da Silva": a surname with its particle is a short form like a surname alone.
    if (!key.includes(' ') || NAME_LINKS.has(key.slice(0, key.indexOf(' ')))) singles.set(key, [...(singles.get(key) ?? []), i]);
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
    // "Ilona" beside "Ilona Marchetti": a given name alone is the one person named in full with it;
    // beside two ("Karim Belhadi", "Karim Ostervald") it is the one named last before it, else no one.
    const givenOf = new Set(longs.filter((i) => types[i] === 'person' && keys[i].startsWith(asFirst)).map((i) => keys[i]));
    const sharedGiven = givenOf.size > 1;
    const candidates = longs.filter((i) => {
      // "Tavo" in "Marcos Inácio Tavo da Lima": a long name is also called by an inner word.
      if (types[i] === 'person') return personal && (keys[i].endsWith(asLast) || givenOf.has(keys[i]) || (key.length > 3 && innerWord(keys[i], key)));
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
      // Named together ("Ilona Marchetti and Ilona Berg"), either may be meant: the given name stays alone.
      const together = before.length > 1 && mentions[before[before.length - 1]].span[0] - mentions[before[before.length - 2]].span[1] < 80;
      if (sharedGiven && (!before.length || together)) continue;
      uf.union(before.length ? before[before.length - 1] : pool[0], s);
    }
  }
  // "Anton Rusak" and "Anton Pavel Rusak": one person, written with and without the middle name.
  const firstPerson = new Map<string, number>();
  keys.forEach((k, i) => types[i] === 'person' && !firstPerson.has(k) && firstPerson.set(k, i));
  for (const [short, long] of middleNamePairs(firstPerson.keys())) uf.union(firstPerson.get(short)!, firstPerson.get(long)!);
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
export function foldPossessiveHeads(mentions: RawMention[], uf: DisjointSets, types: EntityType[]): Set<number> {
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
function linkCompanyShortNames(mentions: RawMention[], keys: string[], uf: DisjointSets, types: EntityType[]): void {
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

/** `word` is a word of `key` neither first nor last (so the name has three words or more). */
function innerWord(key: string, word: string): boolean {
  return key.includes(` ${word} `);
}
