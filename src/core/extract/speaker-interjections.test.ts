import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

// Constructions of real reports that gave no speaker or the wrong one, with invented names.
const speakers = (body: string, language: string | null = null) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).quotes.map((q) => [q.text.slice(0, 24), q.speaker]);

describe('speakers of quotes in the constructions of the news', () => {
  it('takes no name made an adjective ("Velmar-based Kessport") for the speaker', () => {
    const body = 'The ferry sank near Kessa on Sunday. "We are closely following reports on the ferry," said Velmar-based Kessport, the builder, in a statement.';
    expect(speakers(body)).toEqual([['We are closely following', 'Kessport']]);
  });

  it('reads an inverted verb after a complement of the quote set off by a comma, and a verb of going on with a description', () => {
    const body =
      '"Je suis infiniment désolé que nous ayons déçu la confiance" de millions de personnes, a déclaré M. Verhoek dans une vidéo diffusée sur le site de Kessport. ' +
      '"Je m\'excuse profondément auprès de nos clients pour cette faute", a poursuivi le patron de Kessport, qui indique ne pas avoir toutes les réponses.';
    expect(speakers(body, 'fr')).toEqual([
      ['Je suis infiniment désol', 'Verhoek'],
      ["Je m'excuse profondément", 'Verhoek'],
    ]);
  });

  it('gives a verb of going on with an indefinite subject to nobody already named', () => {
    const body = '"Nous reconstruirons le port", a déclaré Dana Kellor lundi. "Il faudra des années", a poursuivi un responsable de la mairie.';
    expect(speakers(body, 'fr')[1]).toEqual(['Il faudra des années', null]);
  });

  it('takes the name apposed to a description after a determiner and a noun of nationality', () => {
    const body = 'Die Landung sei möglicherweise nicht gelungen, sagte der Projektleiter, der Österreicher Tomas Verhoek. Es sei auch möglich, dass die Sonde nochmals abgehoben hätte. „Möglicherweise sind wir heute also zweimal gelandet.“';
    expect(speakers(body, 'de')).toEqual([['Möglicherweise sind wir ', 'Tomas Verhoek']]);
  });

  it('finds the speaker of reported speech in a sentence that opens with another quote', () => {
    const body = 'Um 18.03 Uhr twitterte die Sonde: „Meine Harpunen wurden nicht abgefeuert.“ Die Verankerung sei möglicherweise nicht gewährleistet, sagte der Projektleiter, der Österreicher Tomas Verhoek. Das könne bedeuten, dass der Roboter „in weichem Material steckt“. Es sei auch möglich, dass er nochmals abgehoben hätte. „Möglicherweise sind wir heute also zweimal gelandet.“';
    expect(speakers(body, 'de').slice(1)).toEqual([
      ['in weichem Material stec', 'Tomas Verhoek'],
      ['Möglicherweise sind wir ', 'Tomas Verhoek'],
    ]);
  });

  it('follows sentences of German reported speech back to their speaker', () => {
    const body = 'Die Landung sei möglicherweise nicht gelungen, sagte Projektleiter Tomas Verhoek. Es sei auch möglich, dass die Sonde nochmals abgehoben hätte. „Möglicherweise sind wir heute also zweimal gelandet.“ Genaueres könne man noch nicht sagen.';
    expect(speakers(body, 'de')).toEqual([['Möglicherweise sind wir ', 'Tomas Verhoek']]);
    // A sentence in the indicative between them ends the reported speech.
    const broken = body.replace('Es sei auch möglich', 'Es ist auch möglich');
    expect(speakers(broken, 'de')).toEqual([['Möglicherweise sind wir ', null]]);
  });

  it('takes the speaker an attribution between dashes inside the quote names', () => {
    const body = 'Il capo del gruppo Kessport ha affermato che “le autorità hanno accertato delle manipolazioni. Il consiglio – prosegue Verhoek – prende molto sul serio le violazioni accertate”. La società ha sospeso le vendite.';
    expect(speakers(body, 'it').map(([, s]) => s)).toEqual(['Verhoek', 'Verhoek']);
  });
});

describe('names after an office of a body', () => {
  it('parts the body named with an elided article from a holder of three names ("l’Intérieur Aram Veli Kessor")', () => {
    const body = "Le bilan s'élève à 40 morts. «Le bilan est de 40 morts et d'au moins 200 blessés», a déclaré à l'AFP le porte-parole du ministère de l'Intérieur Aram Veli Kessor.";
    expect(speakers(body, 'fr')).toEqual([['Le bilan est de 40 morts', 'Aram Veli Kessor']]);
  });
});

describe('a news agency named before a person', () => {
  it('parts the agency told from the name of who told it ("a dit à Reuters Dana Kellor")', () => {
    const body = "«Ce ne sont pas seulement quelques villages qui sont touchés», a dit à Reuters Dana Kellor, cheffe de mission adjointe à l'ambassade.";
    expect(speakers(body, 'fr')).toEqual([['Ce ne sont pas seulement', 'Dana Kellor']]);
    const names = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'en', body: 'The Reuters Institute Digital News Report found trust fell in Northshire.', original: '' }).entities.map((e) => e.name);
    expect(names).toContain('Reuters Institute Digital News Report');
  });
});

describe('a verb after the quote with no subject written', () => {
  it('goes on with whoever the speech verb of the sentence before gave words to, an organisation too', () => {
    const body = 'A capitã Dana Kellor estava a bordo com 40 tripulantes. O navio perdeu contato no sábado, informou o Ministério dos Transportes em comunicado.\n\n"Estamos trabalhando com as autoridades", disse.';
    expect(speakers(body, 'pt')).toEqual([['Estamos trabalhando com ', 'Ministério dos Transportes']]);
  });
});

describe('a dateline in title case', () => {
  it('is a place, never a speaker ("Kessa Lumpur - Um navio …")', () => {
    const ex = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'pt', body: 'Mundo\n\nKessa Lumpur - Um navio com 227 passageiros perdeu contato no sábado, informou a companhia em comunicado.\n\n"Estamos trabalhando com as autoridades", disse.', original: '' });
    expect(ex.entities.find((e) => e.name === 'Kessa Lumpur')?.type).toBe('place');
    expect(ex.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('German surnames that are common words', () => {
  it('keeps the surname after a given name, a function word or a noun ("Stephan Weil", "Matthias Müller")', () => {
    const names = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'de', body: 'Verhoek solle durch Kessport-Chef Matthias Müller ersetzt werden. Ministerpräsident Stephan Weil sagte, die Lage sei ernst, weil die Werke stillstehen.', original: '' }).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Matthias Müller', 'Stephan Weil']));
  });
});

describe('quotes of reported speech', () => {
  it('gives a quoted phrase in the Konjunktiv I to who confirmed or said what it reports, in the sentence before', () => {
    const body = 'Staatsanwältin Dana Kellor hatte die Vorwürfe gegen den Chef Tomas Verhoek am Montag bestätigt. Der Manager habe unter anderem „mehrere Jahre lang zu hohe Gewinne ausgewiesen“. Verhoek schweigt.';
    expect(speakers(body, 'de')).toEqual([['mehrere Jahre lang zu ho', 'Dana Kellor']]);
  });
});
