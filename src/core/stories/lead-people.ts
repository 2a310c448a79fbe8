// The people an article's opening sentence names in full: the actors of the event it reports. A
// report of another event about the same people or places (the same victims months later, a new
// spokesman on the suspects) names its own actor there, one no report of the story names; another
// report of the story's event names the story's actors (see peel.ts). Only what the text alone
// gives: the cross-language keys of each name's words (cross.ts), so a name meets itself in
// another script.
import type { ArticleExtraction } from '../types.js';
import { givenNameGender } from '../extract/index.js';
import { crossNameKey } from './cross.js';

// Names that are no actor of the event: the photographer a caption credits ("Picture by X",
// "Photo: X", "Crédit photo : X", "Fotografía de X"), the correspondent who files the report ("our
// correspondent X reports", "наш спецкор X передает", "notre envoyée spéciale X"), and a name used
// as a modifier after an indefinite article ("an X Y recovery vehicle", "un X Y camion"): a firm's, a brand's.
const NOT_ACTOR =
  /(?:\b(?:picture|photo(?:graph)?|image|foto(?:grafía|grafia)?|bild|cr[ée]dits?(?: photo)?)\s*(?:by|de|von|par|di)?\s*:?|(?<!\p{L})(?:correspondents?|reporters?|корреспондент\p{L}*|спецкор\p{L}*|corresponsal(?:es)?|correspondant(?:e|es|s)?|envoyée?s? spéciale?s?|inviat[oa]|korrespondent(?:in)?|reporter(?:in)?|repórter|correspondente)|(?:^|\s)(?:a|an|un|une|una|uno|um|uma|ein|eine|einen|einem|einer))\s*$/iu;

/**
 * For each person the opening sentence names in full (a known given name and a surname at least),
 * the cross-language keys of the name's words; empty when it names none. The given name is what
 * tells a person from the names extraction types as one by their shape alone (a convention, a
 * cup, a region written in two capitalised words); it also leaves out names in scripts that write
 * no short vowels, whose romanisation would not meet the name's Latin spelling ("غريتا" and
 * "Greta"). A name a picture credit gives (the photographer) is no actor. A name with a word too short to key ("Wu") is left out: nothing could show it
 * absent from a story.
 */
export function leadPeople(extraction: Pick<ArticleExtraction, 'sentences' | 'entities'>, body: string): string[][] {
  const first = extraction.sentences[0];
  if (!first) return [];
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const entity of extraction.entities) {
    if (entity.type !== 'person') continue;
    if (!entity.mentions.some((m) => m.span[0] >= first[0] && m.span[0] < first[1] && !NOT_ACTOR.test(body.slice(Math.max(0, m.span[0] - 40), m.span[0])))) continue;
    const words = entity.name.split(/\s+/).filter(Boolean);
    if (words.length < 2 || givenNameGender(words[0]) === null) continue;
    const keys = words.map(crossNameKey);
    if (keys.some((k) => k === null)) continue;
    const id = keys.join(' ');
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(keys as string[]);
  }
  return out;
}
