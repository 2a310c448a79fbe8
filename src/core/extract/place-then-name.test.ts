// A country's name in the article's language right before a given name opening a person's name
// ("la Première ministre de Nouvelle-Zélande Anna Kellor") is two names side by side, so the
// person is found and speaks. Country names come from the platform's region names. Invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers } from '../../testing/speaker-cases.js';
import { extractArticle } from './index.js';

const names = (language: string, body: string) =>
  extractArticle({ id: 'a1', source: 'a1', outlet: null, url: null, headline: null, published: null, language, body, original: body }).entities.map((e) => [e.name, e.type]);

describe('a country name before a person name', () => {
  it.each([
    ['fr', "La Première ministre de Nouvelle-Zélande Anna Kellor a déclaré vendredi que son pays vivait une journée sombre.", 'Nouvelle-Zélande', 'Anna Kellor'],
    ['de', 'Die Regierungschefin von Neuseeland Anna Kellor sprach am Freitag von einem dunklen Tag.', 'Neuseeland', 'Anna Kellor'],
    ['it', 'Il primo ministro del Belgio Thomas Verhoek ha parlato di un giorno nero.', 'Belgio', 'Thomas Verhoek'],
  ])('%s: %s', (language, body, place, person) => {
    const found = names(language, body);
    expect(found).toContainEqual([person, 'person']);
    expect(found.some(([n]) => n === place)).toBe(true);
  });

  it('gives the quote to the person, not to a merged name', () => {
    expectSpeakers('fr', "La Première ministre de Nouvelle-Zélande Anna Kellor a déclaré vendredi que son pays vivait une journée sombre. \"Clairement, ce qui s'est passé est un acte de violence sans précédent\", a-t-elle dit dans un discours.", [['Clairement, ce qui', 'Anna Kellor']]);
  });

  it('keeps a name whose first word is a place but no given name follows', () => {
    expect(names('en', 'The New Zealand Herald reported the figures on Friday.').some(([n]) => n === 'New Zealand Herald')).toBe(true);
  });
});
