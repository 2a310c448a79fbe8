// Scraped text whose lines a wrap broke inside sentences (a blog engine's space at each line's end,
// a scraper keeping the source's indentation, a mailer's fixed width): the pieces of one sentence
// are one paragraph again; headings, list items, finished sentences, menus, tables and
// blank-line-separated paragraphs stay apart. Invented text.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/index.js';
import { cleanDoc } from './clean.js';
import { splitLines, unwrapHardWrapped } from './lines.js';
import { cleanText } from './text.js';

const lines = (text: string): string[] => unwrapHardWrapped(splitLines(text)).map((l) => l.text);
const paragraphs = (text: string): string[] => cleanText(text).body.split('\n\n');

describe('a sentence a wrap broke is one paragraph again', () => {
  it('pt: a name carried to the next line by a leading space, a short quoted line by a trailing one', () => {
    const text = [
      'Velmar apresenta plano para reconstruir o porto de Kessport',
      '',
      'Depois de meses de negociações com os sindicatos do porto, o presidente',
      ' Tomas Verhoek apresentou nesta terça-feira o plano ao parlamento em Port Velmar.',
      '',
      '"Eu venho ',
      'aqui apresentar um plano para todos os trabalhadores", disse Verhoek aos deputados.',
      '',
      'A oposição pediu mais tempo para analisar as contas.',
    ].join('\n');
    const found = cleanText(text);
    expect(found.headline).toBe('Velmar apresenta plano para reconstruir o porto de Kessport');
    expect(found.body.split('\n\n')).toEqual([
      'Depois de meses de negociações com os sindicatos do porto, o presidente Tomas Verhoek apresentou nesta terça-feira o plano ao parlamento em Port Velmar.',
      '"Eu venho aqui apresentar um plano para todos os trabalhadores", disse Verhoek aos deputados.',
      'A oposição pediu mais tempo para analisar as contas.',
    ]);
  });

  it('es: a line closing on a comma goes on into the quote it introduces', () => {
    const text = [
      'El alcalde de Kessport, Marco Ventresca, renunció este martes a través de una carta leída por la presidenta del concejo, Ilse Brandauer,',
      '«Yo, Marco Ventresca, presento formalmente mi renuncia con efecto inmediato», leyó Brandauer.',
      'La oposición pidió elecciones anticipadas.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'El alcalde de Kessport, Marco Ventresca, renunció este martes a través de una carta leída por la presidenta del concejo, Ilse Brandauer, «Yo, Marco Ventresca, presento formalmente mi renuncia con efecto inmediato», leyó Brandauer.',
      'La oposición pidió elecciones anticipadas.',
    ]);
  });

  it('de: a capitalised noun after a line the source indented by one space', () => {
    const text = [
      'Hafen von Kessport bleibt geschlossen',
      '',
      'Die Bürgermeisterin von Kessport, Ilse Brandauer, sagte am Montag, der',
      ' Hafen bleibe bis zum Frühjahr geschlossen, weil die Kaimauer repariert werden müsse.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'Die Bürgermeisterin von Kessport, Ilse Brandauer, sagte am Montag, der Hafen bleibe bis zum Frühjahr geschlossen, weil die Kaimauer repariert werden müsse.',
    ]);
  });

  it('fr: a short line with a blog engine’s trailing space, then lower case', () => {
    const text = ['« Nous allons ', "reconstruire chaque maison de Kessport avant l'hiver », a déclaré lundi Dana Kellor, la maire de la ville."].join('\n');
    expect(lines(text)).toEqual(["« Nous allons reconstruire chaque maison de Kessport avant l'hiver », a déclaré lundi Dana Kellor, la maire de la ville."]);
  });

  it('en: a paragraph wrapped at 70 columns right under its headline keeps the headline apart', () => {
    const text = [
      'Frost cuts cherry crop in Northshire',
      'Cherry growers in the upper valley of Northshire have picked their',
      'smallest crop in ten years after a late frost in April destroyed much',
      "of the blossom, the growers' cooperative said on Thursday. Its chair,",
      'Dana Kellor, said the harvest "will not cover the cost of picking it"',
      'this year, and asked Port Velmar for help.',
    ].join('\n');
    expect(lines(text)).toEqual([
      'Frost cuts cherry crop in Northshire',
      "Cherry growers in the upper valley of Northshire have picked their smallest crop in ten years after a late frost in April destroyed much of the blossom, the growers' cooperative said on Thursday. Its chair, Dana Kellor, said the harvest \"will not cover the cost of picking it\" this year, and asked Port Velmar for help.",
    ]);
  });

  it('it: a run wrapped at one width, a list below it in the same block', () => {
    const text = [
      'Il consiglio comunale di Kessport ha approvato lunedì sera il piano del',
      'sindaco Marco Ventresca per ricostruire il molo distrutto dalla',
      'mareggiata del 12 marzo, con 21 voti a favore e 9 contrari. Secondo',
      'Ilse Brandauer, assessora ai lavori pubblici, il cantiere aprirà a',
      'giugno.',
      '- molo nord: 4,2 milioni di euro',
      '- molo sud: 3,1 milioni di euro',
    ].join('\n');
    expect(lines(text)).toEqual([
      'Il consiglio comunale di Kessport ha approvato lunedì sera il piano del sindaco Marco Ventresca per ricostruire il molo distrutto dalla mareggiata del 12 marzo, con 21 voti a favore e 9 contrari. Secondo Ilse Brandauer, assessora ai lavori pubblici, il cantiere aprirà a giugno.',
      '- molo nord: 4,2 milioni di euro',
      '- molo sud: 3,1 milioni di euro',
    ]);
  });

  it('the quote and its speaker are read from the joined sentence, with offsets into the body', () => {
    const text = ['Kessport', '', 'A presidente da câmara de Kessport, Dana Kellor, garantiu que', ' "o porto vai reabrir em maio, com ou sem o apoio do governo" durante a visita de ontem.'].join('\n');
    const article = cleanDoc({ source: 'wrapped.txt', format: 'txt', text, meta: { language: 'pt' } });
    const quotes = extractArticle(article).quotes;
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['o porto vai reabrir em maio, com ou sem o apoio do governo', 'Dana Kellor']]);
    expect(article.body.slice(...quotes[0].span)).toContain(quotes[0].text);
    expect(article.body).toContain('garantiu que "o porto');
  });
});

