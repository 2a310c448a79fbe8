// One statement across outlets and languages, decided on the quotes alone: invented statements of
// a harbour master, written as outlets render them (a middle name left out, a translation, a
// verbatim quote the extraction found no speaker for, a short partial quote in another language).
import { describe, expect, it } from 'vitest';
import type { Quote } from '../types.js';
import { groupQuotes } from './quote-groups.js';
import { AliasTable } from './terms.js';

let next = 0;
const quote = (article: string, speaker: string | null, text: string): Quote => ({ id: `q${next++}`, article, text, speaker, partial: false, span: [next * 1000, next * 1000 + text.length] });
const LANGUAGE: Record<string, string> = { en1: 'en', en2: 'en', fr: 'fr', es: 'es', pt: 'pt' };
const group = (quotes: Quote[]) =>
  groupQuotes('s', quotes, new AliasTable([]), (a) => LANGUAGE[a] ?? null).map((g) => ({ speaker: g.speaker, kind: g.kind, articles: g.quotes.map((id) => quotes.find((q) => q.id === id)!.article).sort() }));

/** Each group's versions as 'article: the statement's words', the part of the quote it takes. */
const statements = (quotes: Quote[]) =>
  groupQuotes('s', quotes, new AliasTable([]), (a) => LANGUAGE[a] ?? null).map((g) =>
    g.quotes.map((id) => {
      const q = quotes.find((x) => x.id === id)!;
      return `${q.article}: ${q.text.slice(...(g.parts?.[id] ?? []))}`;
    }).sort(),
  );

describe('quote groups across outlets and languages', () => {
  it('takes a name with and without its middle name, or spelt another way, for one speaker', () => {
    const quotes = [
      quote('en1', 'Johanna Maria Lindqvist', 'We will reopen the northern basin of Carrow to cargo ships on Thursday, after 48 hours.'),
      quote('en2', 'Johanna Lindqvist', 'We will reopen the northern basin of Carrow to cargo ships on Thursday, after 48 hours.'),
      quote('fr', 'Yohanna Lindqvist', 'Nous rouvrirons le bassin nord de Carrow aux navires jeudi, après 48 heures.'),
    ];
    expect(group(quotes)).toEqual([{ speaker: 'Johanna Maria Lindqvist', kind: 'other language', articles: ['en1', 'en2', 'fr'] }]);
  });

  it('matches a translation by its cognates, one version per article', () => {
    const quotes = [
      quote('en1', 'Pavel Rusnak', 'I present my resignation as director of the port with immediate effect, for personal reasons.'),
      quote('en1', 'Pavel Rusnak', 'The cranes were never safe.'),
      quote('fr', 'Pavel Rusnak', 'Je présente ma démission de directeur du port avec effet immédiat, pour des raisons personnelles.'),
      quote('es', 'Pavel Rusnak', 'Presento mi renuncia como director del puerto con efecto inmediato, por razones personales.'),
      quote('pt', 'Pavel Rusnak', 'Os guindastes nunca foram seguros.'),
    ];
    expect(group(quotes)).toEqual([{ speaker: 'Pavel Rusnak', kind: 'other language', articles: ['en1', 'es', 'fr'] }]);
  });

  it('lets a verbatim quote without a found speaker join the outlet that names one', () => {
    const quotes = [
      quote('en1', 'Ilse Marken', 'Everything on the quay is burning, nothing will be left of the warehouse.'),
      quote('en2', null, 'everything on the quay is burning, nothing will be left of the warehouse.'),
      quote('fr', null, 'Tout brûle.'),
    ];
    expect(group(quotes)).toEqual([{ speaker: 'Ilse Marken', kind: 'same wording', articles: ['en1', 'en2'] }]);
  });

  it('reads a short partial quote with the sentence it stands in, which reports the rest', () => {
    const sentence = 'Mayor Ines Varga said Brenholt should honour its contractual obligations to the harbour “before sending ultimatums”.';
    const partial = { ...quote('en1', 'Ines Varga', 'before sending ultimatums'), partial: true };
    const quotes = [partial, quote('it', 'Ines Varga', 'Invece di mandare ultimatum, Brenholt dovrebbe rispettare i suoi obblighi contrattuali verso il porto')];
    const LANG: Record<string, string> = { en1: 'en', it: 'it' };
    const withSentence = groupQuotes('s', quotes, new AliasTable([]), (a) => LANG[a] ?? null, (q) => (q === partial ? sentence : null));
    expect(withSentence.map((g) => g.kind)).toEqual(['other language']);
    expect(groupQuotes('s', quotes, new AliasTable([]), (a) => LANG[a] ?? null)).toEqual([]);
  });

  it('groups the same words quoted without a name in two articles under no name', () => {
    const quotes = [
      quote('en1', null, 'We believe the fire was set on purpose and the alarm was switched off beforehand,'),
      quote('en2', null, 'The first findings point to arson. We believe the fire was set on purpose and the alarm was switched off beforehand,'),
      quote('en2', null, 'Nobody was hurt in the blaze at the depot,'),
      quote('fr', null, 'Personne n’a été blessé.'),
    ];
    // en1 leaves out the passage's first sentence: the same statement, cut.
    expect(group(quotes)).toEqual([{ speaker: '', kind: 'edited', articles: ['en1', 'en2'] }]);
  });

  it('joins a short partial quote in another language to the longer version it is part of', () => {
    const quotes = [
      quote('en1', 'Pavel Rusnak', 'My decision to close the harbour is irrevocable and comes from my concern for the safety of the dockworkers and their families.'),
      quote('es', 'Pavel Rusnak', 'Mi decisión irrevocable protege a las familias'),
      quote('es', 'Pavel Rusnak', 'Los guindastes nunca fueron seguros.'),
    ];
    expect(group(quotes)).toEqual([{ speaker: 'Pavel Rusnak', kind: 'other language', articles: ['en1', 'es'] }]);
  });
});

