// Italian agency reports read whole: headline, dateline, quotes in « », “ ” and " ", quotes
// after a colon, offices as speakers ("il procuratore", "il capo della protezione civile"),
// subjects left unwritten ("«…», ha detto.") and double given names. Invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, speakersOf } from '../../testing/speaker-cases.js';

const FLOOD = `Alluvione in Val Kessa, evacuate 300 famiglie. Il governatore: «Serve lo stato di emergenza»

PORT VELMAR, 3 novembre - Oltre 300 famiglie sono state evacuate nella notte in Val Kessa dopo l'esondazione del torrente, che ha allagato il centro di Kessport e interrotto la statale 42. Non ci sono vittime, ma due persone sono state ricoverate per ipotermia.

Come nel '98, l'acqua è arrivata in poche ore. "Abbiamo trovato l'acqua a un metro e mezzo nelle case del centro storico", ha spiegato il capo delle squadre di soccorso: "Molti anziani non volevano lasciare le loro abitazioni". In città c'è ancora un po' di paura.

Il comandante provinciale dei vigili del fuoco, l'ing. Gian Marco Ventresca, ha detto che sono stati impiegati 120 uomini e 14 mezzi anfibi. Ha aggiunto: «Il livello del torrente sta calando, ma la pioggia è prevista anche per domani».

Il governatore della regione, Ilse Brandauer, ha chiesto al governo lo stato di emergenza. «Servono subito i fondi per le famiglie», ha dichiarato in una nota. Il ministro dell'Interno Tomas Verhoek l'ha chiamata in serata.

Poi ha parlato il capo della protezione civile: «Abbiamo trovato strade interrotte in dodici punti e abbiamo chiesto l'aiuto dell'esercito».`;

const SHIPWRECK = `Naufragio al largo di Port Velmar, il comandante: "Il motore si è spento all'improvviso"

PORT VELMAR, 21 settembre - Sono 43 le persone tratte in salvo nella notte dopo il naufragio di un traghetto affondato a circa 12 miglia dal porto. Mancano all'appello due membri dell'equipaggio.

Il comandante della nave, il capitano Tomas Verhoek, 58 anni, è stato ascoltato per tre ore dagli investigatori. All'uscita ha parlato brevemente con i cronisti: «Abbiamo fatto tutto il possibile per salvare i passeggeri». Ha poi aggiunto: «Penso ai due ragazzi che non sono ancora tornati».

Il procuratore Ilse Brandauer ha disposto il sequestro del relitto. “Non è il momento delle ipotesi, è il momento dei fatti”, ha detto il procuratore ai giornalisti.

Sul molo c'erano decine di familiari. Un uomo, che aspettava notizie del figlio, ha raccontato: "Nessuno ci dice niente, siamo qui da ieri sera". La situazione resta difficile: «Non abbiamo più notizie da dodici ore».`;

const TENDERS = `Inchiesta sugli appalti, perquisizioni in Comune a Kessport

KESSPORT (Velmar), 5 febbraio – Perquisizioni negli uffici del Comune di Kessport nell'ambito di un'inchiesta sugli appalti per 14,5 milioni di euro. Tra gli indagati c'è l'ex assessore Marco Ventresca.

"Abbiamo piena fiducia nella magistratura", ha dichiarato il sindaco Dana Kellor in una nota. La sindaca ha poi precisato che nessun assessore in carica è coinvolto.

Il capogruppo Tomas Verhoek ha chiesto le dimissioni della giunta: «È un sistema che denunciamo da anni». E ancora: «Chiederemo un consiglio comunale straordinario».

L'avvocato di Ventresca, Gian Paolo Rinaldi, ha incontrato i cronisti in serata. «Non c'è stato alcun accordo, le gare erano regolari», ha spiegato il legale.`;

describe('Italian agency reports: quotes after a colon, offices, unwritten subjects', () => {
  it('finds a quote after a colon in a paragraph whose apostrophes ("\'98", "po\'") read as a single quote around it', () => {
    expectSpeakers('it', FLOOD, [
      ["Abbiamo trovato l'acqua", 'il capo delle squadre di soccorso'],
      ['Molti anziani non volevano', 'il capo delle squadre di soccorso'],
      ['Abbiamo trovato strade interrotte', 'il capo della protezione civile'],
    ]);
  });

  it('reads "Gian Marco" as a double given name and an unwritten subject as the person named since the last quote', () => {
    expectSpeakers('it', FLOOD, [
      ['Il livello del torrente', 'Gian Marco Ventresca'],
      ['Servono subito i fondi', 'Ilse Brandauer'],
      ['Serve lo stato di emergenza', 'Ilse Brandauer'],
    ]);
  });

  it('gives a colon quote with no subject written to the person in focus, and an office to who holds it', () => {
    expectSpeakers('it', SHIPWRECK, [
      ['Il motore si è spento', 'Tomas Verhoek'],
      ['Abbiamo fatto tutto il possibile', 'Tomas Verhoek'],
      ['Penso ai due ragazzi', 'Tomas Verhoek'],
      ['Non è il momento delle ipotesi', 'Ilse Brandauer'],
    ]);
  });

  it('leaves an unnamed person and a clause whose subject is no one without a speaker', () => {
    expectSpeakers('it', SHIPWRECK, [
      ['Nessuno ci dice niente', null],
      ['Non abbiamo più notizie', null],
    ]);
  });

  it('takes a titled name opening the clause before a colon as its subject, whatever the verb', () => {
    expectSpeakers('it', TENDERS, [
      ['Abbiamo piena fiducia', 'Dana Kellor'],
      ['È un sistema che denunciamo', 'Tomas Verhoek'],
      ['Chiederemo un consiglio comunale', 'Tomas Verhoek'],
      ["Non c'è stato alcun accordo", 'Gian Paolo Rinaldi'],
    ]);
  });

  it('keeps the speaker of the quote before when nobody else is named since', () => {
    const body = `Frana sulla provinciale, strada chiusa

KESSPORT, 9 aprile - Una frana ha bloccato la provinciale 12 all'altezza di Kessport.

«Abbiamo chiuso la strada per precauzione», ha detto il sindaco Marco Ventresca. La pioggia è cessata in serata. «Riapriremo appena i geologi daranno il via libera», ha aggiunto.`;
    expectSpeakers('it', body, [
      ['Abbiamo chiuso la strada', 'Marco Ventresca'],
      ['Riapriremo appena', 'Marco Ventresca'],
    ]);
  });

  it('does not read a capitalised adverb opening a sentence as a speaker', () => {
    const body = 'Il ponte è stato chiuso alle 21. Poi ha spiegato il prefetto: «Riapriremo solo dopo le verifiche».';
    expect(speakersOf('it', body)).toEqual([['Riapriremo solo dopo le verifiche', 'il prefetto']]);
  });

  it('reads a colon after a clause with no subject the same way in Spanish', () => {
    const body = 'Tomas Verhoek regresó ayer a Kessport tras el naufragio.\n\nDespués habló con los periodistas: «Hemos pedido ayuda al ejército para buscar a los desaparecidos».';
    expectSpeakers('es', body, [['Hemos pedido ayuda al ejército', 'Tomas Verhoek']]);
  });

  it('leaves languages that write every subject as they were: a colon after a clause naming no one is no attribution', () => {
    expect(speakersOf('en', 'Tomas Verhoek returned to Kessport on Monday. The sign on the door read: “Closed until further notice”.')).toEqual([]);
  });
});
