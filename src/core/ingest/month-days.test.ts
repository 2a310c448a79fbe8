// Bare texts whose date is stated around the lead rather than on a date line: a lead opening on its
// dateline, a byline, an update note that also states the first publication, and, with only a month
// stated, the day the text names that falls in that month. Never another month's day.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { weekdayDays } from './date-parse.js';
import { cleanDoc } from './index.js';

const txt = (text: string): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta: {} });
const dated = (text: string) => {
  const a = cleanDoc(txt(text));
  return { published: a.published, source: a.published_source, month: a.published_month ?? null };
};

const EN =
  'The ferry between Norrvik and Tallholm will stay in dock for at least a week after inspectors found a crack in its hull, the operator said.\n' +
  'Passengers were moved to a replacement vessel that runs twice a day, and the operator said refunds would be paid for cancelled crossings.';
const FR =
  "Le ferry entre Norrvik et Tallholm restera à quai au moins une semaine après la découverte d'une fissure dans sa coque, a annoncé l'opérateur.\n" +
  'Les passagers ont été transférés sur un navire de remplacement qui assure deux rotations par jour, et les billets annulés seront remboursés.';
const ES =
  'El ferry entre Norrvik y Tallholm seguirá en el puerto al menos una semana después de que los inspectores hallaran una grieta en el casco, dijo el operador.\n' +
  'Los pasajeros fueron trasladados a un barco de reemplazo que hace dos viajes al día, y los billetes cancelados serán reembolsados.';
const DE =
  'Die Fähre zwischen Norrvik und Tallholm bleibt mindestens eine Woche im Hafen, nachdem Prüfer einen Riss im Rumpf gefunden haben, teilte der Betreiber mit.\n' +
  'Die Fahrgäste wurden auf ein Ersatzschiff gebracht, das zweimal am Tag fährt, und stornierte Fahrten werden erstattet.';
const RU =
  'Паром между Норвиком и Тальхольмом останется у причала по меньшей мере неделю после того, как инспекторы обнаружили трещину в корпусе, сообщил оператор.\n' +
  'Пассажиров пересадили на запасное судно, которое ходит дважды в день, а деньги за отменённые рейсы вернут.';
const IT =
  "Il traghetto tra Norrvik e Tallholm resterà in porto per almeno una settimana dopo che gli ispettori hanno trovato una crepa nello scafo, ha detto l'operatore.\n" +
  'I passeggeri sono stati trasferiti su una nave sostitutiva che fa due corse al giorno, e i biglietti annullati saranno rimborsati.';

describe('a datelined lead or a byline line stating the day with its year', () => {
  it('dates the article from a lead whose body follows its dateline on the same line', () => {
    expect(dated(`PORT ELLIS, June 5, 2031, 2:05 pm (Harbour Herald) – ${EN}`)).toMatchObject({ published: '2031-06-05T14:05', source: 'dateline' });
    expect(dated(`PORT ELLIS (WIREDESK) — 5 June 2031 — ${EN}`)).toMatchObject({ published: '2031-06-05', source: 'dateline' });
    expect(dated(`NORRVIK (Kessa Presse) — 5 juin 2031 — ${FR}`)).toMatchObject({ published: '2031-06-05', source: 'dateline' });
  });

  it('dates the article from a byline line with the author, or a labelled publication line', () => {
    expect(dated(`Ferry stays in dock\nBy Dana Kellor | 5 June 2031\n${EN}`)).toMatchObject({ published: '2031-06-05', source: 'byline' });
    expect(dated(`El ferry sigue en el puerto\nAna Velmar, 05/06/2031 a las 10:30\n${ES}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Le ferry reste à quai\nPublié le 5 juin 2031 à 10h30\n${FR}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Fähre bleibt im Hafen\nVeröffentlicht am 05.06.2031 um 10:30 Uhr\n${DE}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Паром остаётся у причала\nОпубликовано 5 июня 2031, 10:30\n${RU}`)).toMatchObject({ published: '2031-06-05T10:30' });
  });

  it('reads an all-numeric date with a time after it in the text’s own day/month order', () => {
    expect(dated(`El ferry sigue en el puerto\nPublicado 05/06/2031 10:30\n${ES}`)).toMatchObject({ published: '2031-06-05T10:30' });
  });
});

