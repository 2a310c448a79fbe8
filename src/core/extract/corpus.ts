// Corpus-wide entity resolution: the per-article entities of many outlets merged into one list
// (transliteration and spelling variants, surname-only and particle-less forms, acronyms, curated
// aliases), distinct people kept apart, and quote speakers and attribution sources rewritten to the
// canonical name.
import { DisjointSets } from '../disjoint-sets.js';
import { articleEntities, canonicalIn, type ArticleEntities, type EntityName } from './record-names.js';
import type { ArticleExtraction, Attribution, Entity, EntityType, Figure, Quote } from '../types.js';
import { canonicalForm } from './entities.js';
import { curatedGroup, givenNameGender } from './gazetteer.js';
import { declensionKeys, nominativeForms } from './declension.js';
import { TITLE_WORDS } from './lexicon.js';
import { romanisedPairs, type PersonName } from './romanised.js';
import { coreKey, scriptOf, editDistance, initials, isAcronym, middleNamePairs, nameKey, nameWords, soundKey, soundToken, spellingVariants, translitToken } from './names.js';

export interface CorpusResolution {
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  attributions: Attribution[];
}

/**
 * The corpus's entities, and the canonical name of each written name that resolution changes, by
 * article (a name missing there stays as written). What the quotes, figures and attributions of
 * an article need to be resolved one article at a time (resolveRecords).
 */
export interface EntityResolution {
  entities: Entity[];
  renames: Map<string, Map<string, string>>;
}

/** What resolution derives from an entity's written forms alone: the same for every article writing it so. */
interface Shape {
  /** Keys of the entity's full written forms (not its surname-only or acronym forms), tagged by family. */
  tagged: string[];
  /** Person: sound key of the surname (soundToken); others: key of the distinctive core. */
  shortKey: string;
  words: number;
  /** nameKey and soundKey of the name. */
  key: string;
  sound: string;
  /** The first node of this shape: every later one joins it (they share every key). */
  first: number;
  /** typeWeight of the name. */
  weight: number;
}

interface Node extends Shape {
  article: string;
  local: EntityName;
}

export function resolveCorpus(extractions: ArticleExtraction[]): CorpusResolution {
  return resolveCorpusNames(extractions).resolution;
}

/** resolveCorpus, and the names it renamed in each article (see EntityResolution). */
export function resolveCorpusNames(extractions: ArticleExtraction[]): { resolution: CorpusResolution; renames: EntityResolution['renames'] } {
  const { entities, renames } = resolveEntities(extractions.map(articleEntities));
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  const attributions: Attribution[] = [];
  for (const ex of extractions) {
    const records = resolveRecords(ex, renames);
    // One record at a time: a spread of a corpus's quotes overflows the call stack.
    for (const q of records.quotes) quotes.push(q);
    for (const f of records.figures) figures.push(f);
    for (const a of records.attributions) attributions.push(a);
  }
  return { resolution: { entities, quotes, figures, attributions }, renames };
}

/** Corpus-wide entity resolution over every article's entities (see EntityResolution). */
export function resolveEntities(articles: Iterable<ArticleEntities>): EntityResolution {
  // A corpus writes most names the same way in many articles: their keys are derived once per
  // written shape (type, name, aliases), not once per article (most of resolution's time at 20,000
  // articles). Names are words of text, so the NUL joining the shape's parts is in none of them.
  const shapes = new Map<string, Shape>();
  const nodes: Node[] = [];
  for (const ex of articles) {
    for (const local of ex.entities) {
      const id = `${local.type}\u0000${local.name}\u0000${local.aliases.join('\u0000')}`;
      let shape = shapes.get(id);
      if (!shape) shapes.set(id, (shape = makeShape(local, nodes.length)));
      // Every field written in one order: one hidden class for every node (a spread made them slower to read).
      nodes.push({ article: ex.article, local, tagged: shape.tagged, shortKey: shape.shortKey, words: shape.words, key: shape.key, sound: shape.sound, first: shape.first, weight: shape.weight });
    }
  }
  shapes.clear();
  const sets = new DisjointSets(nodes.length);
  const find = (i: number): number => sets.find(i);
  const union = (a: number, b: number): void => void sets.union(a, b);

  // Nodes of one shape share every key, so they are one entity: joined to their shape's first,
  // which alone joins by key. The partition is the one joining every node by every key gives, and
  // nothing after depends on which node a set's root is.
  const byKey = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (node.first !== i) return union(node.first, i);
    for (const tagged of node.tagged) {
      const first = byKey.get(tagged);
      if (first === undefined) byKey.set(tagged, i);
      else union(first, i);
    }
  });

  mergeVariants(nodes, union);
  joinRomanised(nodes, find, union);
  attachShortForms(nodes, find, union);

  return buildResult(nodes, find, joinTitled(nodes, union));
}