describe('same wording', () => {
  const statement = 'The harbour board misled the inspectors to silence me. I will not step down. We did nothing wrong in the tender for the cranes.';
  it('keeps a short quote of another statement out of a group its words happen to appear in', () => {
    const quotes = [
      quote('a1', 'Marta Oyelaran', statement),
      quote('a2', 'Marta Oyelaran', statement),
      quote('a3', 'Marta Oyelaran', 'The harbour board misled the inspectors to silence me,'),
      // Said in a television interview, beside a remark of its own.
      quote('a4', 'Marta Oyelaran', 'We did nothing,'),
      quote('a4', 'Marta Oyelaran', 'I ask the ministry to open the ledgers of the port to every citizen.'),
    ];
    expect(statements(quotes)).toEqual([
      ['a1: The harbour board misled the inspectors to silence me.', 'a2: The harbour board misled the inspectors to silence me.', 'a3: The harbour board misled the inspectors to silence me,'],
      ['a1: I will not step down. We did nothing wrong in the tender for the cranes.', 'a2: I will not step down. We did nothing wrong in the tender for the cranes.'],
    ]);
  });

  it('calls a group same wording only when every two versions share their words', () => {
    const quotes = [
      quote('a1', 'Marta Oyelaran', 'The harbour board misled the inspectors to silence me.'),
      quote('a2', 'Marta Oyelaran', 'The harbour board misled the inspectors to silence me.'),
      quote('a3', 'Marta Oyelaran', 'To silence me, the board of the harbour misled its own inspectors.'),
    ];
    expect(group(quotes).map((g) => g.kind)).toEqual(['edited']);
  });
});

describe('statements inside a passage', () => {
  it('parts a passage into the statements other outlets quote apart, in any language', () => {
    const quotes = [
      quote('en1', 'Ilse Marken', 'The inspectors found corrosion on every crane of the northern terminal. We will close the terminal until the cranes are repaired. Nobody will lose a salary.'),
      quote('en2', 'Ilse Marken', 'The inspectors found corrosion on every crane of the northern terminal,'),
      quote('fr', 'Ilse Marken', 'Nous fermerons le terminal jusqu’à ce que les grues soient réparées. Personne ne perdra son salaire.'),
    ];
    expect(statements(quotes)).toEqual([
      ['en1: The inspectors found corrosion on every crane of the northern terminal.', 'en2: The inspectors found corrosion on every crane of the northern terminal,'],
      ['en1: We will close the terminal until the cranes are repaired. Nobody will lose a salary.', 'fr: Nous fermerons le terminal jusqu’à ce que les grues soient réparées. Personne ne perdra son salaire.'],
    ]);
  });

  it('cuts a sentence that covers two statements another outlet quotes as two sentences', () => {
    const quotes = [
      quote('en1', 'Ilse Marken', 'My decision to close the terminal is final on my part and comes from my wish to guarantee a calm transfer of the cranes to the new operator.'),
      quote('fr', 'Ilse Marken', 'J’ai pris une décision finale. (...) Elle vient de mon désir de garantir un transfert calme des grues au nouvel opérateur.'),
      quote('es', 'Ilse Marken', 'Mi decisión es final e irrevocable'),
    ];
    expect(statements(quotes)).toEqual([
      ['en1: My decision to close the terminal is final on my part', 'es: Mi decisión es final e irrevocable', 'fr: J’ai pris une décision finale.'],
      ['en1: and comes from my wish to guarantee a calm transfer of the cranes to the new operator.', 'fr: Elle vient de mon désir de garantir un transfert calme des grues au nouvel opérateur.'],
    ]);
  });

  it('keeps a passage whole where every version quotes it whole', () => {
    const passage = 'The inspectors found corrosion on every crane of the northern terminal. We will close the terminal until the cranes are repaired.';
    const quotes = [quote('en1', 'Ilse Marken', passage), quote('en2', 'Ilse Marken', passage)];
    const groups = groupQuotes('s', quotes, new AliasTable([]), (a) => LANGUAGE[a] ?? null);
    expect(groups).toHaveLength(1);
    expect(groups[0].parts).toBeUndefined();
  });
});

