// Corpus-wide entity resolution on invented articles in several languages: one person romanised in
// each outlet's letters, or named in full, in part and by an inner name, is one entity.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.js';
import { extractArticle, resolveCorpus, resolveEntities } from './index.js';

const corpus = (articles: [string, string][]): Entity[] =>
  resolveCorpus(
    articles.map(([language, body], i) =>
      extractArticle({ id: `a${i}`, source: `a${i}`, outlet: null, url: null, headline: null, published: null, language, body, original: body }),
    ),
  ).entities;

const holding = (entities: Entity[], alias: string): Entity[] => entities.filter((e) => e.aliases.includes(alias));

describe('one person romanised per language', () => {
  const entities = corpus([
    ['en', 'Mercenary chief Yevgeny Viktorovich Tarazhin died on Tuesday, officials said. Tarazhin had led the Volkhov group.'],
    ['fr', "Le chef mercenaire Evgueni Tarajine est mort mardi. Tarajine dirigeait le groupe, tout comme son adjoint Dmitri Loupkine."],
    ['de', 'Der Söldnerchef Jewgeni Taraschin ist tot. Taraschin führte die Gruppe mit Dmitrij Lupkin.'],
    ['es', 'El jefe mercenario Yevgueni Tarazhin murió el martes, junto a Dmitri Lupkin.'],
    ['ru', 'Глава группы Евгений Таражин погиб во вторник.'],
  ]);

  it('joins the English, French, German, Spanish and Cyrillic spellings', () => {
    const people = holding(entities, 'Evgueni Tarajine');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Jewgeni Taraschin', 'Yevgueni Tarazhin', 'Евгений Таражин', 'Tarajine', 'Taraschin']));
    expect(people[0].type).toBe('person');
  });

  it('joins -ine and ou spellings of another name', () => {
    const people = holding(entities, 'Dmitri Loupkine');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Dmitrij Lupkin', 'Dmitri Lupkin']));
  });

  it('keeps people whose names differ in more than spelling apart', () => {
    const others = corpus([
      ['en', 'Yevgeny Tarazhin met Yevgeny Tarasov on Monday, aides said.'],
      ['fr', 'Evgueni Tarajine a rencontré Evgueni Tarassov lundi.'],
    ]);
    expect(holding(others, 'Yevgeny Tarazhin')).toHaveLength(1);
    expect(holding(others, 'Yevgeny Tarazhin')[0].aliases).not.toContain('Yevgeny Tarasov');
    expect(holding(others, 'Yevgeny Tarasov')[0].aliases).toContain('Evgueni Tarassov');
  });
});

describe('a Lusophone name in full, in part and by its inner name', () => {
  const entities = corpus([
    ['pt', 'O presidente eleito Marcos Inácio Tavo da Lima venceu a eleição no domingo. Tavo agradeceu aos eleitores em Recife.'],
    ['en', 'Former president Marcos Inacio Tavo da Lima won on Sunday. Tavo said the country was back.'],
    ['es', 'El presidente Marcos Inácio habló el lunes. Según Tavo Da Lima, el país volvió.'],
  ]);

  it('runs the full name on across its lowercase particle', () => {
    expect(entities.map((e) => e.name)).toContain('Marcos Inácio Tavo da Lima');
  });

  it('joins the forms without diacritics, the given names, the family names and the inner name', () => {
    const people = holding(entities, 'Marcos Inácio Tavo da Lima');
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['Marcos Inacio Tavo da Lima', 'Marcos Inácio', 'Tavo Da Lima', 'Tavo']));
    expect(entities.filter((e) => e.aliases.includes('Tavo'))).toHaveLength(1);
  });

  it('does not run a name on into a party or a country after the particle', () => {
    const names = corpus([['pt', 'O senador Jorge Ramalho do PT criticou o governo da Argentina. A visita de Ramalho de Portugal foi adiada.']]).map((e) => e.name);
    expect(names).not.toContain('Jorge Ramalho do PT');
    expect(names.some((n) => n.includes('de Portugal'))).toBe(false);
  });
});

describe('places typed by where they stand', () => {
  it('types a capitalised dateline a place, in Latin and Cyrillic letters, not a wire credit', () => {
    const entities = corpus([
      ['pt', 'SANTO ALVORADO (Reuters) - O candidato Marcos Tavo venceu no domingo.\n\nAFP - O resultado saiu à noite.'],
      ['ru', 'ВЕЛЬСК, 23 августа — Самолет упал под городом.'],
      ['en', 'NOVA TERRA - Voters queued for hours.\n\nMAXO, the new model, sold well.'],
    ]);
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    expect(typeOf('SANTO ALVORADO')).toBe('place');
    expect(typeOf('ВЕЛЬСК')).toBe('place');
    expect(typeOf('NOVA TERRA')).toBe('place');
    expect(typeOf('AFP')).not.toBe('place');
    expect(typeOf('MAXO')).not.toBe('place');
  });

  it('gives a city that one article took for a person the type the others show', () => {
    const entities = corpus([
      ['es', 'El vuelo salió de Adis Tebra hacia Narobe. La aerolínea confirmó el accidente en Adis Tebra.'],
      ['fr', "L'avion a quitté Adis Tebra dimanche matin."],
      ['pt', 'O voo caiu perto de Bishana, a sudeste de Adis Tebra, disse a companhia em Adis Tebra.'],
      ['en', 'The flight from Adis Tebra crashed. Relatives gathered in Adis Tebra on Monday.'],
    ]);
    const city = entities.filter((e) => e.aliases.includes('Adis Tebra'));
    expect(city).toHaveLength(1);
    expect(city[0].type).toBe('place');
  });

  it('keeps a person named like nothing else a person', () => {
    const entities = corpus([['en', 'President Marta Ovila spoke in Adis Tebra. Ovila said the talks went well.']]);
    expect(entities.find((e) => e.name === 'Marta Ovila')?.type).toBe('person');
    expect(entities.find((e) => e.name === 'Adis Tebra')?.type).toBe('place');
  });
});

