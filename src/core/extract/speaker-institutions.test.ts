// Speakers beside institutions, on invented German and French court and palace reports: an
// institution noun in the genitive is no person, a name apposed after an office may carry an
// honorific, an office repeated later is its holder, and an institution or an impersonal passive
// after the verb is no earlier speaker going on.
import { describe, expect, it } from 'vitest';
import { extractArticle, resolveCorpus } from './index.js';

function read(language: string, body: string) {
  const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
  const types = new Map(ex.entities.map((e) => [e.name, e.type]));
  const quotes = resolveCorpus([ex]).quotes.map((q) => [q.text, q.speaker] as [string, string | null]);
  const speakerOf = (words: string) => {
    const q = quotes.find(([text]) => text.includes(words));
    expect(q, `${words} in ${JSON.stringify(quotes)}`).toBeDefined();
    return q![1];
  };
  return { types, speakerOf };
}

describe('German: the genitive of an institution noun, and the name apposed to an office', () => {
  const body =
    'Im Streit um die Zwangspause des Parlaments hat das Oberste Gericht in Northshire entschieden. "Die Entscheidung war rechtswidrig", verkündete die Vorsitzende des Obersten Gerichtshofs, Baronin Dana Kellor, das Urteil am Dienstag. Tomas Verhoek, Präsident des Obersten Gerichtshofs: "Das Parlament wurde nicht ordnungsgemäß vertagt." "Es gab keinen Grund", begründete die Präsidentin des Gerichts, Lady Kellor, den Beschluss.';
  const { types, speakerOf } = read('de', body);

  it('types "Gerichtshofs" and "Gerichts" as institutions, never persons', () => {
    expect(types.get('Obersten Gerichtshofs')).toBe('organization');
    expect(types.get('Gerichts')).toBe('organization');
    expect(types.get('Dana Kellor')).toBe('person');
    expect(types.get('Tomas Verhoek')).toBe('person');
  });

  it('gives each quote the person named, past an honorific and an apposition', () => {
    expect(speakerOf('Die Entscheidung war rechtswidrig')).toBe('Dana Kellor');
    expect(speakerOf('Das Parlament wurde nicht')).toBe('Tomas Verhoek');
    expect(speakerOf('Es gab keinen Grund')).toBe('Dana Kellor');
  });

  it('resolves an office repeated later to the person it was apposed to', () => {
    const later = read(
      'de',
      'Die Präsidentin des Bundesverfassungsgerichts, Dana Kellor, eröffnete die Sitzung. Der Anwalt der Regierung, Tomas Verhoek, sprach danach. „Die Entscheidung ist endgültig“, sagte die Präsidentin des Gerichts. „Wir prüfen das Urteil“, sagte Verhoek.',
    );
    expect(later.types.get('Bundesverfassungsgerichts')).toBe('organization');
    expect(later.speakerOf('Die Entscheidung ist endgültig')).toBe('Dana Kellor');
    expect(later.speakerOf('Wir prüfen das Urteil')).toBe('Tomas Verhoek');
  });
});

describe('German and French: an honorific before the apposed name, a name opening the sentence before a colon', () => {
  it.each<[string, string, [string, string | null][], [string, string][]]>([
    ['de', '"Das war ein Fehler", sagte die Leiterin des Instituts, Dr. Dana Kellor, am Montag. Tomas Verhoek, der Sprecher von Jan Kessler: "Das ist falsch."', [['Das war ein Fehler', 'Dana Kellor'], ['Das ist falsch', 'Tomas Verhoek']], [['Instituts', 'organization']]],
    ['de', 'Die Ministerin sprach. "Das war ein Fehler", sagte Tony Banks am Montag.', [['Das war ein Fehler', 'Tony Banks']], [['Tony Banks', 'person']]],
    ['fr', "« C'est une erreur », a déclaré la présidente de la Cour, Dame Dana Kellor. « Rien n'est fait », a-t-il été précisé. « Nous verrons », a répondu Tomas Verhoek.", [["C'est une erreur", 'Dana Kellor'], ["Rien n'est fait", null], ['Nous verrons', 'Tomas Verhoek']], [['Cour', 'organization']]],
  ])('%s: %s', (language, body, speakers, types) => {
    const got = read(language, body);
    for (const [words, speaker] of speakers) expect(got.speakerOf(words), words).toBe(speaker);
    for (const [name, type] of types) expect(got.types.get(name), name).toBe(type);
  });
});

describe("French: a statement of an institution written as a common noun after the verb", () => {
  it('is no earlier institution whose name lacks that noun, but one whose name holds it', () => {
    const palace = read('fr', "Le Royaume-Uni a confirmé mardi la mort de la reine de Velmar. « Nous sommes profondément attristés », a annoncé le palais dans un communiqué.");
    expect(palace.speakerOf('Nous sommes profondément')).toBeNull();
    const ministry = read('fr', "Le ministère de la Santé a confirmé mardi le bilan. « Les secours restent mobilisés », a annoncé le ministère dans un communiqué.");
    expect(ministry.speakerOf('Les secours restent')).toBe('ministère de la Santé');
  });
});

describe('French: an institution after the verb, an impersonal passive, hyphenated countries', () => {
  const body =
    "Le Royaume-Uni a confirmé mardi la mort de la reine de Velmar. « Nous sommes profondément attristés », a annoncé le palais de Kessa dans un communiqué. La Nouvelle-Zélande a décrété un deuil national. « C'est un jour sombre pour le pays », était-il indiqué dans le texte publié par le gouvernement.";
  const { types, speakerOf } = read('fr', body);

  it('keeps a hyphenated country whole and reads the palace as an institution', () => {
    expect(types.get('Royaume-Uni')).toBe('place');
    expect(types.get('Nouvelle-Zélande')).toBe('place');
    expect(types.has('Uni')).toBe(false);
    expect(types.has('Zélande')).toBe(false);
    expect(types.get('palais de Kessa')).toBe('organization');
  });

  it('gives the statement to the palace, and the impersonal passive to no one named', () => {
    expect(speakerOf('Nous sommes profondément attristés')).toBe('palais de Kessa');
    expect(speakerOf("C'est un jour sombre")).toBeNull();
  });

  it('keeps a country compound whole after "au" and "en", and mid-sentence', () => {
    const { types: t } = read('fr', "Le gouvernement au Royaume-Uni a réagi lundi. Il vit en Nouvelle-Zélande depuis dix ans. Hier, Royaume-Uni et Nouvelle-Zélande ont signé l'accord.");
    expect([...t.keys()].sort()).toEqual(['Nouvelle-Zélande', 'Royaume-Uni']);
  });

  it("resolves 'la présidente de la Cour' to the president named earlier, not the person named since", () => {
    const { speakerOf: s } = read(
      'fr',
      "La présidente de la Cour suprême, Dana Kellor, a ouvert l'audience lundi. L'avocat de la défense, Tomas Verhoek, a plaidé longuement devant les juges. « La décision est définitive », a déclaré la présidente de la Cour. « Nous ferons appel », a répondu Tomas Verhoek.",
    );
    expect(s('La décision est définitive')).toBe('Dana Kellor');
    expect(s('Nous ferons appel')).toBe('Tomas Verhoek');
  });
});
