// Bare texts that open on their dateline or byline: the date they state with its year is the
// published date, said to come from there, and the agency the dateline names is a credit.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { datesIn } from './date-parse.js';
import { cleanDoc } from './index.js';

const txt = (text: string): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta: {} });
const credits = (text: string) => cleanDoc(txt(text)).credits?.map((c) => c.name);

const EN =
  'The ferry between Norrvik and Tallholm will stay in dock for at least a week after inspectors found a crack in its hull, the operator said on Tuesday.\n' +
  'Passengers were moved to a replacement vessel that runs twice a day, and the operator said refunds would be paid for cancelled crossings.';
const FR =
  "Le ferry entre Norrvik et Tallholm restera à quai au moins une semaine après la découverte d'une fissure dans sa coque, a annoncé l'opérateur mardi.\n" +
  'Les passagers ont été transférés sur un navire de remplacement qui assure deux rotations par jour.';
const ES =
  'El ferry entre Norrvik y Tallholm seguirá en el puerto al menos una semana después de que los inspectores hallaran una grieta en el casco, dijo el operador el martes.';
const DE =
  'Die Fähre zwischen Norrvik und Tallholm bleibt mindestens eine Woche im Hafen, nachdem Prüfer einen Riss im Rumpf gefunden haben, teilte der Betreiber am Dienstag mit.';
const RU =
  'Паром между Норвиком и Тальхольмом останется у причала по меньшей мере неделю после того, как инспекторы обнаружили трещину в корпусе, сообщил оператор во вторник.';

describe('a wire dateline with its year opening a bare text', () => {
  it('dates the article and credits the agency, in the languages of the news', () => {
    expect(cleanDoc(txt(`PORT ELLIS DE LA SIERRA, October 30, 2031 (AFP) - ${EN}`))).toMatchObject({ published: '2031-10-30', published_source: 'dateline', credits: [{ name: 'AFP' }] });
    expect(cleanDoc(txt(`Norrvik, 9 sept 2031 (AFP) - ${FR}`))).toMatchObject({ published: '2031-09-09', published_source: 'dateline', credits: [{ name: 'AFP' }] });
    expect(cleanDoc(txt(`KELLSTADT, 24. Juni 2031 (dpa) - ${DE}`))).toMatchObject({ published: '2031-06-24', published_source: 'dateline' });
    expect(credits(`KELLSTADT, 24. Juni 2031 (dpa) - ${DE}`)).toEqual(['dpa']);
  });

  it('keeps the credit of an agency signing the dateline even when only it names the outlet', () => {
    const signed = cleanDoc(txt(`НОРВИК, 23 августа 2031 — Вестник Норда. ${RU}`));
    expect(signed).toMatchObject({ published: '2031-08-23', published_source: 'dateline', outlet: 'Вестник Норда' });
    expect(signed.credits?.map((c) => c.name)).toEqual(['Вестник Норда']);
  });
});

describe('a dated byline on one of the first lines', () => {
  it('gives the published date, its source the byline, and leaves the body', () => {
    const en = cleanDoc(txt(`Ferry halted after hull crack\nInspectors found a crack that will keep the ferry in dock for a week or more, leaving the island with one boat and long queues at the quay. / Norrvik Wire\nBy Jane Holm in Tallholm June 24, 2031\n${EN}`));
    expect(en).toMatchObject({ published: '2031-06-24', published_source: 'byline' });
    expect(en.body).not.toMatch(/Jane Holm/);
    expect(cleanDoc(txt(`Le ferry reste à quai\nPar Jean Morel, le 9 septembre 2031\n${FR}`))).toMatchObject({ published: '2031-09-09', published_source: 'byline' });
    expect(cleanDoc(txt(`El ferry sigue en el puerto\nPor Ana Ruiz | 30 oct 2031 | 10:15\n${ES}`))).toMatchObject({ published: '2031-10-30T10:15', published_source: 'byline' });
    expect(cleanDoc(txt(`Fähre bleibt im Hafen\nVon Eva Berg, 24. Juni 2031\n${DE}`))).toMatchObject({ published: '2031-06-24', published_source: 'byline' });
  });

  it('never reads a sentence that opens with "By" as a byline', () => {
    const text = `By the end of the inspection on June 24, 2031 the crack had grown to two metres.\n${EN}`;
    expect(cleanDoc(txt(text))).toMatchObject({ published: null });
  });
});