describe('an update note that also states the first publication', () => {
  it('takes the publication, never the update, in the languages of the news', () => {
    expect(dated(`El ferry sigue en el puerto\nActualizado 06/06/2031 11:00 · Publicado 05/06/2031 10:30\n${ES}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Le ferry reste à quai\nMis à jour le 6 juin 2031 à 11h00, publié le 5 juin 2031 à 10h30\n${FR}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Ferry stays in dock\nUpdated June 6, 2031, first published June 5, 2031\n${EN}`)).toMatchObject({ published: '2031-06-05' });
    expect(dated(`Fähre bleibt im Hafen\nAktualisiert am 06.06.2031, 11:00 Uhr | Veröffentlicht am 05.06.2031, 10:30 Uhr\n${DE}`)).toMatchObject({ published: '2031-06-05T10:30' });
    expect(dated(`Il traghetto resta in porto\nAggiornato il 6 giugno 2031 - Pubblicato il 5 giugno 2031\n${IT}`)).toMatchObject({ published: '2031-06-05' });
    expect(dated(`Паром остаётся у причала\nОбновлено 6 июня 2031, 11:00 | Опубликовано 5 июня 2031, 10:30\n${RU}`)).toMatchObject({ published: '2031-06-05T10:30' });
  });

  it('still takes no date from an update note alone', () => {
    expect(dated(`El ferry sigue en el puerto\nActualizado 06/06/2031 11:00\n${ES}`)).toMatchObject({ published: null });
  });
});

describe('a day the text names, when only the month is stated', () => {
  it('takes a weekday with its day and no month when the weekday is that day’s in the stated month', () => {
    // 2031-06-02 is a Monday.
    const pt = 'O ferry entre Norrvik e Tallholm ficou no porto nesta segunda-feira (2), depois de os inspetores encontrarem uma fissura no casco, disse o operador.';
    expect(dated(` date 2031-06 ${pt}`)).toMatchObject({ published: '2031-06-02', source: 'text', month: null });
    const es = 'El ferry entre Norrvik y Tallholm quedó en el puerto el lunes 2, después de que los inspectores hallaran una grieta en el casco, dijo el operador.';
    expect(dated(` date 2031-06 ${es}`)).toMatchObject({ published: '2031-06-02', source: 'text' });
    const en = 'The ferry between Norrvik and Tallholm stayed in dock on Monday 2nd, after inspectors found a crack in its hull, the operator said.';
    expect(dated(` date 2031-06 ${en}`)).toMatchObject({ published: '2031-06-02', source: 'text' });
    const de = 'Die Fähre zwischen Norrvik und Tallholm blieb am Montag, 2. Juni, im Hafen, nachdem Prüfer einen Riss im Rumpf gefunden hatten, teilte der Betreiber mit.';
    expect(dated(` date 2031-06 ${de}`)).toMatchObject({ published: '2031-06-02', source: 'text' });
  });

  it('keeps only the month when the weekday is not the day’s, the number is a count, or nothing states the month', () => {
    // 2031-06-03 is a Tuesday, not a Monday.
    const wrongDay = 'O ferry entre Norrvik e Tallholm ficou no porto nesta segunda-feira (3), disse o operador.';
    expect(dated(` date 2031-06 ${wrongDay}`)).toMatchObject({ published: null, month: '2031-06' });
    const count = 'El ferry entre Norrvik y Tallholm dejó el lunes 2 pasajeros en el muelle de Kessa, dijo el operador.';
    expect(dated(` date 2031-06 ${count}`)).toMatchObject({ published: null, month: '2031-06' });
    const pt = 'O ferry entre Norrvik e Tallholm ficou no porto nesta segunda-feira (2), depois de os inspetores encontrarem uma fissura no casco, disse o operador.';
    expect(dated(pt)).toMatchObject({ published: null, month: null });
  });

  it('reads a weekday with its day in several languages', () => {
    expect(weekdayDays('nesta segunda-feira (2) o ferry parou', 'pt')).toMatchObject([{ day: 2, dow: 1 }]);
    expect(weekdayDays('ce mardi 3, le ferry est resté à quai', 'fr')).toMatchObject([{ day: 3, dow: 2 }]);
    expect(weekdayDays('am Mittwoch, den 4., blieb die Fähre im Hafen', 'de')).toMatchObject([{ day: 4, dow: 3 }]);
    expect(weekdayDays('el lunes 2 pasajeros bajaron', 'es')).toEqual([]);
  });

  it('completes a byline’s or a dateline’s day and month with the stated month only when they fall in it', () => {
    expect(dated(` date 2031-06 Ferry stays in dock\nBy Dana Kellor | 5 June\n${EN}`)).toMatchObject({ published: '2031-06-05', month: null });
    expect(dated(` date 2031-06 PORT ELLIS, 5 June (Kessa) - ${EN}`)).toMatchObject({ published: '2031-06-05' });
    expect(dated(` date 2031-06 PORT ELLIS, 20 May (Kessa) - ${EN}`)).toMatchObject({ published: null, month: '2031-06' });
    // Without a stated month the day stays unplaced.
    expect(dated(`Ferry stays in dock\nBy Dana Kellor | 5 June\n${EN}`)).toMatchObject({ published: null });
  });
});