describe('lines that are not one sentence stay apart', () => {
  it('a headline or a section line above a capitalised body line, even with a trailing space', () => {
    const text = ['Velmar elege novo presidente ', 'Tomas Verhoek venceu a eleição de domingo com 54% dos votos, segundo a comissão eleitoral.'].join('\n');
    expect(cleanText(text).headline).toBe('Velmar elege novo presidente');
    expect(lines(['Internacional ', 'El gobierno de Velmar cerró el puerto de Kessport por la tormenta.'].join('\n'))).toHaveLength(2);
  });

  it('list items, each its own line', () => {
    const items = ['- The council will rebuild the pier at Kessport ', '- The ferry to Port Velmar resumes in May ', '- Schools reopen on Monday'];
    expect(lines(items.join('\n'))).toEqual(items.map((i) => i.trim()));
    const numbered = ['1. Der Hafen von Kessport bleibt bis zum Frühjahr zu', '2. Die Fähre nach Port Velmar fährt ab Mai wieder', '3. Die Schulen öffnen am Montag wieder'];
    expect(lines(numbered.join('\n'))).toEqual(numbered);
  });

  it('a line ending a sentence or on a colon', () => {
    const text = ['A ministra Ilse Brandauer disse aos jornalistas: ', 'O porto reabre em maio. ', 'As obras custaram 4 milhões de euros.'].join('\n');
    expect(lines(text)).toEqual(['A ministra Ilse Brandauer disse aos jornalistas:', 'O porto reabre em maio.', 'As obras custaram 4 milhões de euros.']);
  });

  it('short menu lines of the site, in capitals or in lower case', () => {
    expect(lines(['Início ', 'Política ', 'Economia ', 'Desporto ', 'O porto de Kessport reabre em maio.'].join('\n'))).toHaveLength(5);
    expect(lines(['home ', 'news ', 'sport ', 'weather'].join('\n'))).toHaveLength(4);
  });

  it('paragraphs a blank line separates', () => {
    const text = [
      'Velmar apresenta plano para o porto',
      '',
      'Depois de meses de negociações com os sindicatos, o plano chegou ao parlamento de',
      '',
      'Tomas Verhoek apresentou o plano ao parlamento em Port Velmar.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      'Depois de meses de negociações com os sindicatos, o plano chegou ao parlamento de',
      'Tomas Verhoek apresentou o plano ao parlamento em Port Velmar.',
    ]);
  });

  it('the rows of a table, in cells or in numbers', () => {
    const cells = ['Passageiros do ferry de Kessport     2024    1.204    +3,1', 'Contentores no porto de Port Velmar  2024      950    -1,4', 'Navios de cruzeiro em Northshire     2024       88    +0,8'];
    expect(lines(cells.join('\n'))).toEqual(cells.map((c) => c.replace(/ +/g, ' ')));
    const numbers = ['Passageiros do ferry de Kessport 2024 1.204 1.187 +3,1', 'Contentores no porto de Port Velmar 2024 950 942 -1,4', 'Navios de cruzeiro em Northshire 2024 88 91 +0,8'];
    expect(lines(numbers.join('\n'))).toEqual(numbers);
  });

  it('headlines of related articles listed at one width, in title case', () => {
    const text = [
      'Velmar Council Approves Pier Plan After Months of Talks With Unions',
      'Kessport Ferry Strike Ends as Workers Accept New Pay Offer at Last',
      'Dana Kellor is the chair of the growers’ cooperative of Northshire.',
    ].join('\n');
    expect(lines(text)).toHaveLength(3);
  });

  it('a text that pads or indents every line with a space says nothing by it', () => {
    const padded = [
      'A câmara de Kessport aprovou ontem o plano para o porto. ',
      '',
      'A ponte de Kessport, fechada desde março ',
      'A presidente da câmara, Dana Kellor, disse que as obras começam em maio. ',
      'O governo de Velmar paga metade. ',
    ];
    expect(lines(padded.join('\n'))).toHaveLength(4);
    const indented = padded.map((l) => (l ? ' ' + l.trim() : l));
    expect(lines(indented.join('\n'))).toHaveLength(4);
  });
});