describe('a weekday with its date in figures in parentheses', () => {
  it('is a day of the news, day first in the languages that write it so', () => {
    const pt = datesIn('O ferry ficou no porto neste domingo (30/10), disse o operador.', { language: 'pt' });
    expect(pt).toMatchObject([{ year: null, month: 10, day: 30, weekday: true }]);
    expect(datesIn('Le ferry est resté à quai ce mardi (4/3), selon l’opérateur.', { language: 'fr' })).toMatchObject([{ month: 3, day: 4, weekday: true }]);
    // A day alone in parentheses names no month; figures after another word are no date.
    expect(datesIn('O ferry ficou no porto neste domingo (2), disse o operador.', { language: 'pt' })).toEqual([]);
    expect(datesIn('O ferry levou 30 passageiros (30/10 do total), disse o operador.', { language: 'pt' })).toEqual([]);
  });

  it('with its year too, as the Indonesian press writes it', () => {
    const id = datesIn('Menteri Velmar mengatakan pada wartawan, Kamis (14/1/2031), jumlah korban bisa di atas 100 ribu orang.', { language: 'id' });
    expect(id).toMatchObject([{ year: 2031, month: 1, day: 14, weekday: true }]);
    expect(datesIn('Kapal itu tiba di pelabuhan, Senin (3/2/31), kata operator.', { language: 'id' })).toMatchObject([{ year: 2031, month: 2, day: 3 }]);
  });
});

describe('a date line in the byline area under a standfirst, or with a time the parser leaves', () => {
  it('dates the article from a bare date line under the standfirst', () => {
    const text = `Norrvik ferry stays in dock after inspectors find crack\n\nThe Harbour Herald has learned the ferry will stay in dock for a week while inspectors look at its hull.\n\nTuesday, 14th October 2031, 09:12 am\nUpdated Tuesday, 14th October 2031, 11:40 am\n${EN}`;
    expect(cleanDoc(txt(text))).toMatchObject({ published: '2031-10-14T09:12', published_source: 'dateline' });
  });

  it('reads "15 ottobre 2031, ore 08:20, agg. alle 08:45" as the published day', () => {
    const it = `Il traghetto di Norrvik resta in porto\n14 ottobre 2031, ore 08:20 , agg. alle 08:45\nIl traghetto tra Norrvik e Tallholm resterà in porto per almeno una settimana dopo che gli ispettori hanno trovato una crepa nello scafo, ha detto l'operatore martedì.`;
    expect(cleanDoc(txt(it))).toMatchObject({ published: '2031-10-14' });
  });

  it('keeps a bare date deep in the text out of the published date', () => {
    const text = `Norrvik ferry stays in dock\n\n${EN}\n\n${EN}\n\nTuesday, 14th October 2031, 09:12 am\n\n${EN}`;
    expect(cleanDoc(txt(text)).published).toBeNull();
  });
});

