import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';
import { isDisputed } from './lexicon.js';

const modes = (body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: null, body, original: body }).attributions.map(
    (a) => [a.mode, a.source],
  );

describe('sentence attribution', () => {
  it('tells asserted, attributed, hedged and disputed sentences apart', () => {
    const body = [
      'The bridge closed on Monday.',
      'Governor Lina Sorel said the repairs would take a month.',
      'The contractor allegedly skipped two inspections.',
      'The contractor denied any wrongdoing.',
      'Officials have not responded to requests for comment.',
      'Traffic, according to the police, has doubled.',
    ].join(' ');
    expect(modes(body)).toEqual([
      ['asserted', null],
      ['attributed', 'Lina Sorel'],
      ['hedged', null],
      ['disputed', 'The contractor'],
      ['disputed', 'Officials'],
      ['attributed', 'the police'],
    ]);
  });

  it('reads a figure or a statement disputed by someone as disputed, in English, French, Spanish and German', () => {
    const disputed = [
      'The toll, disputed by residents, stood at 16 on Thursday.',
      'The coastguard put the toll at 16, a toll that residents dispute.',
      'The figure of 16, contested by the opposition, was given on Thursday.',
      'The coastguard gave a toll of 16, a number challenged by the union.',
      'Le bilan de 16 morts, contesté par les habitants, a été donné jeudi.',
      "Les garde-côtes ont donné un bilan de 16 morts, un chiffre que l'opposition conteste.",
      'La cifra de 16 muertos, cuestionada por los vecinos, se dio el jueves.',
      'El balance de 16 muertos fue contestado por la oposición.',
      'Die Zahl von 16 Toten, die Anwohner bestreiten, nannte die Küstenwache am Donnerstag.',
      'Die Zahl von 16 Toten wird von der Opposition angezweifelt.',
    ];
    for (const sentence of disputed) expect([sentence, modes(sentence)[0][0]]).toEqual([sentence, 'disputed']);
  });

  it('reads every form of denial and dispute it knows as disputed, whatever its case', () => {
    const sentences = [
      'The ministry has not yet responded to questions.',
      'Kessport Ferries did not immediately comment.',
      'A spokesman declined to comment.',
      'The company DENIED the report.',
      'Officials rejected these allegations on Friday.',
      'The mayor dismissed the account as gossip.',
      'The union refuted it.',
      'There was no evidence of sabotage.',
      'He spoke of sabotage without providing evidence.',
      'The footage could not be independently verified.',
      'Officials called the report baseless.',
      'The rumours are unfounded, the port said.',
      'Residents questioned by reporters said little.',
      'Residents dispute the figure.',
      'The union is contesting the official toll.',
      'The toll remains hotly contested.',
      'The disputed figures were published on Friday.',
      'La version a été démentie par le ministère.',
      'Le chiffre a été mis en doute par les syndicats.',
      'Le bilan, remis en cause par les habitants, reste provisoire.',
      "C'est un bilan qu'il conteste.",
      'La cifra fue puesta en duda por los vecinos.',
      'La versión fue desmentida por el alcalde.',
      'La acusación fue rechazada por el puerto.',
      'Es una cifra que los vecinos niegan.',
      'La cifra cuestionada se publicó el viernes.',
      'Die Angaben wurden in Zweifel gezogen.',
      'Die Zahl wird von der Opposition bestritten.',
      'Die Reederei bestreitet die Darstellung.',
      'Die umstrittene Zahl nannte die Küstenwache.',
    ];
    for (const sentence of sentences) expect([sentence, isDisputed(sentence)]).toEqual([sentence, true]);
    expect(isDisputed('The ferry left Kessport at noon with 16 passengers.')).toBe(false);
  });

  it('reads "disputed territory", a labour dispute and a question of funding as no dispute', () => {
    const plain = [
      'The ferry sank near the disputed territory of Kessa on Thursday.',
      'Dockers have dubbed the dispute the long winter.',
      'The mayor said that the question of funding remained open.',
      'Le navire a coulé près du territoire contesté de Kessa.',
      'La disputa territorial sigue abierta.',
    ];
    for (const sentence of plain) expect([sentence, modes(sentence)[0][0]]).not.toEqual([sentence, 'disputed']);
  });

  it('reads a passive "called", "charged" or "observed" as the outlet\'s own account, the active as speech', () => {
    const body = [
      'The walkout was called by the ferry crews after talks broke down.',
      'The driver was charged with careless driving.',
      'A minute of silence was observed at noon.',
      'The mayor called the walkout premature.',
    ].join(' ');
    expect(modes(body).map(([mode]) => mode)).toEqual(['asserted', 'asserted', 'asserted', 'attributed']);
  });

  it('attributes a quoted sentence to its speaker even when the quote hedges', () => {
    const body = '“The army reportedly fired first,” said Lina Sorel.';
    expect(modes(body)).toEqual([['attributed', 'Lina Sorel']]);
  });
});

describe('unconfirmed and impersonal sentences', () => {
  it('hedges "has not been confirmed" and names no source for "It’s worth noting"', () => {
    const body = 'Pricing has not been confirmed yet. It’s worth noting, though, that the range is long.';
    expect(modes(body)).toEqual([
      ['hedged', null],
      ['attributed', null],
    ]);
  });
});