/**
 * "Sheriff Piet Lorre" in one article, "Piet Lorre" in another: a person named with one more
 * capitalised word before a full name written elsewhere (no given name of its own) carries an
 * office the title list lacks. One person, shown by the name without it.
 */
function joinTitled(nodes: Node[], union: (a: number, b: number) => void): Map<number, string> {
  const untitled = new Map<number, string>();
  const people = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.local.type === 'person' && n.words >= 2 && !people.has(n.key)) people.set(n.key, i);
  });
  nodes.forEach((n, i) => {
    if (n.local.type !== 'person' || n.words < 3) return;
    const [first, ...rest] = n.local.name.split(/\s+/);
    const other = people.get(nameKey(rest.join(' ')));
    if (other === undefined || !/^\p{Lu}/u.test(first) || givenNameGender(first) !== null) return;
    union(i, other);
    untitled.set(i, rest.join(' '));
  });
  return untitled;
}

/**
 * How much an article's type for an entity counts in the corpus's vote. An article types a name of
 * two or three words a person when nothing else shows (no given name, no title, no place or
 * institution word): that default counts a quarter of a type some evidence gave.
 */
function typeWeight(local: EntityName): number {
  if (local.type !== 'person') return 1;
  const first = local.name.split(/\s+/)[0];
  const titled = local.aliases.some((a) => a !== local.name && TITLE_WORDS.has(a.split(/\s+/)[0].toLowerCase().replace(/\.$/, '')));
  return titled || givenNameGender(first) !== null ? 1 : 0.25;
}

/** Persons, and everything else, are matched only within their family: a person is never a place. */
function typeFamily(type: EntityType): string {
  return type === 'person' ? 'person' : 'thing';
}

function makeShape(local: EntityName, first: number): Shape {
  const key = nameKey(local.name);
  const nameKeyWords = key.split(' ');
  const strong = new Set<string>([nameKey(local.name)]);
  for (const alias of local.aliases) {
    const words = alias.split(/\s+/);
    // "General Haug" repeats the untitled form, which is an alias too.
    if (words.length > 1 && TITLE_WORDS.has(words[0].toLowerCase().replace(/\.$/, ''))) continue;
    const key = nameKey(alias);
    const surnameOnly = local.type === 'person' && key.split(' ').length === 1 && nameKeyWords.length > 1;
    if (key && !surnameOnly) {
      strong.add(key);
      // The same name romanised in another language's letters (Tarazhin/Tarajine/Taraschin):
      // a full name's sound key, or a single name's of five letters or more, not an acronym's.
      const sound = soundKey(alias);
      if (!isAcronym(alias) && (sound.includes(' ') || sound.length >= 5)) strong.add(`~${sound}`);
    }
    // "Черное море" in one article and "в Черном море" in another: one name in two cases.
    for (const cased of declensionKeys(alias)) strong.add(`case:${cased}`);
  }
  // A name of two words or more written alike is one entity whatever type each article gave it
  // ("Adis Abeba" a person where no preposition showed the place): the type is voted later.
  const tagged = [...strong].map((k) => (k.includes(' ') && k.length >= 8 ? `any|${k}` : `${typeFamily(local.type)}|${k}`));
  const curated = local.aliases.map((a) => curatedGroup(a)).find((g) => g !== null);
  if (curated) tagged.push(`curated|${curated.preferred}`);
  const words = nameWords(local.name);
  return {
    tagged,
    shortKey: local.type === 'person' ? soundToken(words[words.length - 1] ?? '') : coreKey(local.name),
    words: nameKeyWords.length,
    key,
    sound: soundKey(local.name),
    first,
    weight: typeWeight(local),
  };
}