describe('publication dates stated with a name, an update note or a sign-off', () => {
  it('reads a date the line names its publisher or writer before: "Published by X on ...", "Publicado por X el ..."', () => {
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\nPublished by Harbour Herald on 2031-10-14\n\n${EN}`))).toMatchObject({ published: '2031-10-14', published_source: 'dateline' });
    expect(cleanDoc(txt(`El ferry de Norrvik sigue en el puerto\n\nPublicado por Dana Kellor el 14 de octubre de 2031\n\n${ES}`)).published).toBe('2031-10-14');
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\nBy Dana Kellor on October 14, 2031\n\n${EN}`)).published).toBe('2031-10-14');
    // An update stated so is never the publication date.
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\nUpdated by Dana Kellor on 2031-10-15\n\n${EN}`)).published).toBeNull();
  });

  it('reads the published date of a line that goes on to an update note, never the update', () => {
    const fr = `Le ferry de Norrvik reste à quai\n\nPublié le 14 octobre 2031 à 10h15, mis à jour le 15 octobre 2031 à 08h00\n\n${FR}`;
    expect(cleanDoc(txt(fr))).toMatchObject({ published: '2031-10-14T10:15', published_source: 'dateline' });
    const es = `El ferry de Norrvik sigue en el puerto\n\nPublicado el 14 de octubre de 2031 a las 10:15, actualizado el 15 de octubre de 2031 a las 08:00\n\n${ES}`;
    expect(cleanDoc(txt(es)).published).toBe('2031-10-14T10:15');
  });

  it('dates the text from a wire signing it off with its date, after any date above the text', () => {
    expect(cleanDoc(txt(`Fähre in Norrvik bleibt im Hafen\n\n${DE}\n\n(dpa, 14.10.2031)`))).toMatchObject({ published: '2031-10-14', credits: [{ name: 'dpa' }] });
    expect(cleanDoc(txt(`Le ferry de Norrvik reste à quai\n\n${FR}\n\n(AFP/Reuters, 14/10/2031)`)).published).toBe('2031-10-14');
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\nOctober 13, 2031\n\n${EN}\n\n(Reuters, October 14, 2031)`)).published).toBe('2031-10-13');
    // Not a wire's, or not closing the text, or among the comments: no publication date.
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\n${EN}\n\n(Dana Kellor, October 14, 2031)`)).published).toBeNull();
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\n${EN}\n\n(Reuters, October 14, 2031)\n\n${EN}\n\n${EN}\n\n${EN}`)).published).toBeNull();
    expect(cleanDoc(txt(`Norrvik ferry stays in dock\n\n${EN}\n\nComments\n\n(Reuters, October 14, 2031)`)).published).toBeNull();
  });

  it('reads the date line under the standfirst when a lead picture caption opens the page', () => {
    const caption = 'A view of the old quay road at Norrvik, one of the stretches the storm surge swept away last winter, seen from the hill above the town. Kessa Lund';
    const standfirst = 'Repairs are going well and the first ferries may dock again by the end of the summer, although the weakened sea wall remains a worry for the harbour board';
    const text = `Delete\n\n${caption}\n\nNorrvik ferry returns to its quay\n\n${standfirst}\n\nTuesday, 14 October 2031, 00:13\n\n${EN}`;
    expect(cleanDoc(txt(text)).published).toBe('2031-10-14T00:13');
    // Two paragraphs before a heading are the text: a date line under them is not the byline's.
    expect(cleanDoc(txt(`${EN}\n\n${EN}\n\nWhat the inspectors found\n\nTuesday, 14 October 2031\n\n${EN}`)).published).toBeNull();
  });
});

describe('a date line under the headline whose place or paper has a particle in its name', () => {
  it.each([
    ['Diario de Kessa, 2 de abril de 2031', ES, 'es'],
    ['Gazzetta di Velmar, 2 aprile 2031', 'Il traghetto tra Norrvik e Tallholm resterà in porto per almeno una settimana, ha detto martedì il gestore.', 'it'],
    ['Puerto de Kessa, 2 de abril de 2031', ES, 'es'],
  ])('dates the article from "%s" and leaves the line out of the body', (line, body, language) => {
    const article = cleanDoc(txt(`El ferry seguirá en el puerto\n\n${line}\n\n${body}`));
    expect(article.published).toBe('2031-04-02');
    expect(article.published_source).toBe('dateline');
    expect(article.language).toBe(language);
    expect(article.body.startsWith(body.slice(0, 20))).toBe(true);
  });
});

describe('a labelled date line in a list bullet, with a time written in CJK units', () => {
  const KO = '케스포트 항구 화재 “지금이 고비”\n\n  • 뉴스1\n  • 입력 2031년 1월 3일 13시 09분\n\n케스포트 항구에서 3일 새벽 화재가 발생해 작업자 14명이 다쳤다. 당국은 구조 인력을 1000명에서 2000명으로 늘리겠다고 밝혔다.';
  const JA = 'ケスポート港で火災\n\n2031年1月3日 13時09分\n\nケスポート港で3日未明に火災が発生し、作業員14人がけがをした。';
  it('dates the article from it', () => {
    expect(cleanDoc(txt(KO))).toMatchObject({ published: '2031-01-03' });
    expect(cleanDoc(txt(JA)).published).toMatch(/^2031-01-03/);
  });
});