describe('an office holder as the source', () => {
  const extract = (body: string) =>
    extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'en', body, original: body });

  it('gives the office ("the mayor of Velmar"), never the place it is of, as the source of a statement or a quote', () => {
    const ex = extract(
      [
        'The mayor of Velmar said on Monday that the town would rebuild the bridge.',
        'The Velmar mayor said the work would cost about 4 million crowns.',
        '"We will rebuild the bridge before winter," the mayor of Velmar said at a council meeting.',
        '"The road stays shut for a week," Velmar’s police chief said.',
      ].join(' '),
    );
    expect(ex.attributions.map((a) => a.source)).toEqual(['The mayor of Velmar', 'The Velmar mayor', 'the mayor of Velmar', 'Velmar’s police chief']);
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['the mayor of Velmar', 'Velmar’s police chief']);
  });

  it('reads an unnamed member’s words as their organisation’s, a named office of it as the office holder’s', () => {
    const ex = extract('"The trucks leave at dawn," said a Harlow Logistics executive. "The depot is ours," said the Harlow Logistics chairman.');
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['Harlow Logistics', 'the Harlow Logistics chairman']);
    expect(ex.attributions.map((a) => a.source)).toEqual(['Harlow Logistics', 'the Harlow Logistics chairman']);
  });

  it('ends a subject at a verb of speech: the body that accused someone is the one that warned', () => {
    const ex = extract('The Velmar Board accused ministers of playing a “reckless game” and warned of “a summer of shortages”.');
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['Velmar Board', 'Velmar Board']);
  });

  it('still reads a spokesperson’s words as the statement of the organisation they speak for', () => {
    const ex = extract('"The depot will reopen on Friday," said a spokeswoman for the Harbour Rail Company.');
    expect(ex.quotes.map((q) => q.speaker)).toEqual(['Harbour Rail Company']);
  });
});

describe('a speech clause after a name', () => {
  it('reads ", its mayor said" as the speaker of the clause, not a role of the name before it', () => {
    const ex = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'en', body: 'Velmar will build a new bridge over the Orrin, its mayor said.', original: '' });
    expect(ex.entities.filter((e) => e.type === 'person')).toEqual([]);
    expect(ex.attributions.map((a) => a.source)).toEqual(['its mayor']);
  });
});

const sourcesIn = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).attributions.map((a) => a.source);

describe('a speaker written after the speech verb', () => {
  // Invented reports: the clause before the comma is about a country; the speaker follows the verb.
  it.each([
    ['fr', "L'Ostrie reconstruira tout, a déclaré la première ministre. La Velmarie enverra de l'aide, a déclaré le ministre Lars Holm lundi soir.", ['la première ministre', 'Lars Holm']],
    ['es', 'Ostria saldrá adelante, dijo el presidente. Velmaria enviará ayuda, dijo la ministra Ana Ruiz en Brenholt.', ['el presidente', 'Ana Ruiz']],
    ['it', "L'Ostria non si fermerà, ha detto il premier. La Velmaria aiuterà, ha detto il ministro Marco Riva ai giornalisti.", ['il premier', 'Marco Riva']],
    ['pt', 'Ostria vai reconstruir, disse o primeiro-ministro. Velmaria está pronta, afirmou a ministra Ana Costa.', ['o primeiro-ministro', 'Ana Costa']],
    ['en', 'Ostria will rebuild, said the prime minister. Velmaria will send help, said Foreign Minister Jane Arden on Monday.', ['the prime minister', 'Jane Arden']],
  ])('%s: the title holder or the person named after the title, not the place', (language, body, expected) => {
    expect(sourcesIn(language as string, body as string)).toEqual(expected);
  });

  it('keeps a subject written before the verb when the words after it are what is said', () => {
    expect(sourcesIn('en', 'Officials in Brenholt, asked about the talks, said Ostria had refused to attend.')).toEqual(['Officials in Brenholt']);
  });

  it('takes no clause of what was said for its source when a pronoun follows the verb ("…, sagt er")', () => {
    const body = 'Der Bürgermeister trat am Sonntag zurück. Die Stadt solle erfahren, wie sich die Räte gegen ihn verschworen, sagt er.';
    const x = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'de', body, original: body });
    expect(x.attributions.map((a) => a.source)).not.toContain('Die Stadt solle erfahren');
  });

  it('gives a quote a postposed office holder, not the place the office is of', () => {
    const body = "« Nous reconstruirons tout », a déclaré la Première ministre d'Ostrie.";
    const x = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'fr', body, original: body });
    expect(x.attributions.map((a) => a.source)).toEqual(['la Première ministre']);
  });
});

describe('a relay citing its source, a verb coordinated with the first', () => {
  // Invented reports: the agency relays, the source it cites without a name is the sentence's source.
  it.each([
    ['en', 'The state news agency reported, citing the public prosecutor, that the talks had degenerated into a brawl.', ['the public prosecutor']],
    ['en', 'The talks degenerated into a brawl, the state news agency Kessa reported, citing the public prosecutor.', ['the public prosecutor']],
    ['es', 'Las conversaciones degeneraron en una pelea, informó la agencia oficial Kessa, citando a la fiscalía.', ['la fiscalía']],
    ['en', 'NATO announced new patrols on Tuesday, and said the attack was a grave escalation.', ['NATO']],
  ])('%s: %s', (language, body, sources) => expect(sourcesIn(language, body)).toEqual(sources));

  it('takes no subject of the main clause after "según …," for the source cited', () => {
    expect(sourcesIn('es', 'Según la televisión pública velmaresa, el rey Tomas Verhoek ha destituido a su asesor.')).not.toContain('Tomas Verhoek');
  });
});
