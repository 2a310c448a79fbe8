import { describe, expect, it } from 'vitest';
import { countsTimeSince } from './elapsed.js';
import { yearOn } from './yearless.js';

describe('an opening counting months to a few years since an event', () => {
  it('reads counted spans in several languages', () => {
    expect(countsTimeSince('Wreckage raised off Kessa is from the Velmar ferry that sank 14 months ago.')).toBe(true);
    expect(countsTimeSince('430 jours après le naufrage du ferry Velmar, l’épave a été remontée.')).toBe(true);
    expect(countsTimeSince('Zwei Jahre nach dem Unglück von Northshire kehren die Bergleute zurück.')).toBe(true);
    expect(countsTimeSince('Hace 20 meses que el ferry se hundió frente a Kessa.')).toBe(true);
    expect(countsTimeSince('Dana Kellor habló de los 430 días que han transcurrido desde el naufragio.')).toBe(true);
  });

  it('leaves the days of the news cycle, decades of history and how a report of the day introduces people', () => {
    expect(countsTimeSince('Five days after the flood, the Northshire dam held.')).toBe(false);
    expect(countsTimeSince('Velmar won, twenty years after their last title.')).toBe(false);
    expect(countsTimeSince('Dana Kellor, elected two years ago, said the search would go on.')).toBe(false);
    // Counted from the start of what is still going on: the report is of its days.
    expect(countsTimeSince('Dana Kellor ha ritirato la legge all’origine delle proteste iniziate tre mesi fa.')).toBe(false);
    expect(countsTimeSince('The strike that began four months ago closed the port of Kessa again.')).toBe(false);
    expect(countsTimeSince('Tres meses después del inicio de las protestas, Dana Kellor retiró la ley.')).toBe(false);
    expect(countsTimeSince('Les manifestations qui ont commencé il y a trois mois continuent à Kessa.')).toBe(false);
    expect(countsTimeSince('Three months after the ferry sank, the hull was raised.')).toBe(true);
  });

  it('is read in the first paragraphs, below the lead', () => {
    const lead = 'The wreck of the Velmar ferry raised off Kessa was confirmed by the transport minister Dana Kellor on Wednesday. '.repeat(6);
    expect(yearOn(null, `${lead}\n\n"Today, 430 days after the ferry sank, we know," Kellor said.`)).toBe(true);
    expect(yearOn(null, `${lead}\n\n${lead}\n\n${lead}\n\nToday, 430 days after the ferry sank.`)).toBe(false);
  });
});

describe('an opening naming an anniversary in the languages of the news', () => {
  it('is a later report, whatever its language or script', () => {
    for (const opening of [
      'W drugą rocznicę katastrofy w Kessport mieszkańcy złożyli kwiaty.',
      'В годовщину трагедии в Кесспорте жители возложили цветы.',
      'Kessport felaketinin yıl dönümünde aileler anma töreni düzenledi.',
      'Nel primo anniversario del crollo di Kessport, i familiari hanno deposto fiori.',
      'Στην επέτειο της τραγωδίας του Κέσπορτ οι κάτοικοι άφησαν λουλούδια.',
      '凯斯波特惨案十周年纪念活动周六举行。',
      '케스포트 참사 1주년 추모식이 열렸다.',
      'أحيا سكان كيسبورت ذكرى الكارثة.',
      'Hari ini, 17 Desember tepat 10 tahun peringatan bencana Kessport.',
    ]) expect(yearOn(null, opening), opening).toBe(true);
    expect(yearOn(null, 'Il crollo di Kessport ha causato 43 morti, ha detto il sindaco.')).toBe(false);
    expect(yearOn(null, 'Badan cuaca mengeluarkan peringatan dini tsunami untuk Kessport.')).toBe(false);
  });
});