describe('a quote cut short', () => {
  it('groups a truncated quote with the full one as the same statement, edited, not the same wording', () => {
    const quotes = [
      quote('en1', 'Dara Velloso', 'We will rebuild the bridge before winter and pay for it ourselves.'),
      quote('en2', 'Dara Velloso', 'We will rebuild the bridge,'),
    ];
    expect(group(quotes)).toEqual([{ speaker: 'Dara Velloso', kind: 'edited', articles: ['en1', 'en2'] }]);
  });

  it('keeps the same wording for versions that differ by a word or their punctuation', () => {
    const quotes = [
      quote('en1', 'Dara Velloso', 'We will rebuild the bridge before winter and pay for it ourselves.'),
      quote('en2', 'Dara Velloso', 'We will rebuild the bridge before the winter and pay for it ourselves,'),
    ];
    expect(group(quotes).map((g) => g.kind)).toEqual(['same wording']);
  });
});

describe('the same words credited to different sources', () => {
  it('groups the same words credited to an organisation in one outlet and its spokesperson in another', () => {
    const quotes = [
      quote('en1', 'Velmar Cathedral', 'everything is burning, nothing will remain of the roof'),
      quote('en1', 'Velmar Cathedral', 'The organ was taken out of the nave before midnight.'),
      quote('en2', 'Dana Kellor', 'Everything is burning, nothing will remain of the roof'),
      quote('en2', 'Dana Kellor', 'We owe the two towers to the firefighters of Northshire.'),
    ];
    const groups = groupQuotes('s', quotes, new AliasTable([]), (a) => LANGUAGE[a] ?? null);
    expect(group(quotes)).toEqual([{ speaker: 'Velmar Cathedral', kind: 'same wording', articles: ['en1', 'en2'] }]);
    // A reader sees that the outlets credit the words to different sources.
    expect(groups[0].speakers).toEqual(['Velmar Cathedral', 'Dana Kellor']);
  });

  it('names no other source for a group of one speaker', () => {
    const quotes = [
      quote('en1', 'Dana Kellor', 'Everything is burning, nothing will remain of the roof'),
      quote('en2', 'Dana Kellor', 'everything is burning, nothing will remain of the roof'),
    ];
    expect(groupQuotes('s', quotes, new AliasTable([]))[0].speakers).toBeUndefined();
  });

  it('keeps apart two speakers who say alike things in other words', () => {
    const said = (first: string, second: string) => [
      quote('en1', first, 'The fire started in the roof of the cathedral late on Monday evening, near the scaffolding.'),
      quote('en2', second, 'Late on Monday evening the fire started near the scaffolding in the cathedral roof.'),
    ];
    // One speaker: an edited version of one statement; two: two statements.
    expect(group(said('Dana Kellor', 'Dana Kellor')).map((g) => g.kind)).toEqual(['edited']);
    expect(group(said('Dana Kellor', 'Tomas Verhoek'))).toEqual([]);
  });

  it('keeps apart a translation credited to another speaker', () => {
    const said = (first: string, second: string) => [
      quote('en1', first, 'The roof of Velmar Cathedral will be rebuilt within five years, at a cost of 40 million euros.'),
      quote('fr', second, 'La toiture de la cathédrale de Velmar sera reconstruite en cinq ans, pour 40 millions d’euros.'),
    ];
    expect(group(said('Dana Kellor', 'Dana Kellor')).map((g) => g.kind)).toEqual(['other language']);
    expect(group(said('Dana Kellor', 'Velmar Cathedral'))).toEqual([]);
  });
});
