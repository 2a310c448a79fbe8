// Dates named without a year in reported news: the latest such month or weekday not after the
// article's date, the next one when the clause speaks of the future.
import { describe, expect, it } from 'vitest';
import { eventDates } from './event-dates.js';

const april3 = new Date('2031-04-03T12:00:00Z');

describe('event dates without a year', () => {
  it('places a past month in the months before publication, whatever else the sentence plans (en)', () => {
    expect(eventDates('The ferry operator was fined in early March.', april3, 'en')).toEqual(['2031-03']);
    expect(eventDates('The ferry operator was fined in August.', april3, 'en')).toEqual(['2030-08']);
    expect(eventDates('She will address the council next week, her first speech since she was freed in early March.', april3, 'en')).toEqual(['2031-03']);
  });

  it('places a future month after publication (en)', () => {
    expect(eventDates('The ferry will resume sailing in March.', april3, 'en')).toEqual(['2032-03']);
    expect(eventDates('Fares rise from August, the operator said.', april3, 'en')).toEqual(['2031-08']);
  });

  it('resolves weekdays to the last one before, or the next one after (en)', () => {
    // 3 April 2031 is a Thursday.
    expect(eventDates('The mayor resigned on Saturday.', april3, 'en')).toEqual(['2031-03-29']);
    expect(eventDates('The mayor will resign on Saturday.', april3, 'en')).toEqual(['2031-04-05']);
  });

  it('takes the next such weekday in a future clause or a forecast, the report\'s own day included; the last one else', () => {
    // 1 September 2031 is a Monday.
    const monday = new Date('2031-09-01T12:00:00Z');
    expect(eventDates('The storm is expected to stay over Northshire until late Monday, the centre said.', monday, 'en')).toEqual(['2031-09-01']);
    expect(eventDates('Forecasters expected the storm to begin pulling away from Northshire early Tuesday.', monday, 'en')).toEqual(['2031-09-02']);
    expect(eventDates('The ferry was stopped on Tuesday.', monday, 'en')).toEqual(['2031-08-26']);
    expect(eventDates('Residents fled on Sunday.', monday, 'en')).toEqual(['2031-08-31']);
  });

  it('takes no deadline ahead for an event: "will stay closed until Friday" is a day the events have not reached', () => {
    expect(eventDates('The library will stay closed until Friday, the council said.', april3, 'en')).toEqual([]);
    expect(eventDates('Bids will be accepted until 20 April.', april3, 'en')).toEqual([]);
    expect(eventDates('La bibliothèque sera fermée jusqu’au 20 avril.', april3, 'fr')).toEqual([]);
    expect(eventDates('Die Bibliothek wird bis Freitag geschlossen bleiben.', april3, 'de')).toEqual([]);
    // The same day named as what happens, as what happened, or as when a state held, still counts.
    expect(eventDates('The library will reopen on Friday.', april3, 'en')).toEqual(['2031-04-04']);
    expect(eventDates('The library closed on Friday after a pipe burst.', april3, 'en')).toEqual(['2031-03-28']);
    expect(eventDates('Agents said 40 vessels were waiting offshore by Friday morning.', april3, 'en')).toEqual(['2031-03-28']);
  });

  it('does the same in German', () => {
    expect(eventDates('Die Fähre wurde Anfang März stillgelegt.', april3, 'de')).toEqual(['2031-03']);
    expect(eventDates('Der Betreiber wurde im August verurteilt.', april3, 'de')).toEqual(['2030-08']);
    expect(eventDates('Die Fähre wird im August wieder fahren.', april3, 'de')).toEqual(['2031-08']);
    expect(eventDates('Der Bürgermeister trat am Samstag zurück.', april3, 'de')).toEqual(['2031-03-29']);
    expect(eventDates('Die Werft wurde im Mai 2019 geschlossen.', null, 'de')).toEqual(['2019-05']);
  });
});

describe('future words in the clause of the date', () => {
  it('reads them as whole words in any script', () => {
    expect(eventDates("Les tarifs augmenteront à partir d'août.", april3, 'fr')).toEqual(['2031-08']);
    expect(eventDates('Le ferry a été immobilisé en août.', april3, 'fr')).toEqual(['2030-08']);
  });
});

describe('the year of a date', () => {
  it('is never the year the machine runs in', () => {
    // "à 2010" is read by the parser as a time of day: it names a year, nothing else.
    expect(eventDates("Le dernier accident d'une telle ampleur remonte à 2010, quand un appareil avait explosé.", null, 'fr')).toEqual(['2010']);
    expect(eventDates("Le dernier accident d'une telle ampleur remonte à 2010, quand un appareil avait explosé.", april3, 'fr')).toEqual(['2010']);
    // Without the article's date, a year-less date takes the one year its sentence states, or none.
    expect(eventDates('The yard was sold in 2019, and on 3 March the cranes were taken down.', null, 'en')).toEqual(['2019-03-03']);
    expect(eventDates('On 3 March the cranes were taken down.', null, 'en')).toEqual([]);
    // An English "march" or "may" in lower case is no month.
    expect(eventDates('The dockers threatened a march on the harbour office.', april3, 'en')).toEqual([]);
    expect(eventDates('The dockers may strike, the union said.', april3, 'en')).toEqual([]);
    expect(eventDates('The dockers marched in March.', april3, 'en')).toEqual(['2031-03']);
    expect(eventDates('Die Kräne wurden am 3. März abgebaut.', null, 'de')).toEqual([]);
  });
});

