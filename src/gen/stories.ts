// The story model: who and what a generated story is about. Articles of one story share its
// topic words, people (under varying aliases), organisations, places, quotes and figures.
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

export interface GeneratedPerson {
  /** Canonical name: "First Last". */
  name: string;
  /** Every way articles refer to the person (canonical first). */
  aliases: string[];
  role: string;
  country: string;
}

export interface GeneratedOrg {
  name: string;
  aliases: string[];
}

export interface StoryQuote {
  /** Index within the story: the same statement across outlets shares it. */
  index: number;
  speaker: GeneratedPerson;
  text: string;
  /** The same statement as a second outlet's translation renders it. */
  translation: string;
}

export interface StoryFigure {
  value: number;
  counts: string;
  place: string;
}

export interface StoryModel {
  id: string;
  title: string;
  topic: string[];
  country: string;
  people: GeneratedPerson[];
  orgs: GeneratedOrg[];
  places: string[];
  /** First and last day articles of the story are published (YYYY-MM-DD). */
  window: [string, string];
  quotes: StoryQuote[];
  figures: StoryFigure[];
}

const capital = (w: string): string => w[0].toUpperCase() + w.slice(1);

/** A population of people shared by all stories, so the same person recurs across stories. */
export function createPeople(rng: Random, count: number): GeneratedPerson[] {
  const people: GeneratedPerson[] = [];
  const used = new Set<string>();
  while (people.length < count) {
    const first = rng.pick(V.firstNames);
    const last = rng.pick(V.surnames);
    const name = `${first} ${last}`;
    if (used.has(name)) {
      if (used.size >= V.firstNames.length * V.surnames.length * 0.9) break;
      continue;
    }
    used.add(name);
    const role = rng.pick(V.roles);
    const country = rng.pick(V.countries);
    const aliases = [name, last, `${capital(role)} ${last}`, `${country}'s ${role} ${name}`];
    const variant = V.spellingVariants[first];
    if (variant) aliases.push(`${variant} ${last}`);
    people.push({ name, aliases, role, country });
  }
  return people;
}

function createOrg(rng: Random, country: string): GeneratedOrg {
  const topic = rng.pick(V.orgTopics);
  const head = rng.pick(V.orgHeads);
  const name = `${country} ${topic} ${head}`;
  const acronym = `${country[0]}${topic[0]}${head[0]}`;
  return { name, aliases: [name, `${topic} ${head}`, acronym] };
}

function quoteSentence(rng: Random, topic: string[], place: string): string {
  const opener = rng.pick(V.quoteOpeners);
  const verb = rng.pick(V.quoteVerbs);
  const object = rng.pick(V.quoteObjects);
  const adjective = rng.pick(V.adjectives);
  const noun = rng.pick(topic);
  const tail = rng.pick([
    `that leaves ${rng.pick(V.countNouns)} in ${place} without help`,
    `while the ${rng.pick(V.nouns)} is still under review`,
    `and we will say so clearly to our partners`,
    `because the ${rng.pick(V.nouns)} was never about ${rng.pick(V.nouns)}`,
    `as long as the ${rng.pick(V.nouns)} in ${place} stays closed`,
  ]);
  return `${opener} ${verb} not ${object} a ${adjective} ${noun} ${tail}.`;
}

/** Rewrites text word by word with near-synonyms: a second rendering of the same statement. */
export function paraphrase(text: string, rng: Random, rate: number): string {
  return text.replace(/[A-Za-z]+/g, (w) => {
    const s = V.synonyms[w.toLowerCase()];
    if (!s || !rng.chance(rate)) return w;
    return w[0] === w[0].toUpperCase() ? capital(s) : s;
  });
}

export function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function dayOffset(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

export function createStory(rng: Random, index: number, people: GeneratedPerson[], start: string): StoryModel {
  const topic = rng.sample(V.nouns, 4);
  const country = rng.pick(V.countries);
  const storyPeople = rng.sample(people, rng.int(2, 4));
  const orgs = [createOrg(rng, country), createOrg(rng, rng.pick(V.countries))];
  const places = rng.sample(V.places, rng.int(2, 4));
  const window: [string, string] = [start, addDays(start, rng.int(1, 9))];
  const quotes: StoryQuote[] = [];
  const quoteCount = rng.int(2, 5);
  for (let q = 0; q < quoteCount; q++) {
    const parts = [quoteSentence(rng, topic, rng.pick(places))];
    if (rng.chance(0.5)) parts.push(quoteSentence(rng, topic, rng.pick(places)));
    const text = parts.join(' ');
    let translation = paraphrase(text, rng, 0.9);
    if (translation === text) translation = text.replace(/\bnot\b/, 'never');
    quotes.push({ index: q, speaker: rng.pick(storyPeople), text, translation });
  }
  const figures: StoryFigure[] = [];
  const figureCount = rng.int(1, 3);
  for (let f = 0; f < figureCount; f++) {
    figures.push({ value: rng.int(2, 90) * rng.pick([1, 5, 10, 50]), counts: rng.pick(V.countNouns), place: rng.pick(places) });
  }
  const verb = rng.pick(V.verbs);
  const title = `${orgs[0].name} ${verb[2]} ${rng.pick(V.adjectives)} ${topic[0]} in ${places[0]}`;
  return {
    id: `story-${String(index).padStart(5, '0')}`,
    title,
    topic,
    country,
    people: storyPeople,
    orgs,
    places,
    window,
    quotes,
    figures,
  };
}