describe('one person romanised two ways by two outlets of one story', () => {
  const story = (a: string, b: string) =>
    corpus([
      ['en', `Governor Chaiwat ${a} said the divers reached the boys in Orvin Cave near Velmar. Rescuers at Orvin Cave worked all night.`],
      ['en', `Rescue chief Chaiwat ${b} told reporters in Velmar that Orvin Cave was flooding again.`],
    ]);

  it.each([
    ['Morapanit', 'Morupanit'],
    ['Kanuthai', 'Ganuthai'],
  ])('joins %s and %s: one given name, a vowel or a voicing twin apart, the same places', (a, b) => {
    const people = story(a, b).filter((e) => e.aliases.includes(`Chaiwat ${a}`));
    expect(people).toHaveLength(1);
    expect(people[0].aliases).toContain(`Chaiwat ${b}`);
  });

  it('keeps two people with similar surnames apart: in other stories, or letters apart that no romanisation confuses', () => {
    const elsewhere = corpus([['en', 'Dana Kellor opened a bakery in Northshire.'], ['en', 'Dana Keller won the chess final in Brenholt.']]);
    expect(holding(elsewhere, 'Dana Kellor')[0].aliases).not.toContain('Dana Keller');
    for (const [a, b] of [['Morapanit', 'Morapanim'], ['Hansaweth', 'Jansaweth'], ['Kanuthai', 'Kanuthaim']]) {
      expect(holding(story(a, b), `Chaiwat ${a}`)[0].aliases).not.toContain(`Chaiwat ${b}`);
    }
  });
});

describe('a longer name is no variant of a place it holds after a connector', () => {
  it('keeps "La Vega" apart from a prize "de la Vega" an article took for a person', () => {
    const entities = resolveEntities([
      { article: 'a', entities: [{ name: 'Orvin de la Vega', type: 'person', aliases: ['Orvin de la Vega'], mentions: 1 }] },
      { article: 'b', entities: [{ name: 'La Vega', type: 'person', aliases: ['La Vega'], mentions: 1 }] },
    ]).entities;
    expect(entities).toHaveLength(2);
  });

  it('still joins a long name to its tail without a connector before it ("Tavo da Lima")', () => {
    const entities = resolveEntities([
      { article: 'a', entities: [{ name: 'Marcos Inácio Tavo da Lima', type: 'person', aliases: ['Marcos Inácio Tavo da Lima'], mentions: 1 }] },
      { article: 'b', entities: [{ name: 'Tavo da Lima', type: 'person', aliases: ['Tavo da Lima'], mentions: 1 }] },
    ]).entities;
    expect(entities).toHaveLength(1);
  });
});

describe('a surname alone among several full names', () => {
  it('goes to the one full name led by a given name, not to a stray run of capitals', () => {
    const entities = resolveEntities([
      { article: 'a', entities: [{ name: 'Tomas Varela', type: 'person', aliases: ['Tomas Varela', 'Varela'], mentions: 3 }] },
      { article: 'b', entities: [{ name: 'Varela Varela', type: 'person', aliases: ['Varela Varela'], mentions: 1 }] },
      { article: 'c', entities: [{ name: 'Varela', type: 'other', aliases: ['Varela'], mentions: 4 }] },
    ]).entities;
    expect(entities.find((e) => e.name === 'Tomas Varela')?.aliases).toContain('Varela');
    expect(entities.some((e) => e.name === 'Varela')).toBe(false);
  });
});

describe('the script a person is shown in', () => {
  const named = (entities: Entity[], name: string) => entities.filter((e) => e.name === name || e.aliases.includes(name));
  it('is the one most mentions are written in, though each Latin spelling alone is rarer than the Cyrillic one', () => {
    const entities = corpus([
      ['ru', 'Политик Тимур Велмаров почувствовал себя плохо на борту самолета.'],
      ['ru', 'Тимур Велмаров без сознания, сообщили врачи.'],
      ['ru', 'Врачи не разрешают перевезти Тимура Велмарова, заявил Тимур Велмаров-младший.'],
      ['en', 'Opposition politician Timur Velmarov fell ill on a flight on Thursday.'],
      ['en', 'Timur Velmarov remains in a coma, his spokeswoman said.'],
      ['de', 'Der Oppositionspolitiker Timur Welmarow ist im Krankenhaus.'],
      ['de', 'Timur Welmarow liegt im Koma, sagte seine Sprecherin.'],
      ['fr', "L'opposant Timour Velmarov a été hospitalisé jeudi."],
    ]);
    const people = named(entities, 'Тимур Велмаров');
    expect(people).toHaveLength(1);
    expect(people[0].name).toMatch(/^\p{Script=Latin}/u);
  });

  it('stays Cyrillic when most mentions are', () => {
    const entities = corpus([
      ['ru', 'Политик Тимур Велмаров почувствовал себя плохо.'],
      ['ru', 'Тимур Велмаров без сознания, сообщили врачи.'],
      ['en', 'Opposition politician Timur Velmarov fell ill on a flight on Thursday.'],
    ]);
    const people = named(entities, 'Тимур Велмаров');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Тимур Велмаров');
  });
});