/** Full names that are transliteration or spelling variants of one another ("Dmitry"/"Dmitri"). */
function mergeVariants(nodes: Node[], union: (a: number, b: number) => void): void {
  // Compared by distinct key only: a name repeated in a thousand articles is one comparison.
  const bySurname = new Map<string, Map<string, number>>();
  const singles = new Map<string, Map<string, number>>();
  nodes.forEach((n, i) => {
    const key = n.key;
    if (n.words >= 2) {
      const group = `${typeFamily(n.local.type)}|${n.shortKey}`;
      if (!bySurname.has(group)) bySurname.set(group, new Map());
      const keys = bySurname.get(group)!;
      if (!keys.has(key)) keys.set(key, i);
    } else if (n.local.type !== 'person' && key.length >= 6) {
      // Bucketed by first letter and length: variants differ by one edit.
      const bucket = `${key[0]}|${key.length}`;
      if (!singles.has(bucket)) singles.set(bucket, new Map());
      const keys = singles.get(bucket)!;
      if (!keys.has(key)) keys.set(key, i);
    }
  });
  for (const keys of bySurname.values()) {
    const own = [...keys];
    compareAll(own, own, union);
  }
  // "Anton Rusak" in one article, "Anton Pavel Rusak" or "Marcos Inácio" and "Tavo da Lima" beside
  // "Marcos Inácio Tavo da Lima" in others, each in its own letters.
  const bySound = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.local.type === 'person' && n.words >= 2 && !bySound.has(n.sound)) bySound.set(n.sound, i);
  });
  for (const [short, long] of middleNamePairs(bySound.keys())) union(bySound.get(short)!, bySound.get(long)!);
  for (const [bucket, keys] of singles) {
    const [first, length] = bucket.split('|');
    const own = [...keys];
    compareAll(own, own, union);
    const longer = singles.get(`${first}|${Number(length) + 1}`);
    if (longer) compareAll(own, [...longer], union);
  }
}

/** One person romanised two ways in two outlets' articles of one story (see romanised.ts). */
function joinRomanised(nodes: Node[], find: (i: number) => number, union: (a: number, b: number) => void): void {
  const people: PersonName[] = [];
  nodes.forEach((n, i) => {
    if (n.local.type === 'person' && n.words >= 2) people.push({ index: i, article: n.article, words: n.sound.split(' ') });
  });
  let byArticle: Map<string, number[]> | null = null;
  const seen = new Map<string, Set<number>>();
  const namesOf = (article: string): Set<number> => {
    if (!byArticle) {
      byArticle = new Map();
      nodes.forEach((n, i) => (byArticle!.get(n.article) ?? byArticle!.set(n.article, []).get(n.article)!).push(i));
    }
    let names = seen.get(article);
    if (!names) seen.set(article, (names = new Set((byArticle.get(article) ?? []).map(find))));
    return names;
  };
  for (const [a, b] of romanisedPairs(people, namesOf, find)) union(a, b);
}

function compareAll(a: [string, number][], b: [string, number][], union: (x: number, y: number) => void): void {
  for (const [ka, ia] of a) {
    for (const [kb, ib] of b) {
      if (a === b && ia >= ib) continue;
      if (spellingVariants(ka, kb) || givenNameVariants(ka, kb)) union(ia, ib);
    }
  }
}

/** Same surname, given names one letter apart ("Pavel"/"Paval", "Khaled"/"Khalid"). */
function givenNameVariants(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== 2 || wb.length !== 2 || wa[1] !== wb[1]) return false;
  const [ga, gb] = [wa[0], wb[0]];
  return ga.length >= 5 && gb.length >= 5 && ga[0] === gb[0] && editDistance(ga, gb, 1) <= 1;
}

/**
 * An entity known only by a short form in some article ("Orlov", "Amal", "UN") joins the one
 * cluster whose full name it shortens; when several distinct clusters fit, it stays apart.
 */
function attachShortForms(nodes: Node[], find: (i: number) => number, union: (a: number, b: number) => void): void {
  const fullBySurname = new Map<string, Set<number>>();
  const fullByCore = new Map<string, Set<number>>();
  const fullByInitials = new Map<string, Set<number>>();
  nodes.forEach((n, i) => {
    if (n.words < 2) return;
    const add = (m: Map<string, Set<number>>, k: string) => {
      if (!m.has(k)) m.set(k, new Set());
      m.get(k)!.add(i);
    };
    if (n.local.type === 'person') {
      add(fullBySurname, n.shortKey);
      // "Tavo" for "Marcos Inácio Tavo da Lima": a long name is also called by an inner word.
      const words = n.sound.split(' ');
      for (let w = 1; w < words.length - 1; w++) if (words[w].length > 3) add(fullBySurname, words[w]);
    }
    else {
      if (n.shortKey) add(fullByCore, n.shortKey);
      add(fullByInitials, initials(n.local.name));
    }
  });
  nodes.forEach((n, i) => {
    if (n.words !== 1) return;
    const { key, sound } = n;
    const acronym = isAcronym(n.local.name.replace(/\./g, ''));
    const pool =
      acronym && n.local.type !== 'person'
        ? fullByInitials.get(n.local.name.replace(/\./g, ''))
        : n.local.type === 'person' || n.local.type === 'other'
          ? fullBySurname.get(sound) ?? (n.local.type === 'other' ? fullByCore.get(key) : undefined)
          : fullByCore.get(key);
    if (!pool) return;
    const clusters = new Set([...pool].map(find));
    if (clusters.size === 1) union(i, [...pool][0]);
    else if (n.local.type !== 'organization' && n.local.type !== 'place') {
      // "Varela" beside "Tomas Varela" and a stray "Varela Varela": the one full name led by a
      // known given name is the person the surname stands for.
      const named = [...pool].filter((k) => nodes[k].local.type === 'person' && givenNameGender(nodes[k].local.name.split(/\s+/)[0]) !== null);
      if (named.length > 0 && new Set(named.map(find)).size === 1) union(i, named[0]);
    }
  });
}