describe('the end of a period or a term', () => {
  it('is no event of the story, whatever the tense', () => {
    expect(eventDates('Le maire, dont le mandat s’achève le 31 décembre, a démissionné mardi.', april3, 'fr')).toEqual(['2031-04-01']);
    expect(eventDates('The chairman, whose term ends on 31 December, resigned on Tuesday.', april3, 'en')).toEqual(['2031-04-01']);
    expect(eventDates('The chairman remains in office until 31 December.', april3, 'en')).toEqual([]);
    expect(eventDates('El presidente seguirá en el cargo hasta el 31 de diciembre.', april3, 'es')).toEqual([]);
    expect(eventDates('Der Vorsitzende bleibt bis zum 31. Dezember im Amt.', april3, 'de')).toEqual([]);
  });
});

describe('the year of a date in an article without its own date', () => {
  // 12 November 2031 was a Wednesday; 11 April 2031 a Friday, 11 April 2030 a Thursday.
  const span = ['2031-11-12', '2031-11-12'] as const;

  it('takes the year nearest its story, never the year a term runs until (fr, es, de, en)', () => {
    expect(eventDates('Marc Dubois s’était fait réélire le 20 octobre dernier pour un troisième mandat jusqu’en 2036.', null, 'fr', span)).toEqual(['2031-10-20']);
    expect(eventDates('Marc Dubois s’était fait réélire le 20 octobre dernier pour un troisième mandat jusqu’en 2036.', null, 'fr')).toEqual([]);
    expect(eventDates('Fue reelegido el 20 de octubre para un mandato hasta 2036.', null, 'es')).toEqual([]);
    expect(eventDates('Er wurde am 20. Oktober für eine Amtszeit bis 2036 wiedergewählt.', null, 'de')).toEqual([]);
    expect(eventDates('He was re-elected on 20 October for a term until 2036.', null, 'en')).toEqual([]);
    // A year the sentence gives to something else does not date the story's day either.
    expect(eventDates('Kellor, en el poder desde 2024, enfrentó protestas tras las elecciones del 20 de octubre.', null, 'es', span)).toEqual(['2031-10-20']);
    // Across New Year: "8 December" in a story of early January is the December before.
    expect(eventDates('La sonda fue lanzada el pasado 8 de diciembre.', null, 'es', ['2032-01-03', '2032-01-03'])).toEqual(['2031-12-08']);
    // Just after the span (a hearing set for the next month) is still the story's year.
    expect(eventDates('Il comparaîtra le 2 décembre.', null, 'fr', span)).toEqual(['2031-12-02']);
  });

  it('lets a weekday written with the date pick the year it falls on, next to the story', () => {
    expect(eventDates('Dana Kellor a été arrêtée jeudi 11 avril à Northshire.', null, 'fr', ['2031-04-11', '2031-04-11'])).toEqual(['2030-04-11']);
    expect(eventDates('Dana Kellor a été arrêtée vendredi 11 avril à Northshire.', null, 'fr', ['2031-04-11', '2031-04-11'])).toEqual(['2031-04-11']);
    // With the article's own date too: "Thursday 11 April" in a May 2031 article is 2030's.
    expect(eventDates('Dana Kellor was arrested on Thursday 11 April.', new Date('2031-05-02T12:00:00Z'), 'en')).toEqual(['2030-04-11']);
    // A sentence's one year the weekday does not fit is another year's: no date.
    expect(eventDates("Arrêtée jeudi 11 avril, elle visée par un mandat de juin 2031.", null, 'fr')).toEqual(['2031-06']);
  });

  it('never reads "today" or "yesterday" against the machine clock', () => {
    expect(eventDates("Hier, le port a rouvert.", null, 'fr', span)).toEqual([]);
    expect(eventDates('The port reopened yesterday, shut since the storm of March 2029.', null, 'en', span)).toEqual(['2029-03']);
  });
});

describe('a month word that is a name', () => {
  const april21 = new Date('2031-04-21T12:00:00Z');

  it('is no month after a given name or before a surname or a speech verb (en)', () => {
    expect(eventDates('Leaders including Tom Kellor, Marisa May and Dana Vell condemned the attack.', april21, 'en')).toEqual([]);
    expect(eventDates('Prime Minister May said the harbour would reopen.', april21, 'en')).toEqual([]);
    expect(eventDates('April Kellor, the harbour master, resigned.', april21, 'en')).toEqual([]);
    expect(eventDates('May told reporters the vote was lost.', april21, 'en')).toEqual([]);
    // A month after a word that leads a date stays one.
    expect(eventDates('In May Northshire police closed the harbour.', april21, 'en')).toEqual(['2030-05']);
    expect(eventDates('The harbour closed in June and reopened on 2 April.', april21, 'en')).toEqual(['2030-06', '2031-04-02']);
  });

  it('is a name in an English name inside another language, and a capitalised month of a lower-case language is a name', () => {
    expect(eventDates('Des dirigeants dont Marisa May ont condamné l’attentat.', april21, 'fr')).toEqual([]);
    expect(eventDates('La chanteuse Avril Kellor a annulé son concert.', april21, 'fr')).toEqual([]);
    expect(eventDates('Le concert a été annulé en avril.', april21, 'fr')).toEqual(['2031-04']);
    // "dix-sept" holds no September.
    expect(eventDates('Ils n’avaient pas vu la lumière pendant dix-sept jours.', april21, 'fr')).toEqual([]);
  });
});