function buildResult(nodes: Node[], find: (i: number) => number, untitled: Map<number, string>): EntityResolution {
  const clusters = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(i);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(i);
  });
  // Article -> written name -> canonical name: nested maps, as a key joined from the two cost
  // more than the resolution itself at 20,000 articles.
  const canonicalOf = new Map<string, Map<string, string>>();
  const drafts = [...clusters.values()].map((members) => {
    const forms: string[] = [];
    const weights: number[] = [];
    const aliases = new Set<string>();
    const typeVotes = new Map<EntityType, number>();
    let mentions = 0;
    // A shape's aliases are added once: they are the same in every article writing it.
    const shapes = new Set<number>();
    for (const i of members) {
      const { local, first, weight } = nodes[i];
      forms.push(untitled.get(i) ?? local.name);
      weights.push(local.mentions);
      if (!shapes.has(first)) {
        shapes.add(first);
        for (const a of local.aliases) aliases.add(a);
      }
      mentions += local.mentions;
      typeVotes.set(local.type, (typeVotes.get(local.type) ?? 0) + local.mentions * weight);
    }
    const name = preferredName(forms, weights);
    for (const i of members) {
      const { article, local } = nodes[i];
      const names = canonicalOf.get(article) ?? canonicalOf.set(article, new Map()).get(article)!;
      names.set(local.name, name);
    }
    const type = [...typeVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).find(([t]) => t !== 'other')?.[0] ?? 'other';
    return { name, type, aliases: [...aliases].sort(), mentions };
  });
  drafts.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const used = new Map<string, number>();
  const entities: Entity[] = drafts.map((d) => {
    const slug = translitToken(d.name.replace(/\s+/g, '-')) || 'entity';
    const base = `${d.type}:${nameWords(d.name).join('-').toLowerCase() || slug}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}~${n}`, ...d };
  });

  // Only the names resolution changes are kept (the last mapping of a name, as before, decides).
  for (const [article, names] of canonicalOf) {
    for (const [written, canonical] of names) if (written === canonical) names.delete(written);
    if (!names.size) canonicalOf.delete(article);
  }
  return { entities, renames: canonicalOf };
}

/** An article's quotes, figures and attributions with the corpus's canonical names. */
export function resolveRecords(
  ex: Pick<ArticleExtraction, 'article' | 'quotes' | 'figures' | 'attributions'>,
  renames: EntityResolution['renames'],
): Omit<CorpusResolution, 'entities'> {
  const rename = canonicalIn(renames, ex.article);
  // A record whose name stays as written is the extraction's own (never changed after this):
  // copies of every one held 31 MB more at 20,000 articles (twenty attributions an article).
  return {
    quotes: ex.quotes.map((q) => {
      const speaker = rename(q.speaker);
      return speaker === q.speaker ? q : { ...q, speaker };
    }),
    figures: ex.figures.map((f) => {
      const place = rename(f.place);
      return place === f.place ? f : { ...f, place };
    }),
    attributions: ex.attributions.map((a) => {
      const source = rename(a.source);
      return source === a.source ? a : { ...a, source };
    }),
  };
}

/** Canonical corpus name: curated preferred names win among organisations, else the most complete, most frequent form. */
function preferredName(forms: string[], weights: number[]): string {
  const curated = forms.map((f) => curatedGroup(f)?.preferred).find((p) => p !== undefined);
  if (curated && forms.some((f) => nameKey(f) === nameKey(curated))) return curated;
  // One person written in several scripts ("Alexei Navalny", "Alexej Nawalny", "Алексей Навальный")
  // is shown in the script most of the corpus's mentions use: Latin spellings vary by language and
  // split their count, yet together they are what most readers of the corpus read.
  const byScript = new Map<string, number>();
  forms.forEach((f, i) => byScript.set(scriptOf(f), (byScript.get(scriptOf(f)) ?? 0) + weights[i]));
  if (byScript.size > 1) {
    const top = [...byScript].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    const keep = forms.map((f) => scriptOf(f) === top);
    forms = forms.filter((_, i) => keep[i]);
    weights = weights.filter((_, i) => keep[i]);
  }
  return canonicalForm(nominativeForms(forms), weights);
}

