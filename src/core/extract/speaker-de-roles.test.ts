// German quote speakers: a medium in the dative is spoken to ("sagte Verhoek dem Harbour Herald"),
// a genitive after a description is whom it is of ("ein Sprecher der Agentur Kessa"); a company
// noun after an office is no name ("die Sprecherin der Fluggesellschaft, Dana Kellor"); a passive
// before a colon names the one spoken to ("Verhoek wurde gewarnt:"); an office named again without
// its holder ("sagte der Bürgermeister") is the person the article gave that office.
import { describe, it } from 'vitest';
import { expectSpeakers } from '../../testing/speaker-cases.js';

type Case = [string, [string, string | null][]];
const run = (body: string, truth: [string, string | null][]) => expectSpeakers('de', body, truth);
const lead = 'Der Hafen von Velmar bleibt wegen des Sturms gesperrt. Hafenchef Tomas Verhoek äußerte sich am Montag.\n\n';

describe('a medium in the dative is spoken to, a genitive after a description is spoken for', () => {
  it.each<Case>([
    [`${lead}„Wir prüfen alle Optionen“, sagte Verhoek dem Harbour Herald.`, [['Wir prüfen alle Optionen', 'Tomas Verhoek']]],
    ['Der Hafen von Velmar bleibt gesperrt.\n\n„Wir prüfen alle Optionen“, sagte Verhoek dem Harbour Herald.', [['Wir prüfen alle Optionen', 'Verhoek']]],
    ['Der Hafen von Velmar bleibt gesperrt.\n\n„Wir prüfen alle Optionen“, sagte Tomas Verhoek der Agentur Kessa.', [['Wir prüfen alle Optionen', 'Tomas Verhoek']]],
    ['Der Hafen von Velmar bleibt gesperrt. Die Chefin des Hafens ist Dana Kellor.\n\n„Wir prüfen alle Optionen“, sagte sie der Zeitung „Velmar Post“.', [['Wir prüfen alle Optionen', 'Dana Kellor']]],
    ['Der Hafen von Velmar bleibt gesperrt. Die Chefin des Hafens ist Dana Kellor.\n\nDem Harbour Herald sagte sie: „Wir prüfen alle Optionen.“', [['Wir prüfen alle Optionen', 'Dana Kellor']]],
    ['Der Hafen von Velmar bleibt gesperrt. Bürgermeister Tomas Verhoek äußerte sich am Montag.\n\n„Wir prüfen alle Optionen“, sagte der Bürgermeister dem Harbour Herald.', [['Wir prüfen alle Optionen', 'Tomas Verhoek']]],
    // An unnamed office speaking to a broadcaster: the office, never the broadcaster.
    ['Der Hafen von Velmar bleibt gesperrt.\n\n„Wir prüfen alle Optionen“, sagte die Hafenchefin dem Sender Kessa TV.', [['Wir prüfen alle Optionen', null]]],
    // "der" after a description is its genitive: the agency speaks through its spokesperson.
    ['Der Hafen von Velmar bleibt gesperrt.\n\n„Wir prüfen alle Optionen“, sagte ein Sprecher der Nachrichtenagentur Kessa.', [['Wir prüfen alle Optionen', 'Nachrichtenagentur Kessa']]],
    ['Der Hafen von Velmar bleibt gesperrt.\n\n„Wir prüfen alle Optionen“, sagte ein Sprecher der Agentur Kessa am Montag.', [['Wir prüfen alle Optionen', 'Agentur Kessa']]],
  ])('%s', run);
});

describe('an office with a company noun after it, then the name apposed', () => {
  it.each<Case>([
    ['Der Flughafen von Velmar bleibt gesperrt.\n\n„Alle Flüge sind gestrichen“, sagte die Sprecherin der Fluggesellschaft, Dana Kellor, am Montag.', [['Alle Flüge sind gestrichen', 'Dana Kellor']]],
    ['Der Flughafen von Velmar bleibt gesperrt.\n\n„Alle Flüge sind gestrichen“, sagte der Sprecher der Reederei, Tomas Verhoek.', [['Alle Flüge sind gestrichen', 'Tomas Verhoek']]],
    ['Der Flughafen von Velmar bleibt gesperrt.\n\nDie Sprecherin der Fluggesellschaft, Dana Kellor, sagte: „Alle Flüge sind gestrichen.“', [['Alle Flüge sind gestrichen', 'Dana Kellor']]],
    // No name apposed: the company noun is still no person.
    ['Der Flughafen von Velmar bleibt gesperrt.\n\n„Alle Flüge sind gestrichen“, sagte die Sprecherin der Fluggesellschaft.', [['Alle Flüge sind gestrichen', 'die Sprecherin']]],
  ])('%s', run);
});

describe('a passive before a colon: its subject was spoken to', () => {
  const port = 'Der Hafen von Velmar bleibt gesperrt. Tomas Verhoek leitet den Hafen.\n\n';
  it.each<Case>([
    [`${port}Verhoek wurde gewarnt: „Der Damm hält nicht mehr lange.“`, [['Der Damm hält nicht mehr lange', null]]],
    [`${port}Er wurde gefragt: „Warum wurde der Hafen nicht früher geschlossen?“`, [['Warum wurde der Hafen', null]]],
    [`${port}Verhoek ist am Montag gewarnt worden: „Der Damm hält nicht mehr lange.“`, [['Der Damm hält nicht mehr lange', null]]],
    [`${port}Er wurde am Montag im Rathaus befragt: „Warum so spät?“`, [['Warum so spät', null]]],
    // The agent speaks.
    [`${port}Verhoek wurde von Dana Kellor gewarnt: „Der Damm hält nicht mehr lange.“`, [['Der Damm hält nicht mehr lange', 'Dana Kellor']]],
    // Active, or "wurde" as "became": the subject speaks.
    [`${port}Verhoek hat gewarnt: „Der Damm hält nicht mehr lange.“`, [['Der Damm hält nicht mehr lange', 'Tomas Verhoek']]],
    [`${port}Kurz darauf wurde Verhoek deutlicher: „Der Damm hält nicht mehr lange.“`, [['Der Damm hält nicht mehr lange', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('an office named again without its holder is the person named with it', () => {
  it.each<Case>([
    ['Der Hafen von Velmar bleibt gesperrt. Bürgermeister Tomas Verhoek rief den Notstand aus.\n\n„Wir brauchen Hilfe vom Land“, sagte der Bürgermeister.', [['Wir brauchen Hilfe', 'Tomas Verhoek']]],
    ['Der Hafen von Velmar bleibt gesperrt. Oberbürgermeisterin Dana Kellor rief den Notstand aus.\n\n„Wir brauchen Hilfe vom Land“, sagte die Oberbürgermeisterin.', [['Wir brauchen Hilfe', 'Dana Kellor']]],
    ['Der Hafen von Velmar bleibt gesperrt. Oberbürgermeister Tomas Verhoek rief den Notstand aus.\n\n„Wir brauchen Hilfe vom Land“, sagte der Bürgermeister.', [['Wir brauchen Hilfe', 'Tomas Verhoek']]],
    ['Der Sturm traf den Kreis Velmar. Landrat Tomas Verhoek rief den Katastrophenfall aus.\n\n„Wir brauchen Hilfe“, sagte der Landrat.', [['Wir brauchen Hilfe', 'Tomas Verhoek']]],
    ['In Velmar ermittelt die Polizei. Oberstaatsanwältin Ilse Brandauer leitet die Ermittlungen.\n\n„Es gibt keine Hinweise auf Fremdverschulden“, sagte die Oberstaatsanwältin.', [['Es gibt keine Hinweise', 'Ilse Brandauer']]],
    ['Staatsanwalt Tomas Verhoek erhob Anklage.\n\n„Die Beweise sind eindeutig“, sagte der Staatsanwalt.', [['Die Beweise sind eindeutig', 'Tomas Verhoek']]],
    ['Die Maschine landete sicher in Kessport. Kapitän Marco Ventresca fliegt seit 20 Jahren.\n\n„Wir hatten keine Wahl“, sagte der Kapitän später.', [['Wir hatten keine Wahl', 'Marco Ventresca']]],
    ['Die Maschine landete sicher in Kessport. Pilotin Dana Kellor fliegt seit 20 Jahren.\n\n„Wir hatten keine Wahl“, sagte die Pilotin später.', [['Wir hatten keine Wahl', 'Dana Kellor']]],
    ['Innenminister Tomas Verhoek kündigte Kontrollen an.\n\n„Wir werden hart durchgreifen“, sagte der Innenminister.', [['Wir werden hart durchgreifen', 'Tomas Verhoek']]],
    ['Der Ministerpräsident Tomas Verhoek kündigte Kontrollen an.\n\n„Wir werden hart durchgreifen“, sagte der Ministerpräsident.', [['Wir werden hart durchgreifen', 'Tomas Verhoek']]],
    ['Kanzlerin Dana Kellor traf den Gast aus Velmar.\n\n„Es war ein gutes Gespräch“, sagte die Kanzlerin.', [['Es war ein gutes Gespräch', 'Dana Kellor']]],
    ['Regierungssprecher Tomas Verhoek bestätigte das Treffen.\n\n„Es war ein gutes Gespräch“, sagte der Regierungssprecher.', [['Es war ein gutes Gespräch', 'Tomas Verhoek']]],
    ['Polizeisprecher Tomas Verhoek bestätigte den Einsatz in Velmar.\n\n„Es gab zwei Verletzte“, sagte der Polizeisprecher.', [['Es gab zwei Verletzte', 'Tomas Verhoek']]],
    ['Feuerwehrsprecherin Dana Kellor bestätigte den Einsatz in Velmar.\n\n„Es gab zwei Verletzte“, sagte die Feuerwehrsprecherin.', [['Es gab zwei Verletzte', 'Dana Kellor']]],
    ['Konzernchef Tomas Verhoek kündigte Stellenabbau bei Kessport an.\n\n„Wir müssen sparen“, sagte der Konzernchef.', [['Wir müssen sparen', 'Tomas Verhoek']]],
    ['Vorstandschefin Dana Kellor kündigte Stellenabbau bei Kessport an.\n\n„Wir müssen sparen“, sagte die Vorstandschefin.', [['Wir müssen sparen', 'Dana Kellor']]],
    // Another office, or none named: not the person named before.
    ['Landrat Tomas Verhoek rief den Katastrophenfall aus.\n\n„Es gab zwei Verletzte“, sagte der Polizeisprecher.', [['Es gab zwei Verletzte', 'der Polizeisprecher']]],
    ['Bürgermeister Tomas Verhoek rief den Notstand aus.\n\n„Wir müssen sparen“, sagte die Landrätin.', [['Wir müssen sparen', 'die Landrätin']]],
  ])('%s', run);
});

describe('the institution an office is of, in the genitive, before the apposed holder', () => {
  it.each<Case>([
    ['Der Sturm traf die Insel am Mittwoch.\n\n„Velmar wird eine zerstörte Insel sein“, sagte der Direktor der Notfallbehörde, Tomas Verhoek.', [['Velmar wird eine zerstörte Insel sein', 'Tomas Verhoek']]],
    ['Der Sturm traf die Insel am Mittwoch.\n\n„Wir werden unsere Insel zerstört vorfinden“, sagte der Chef des Katastrophenschutzes, Tomas Verhoek.', [['Wir werden unsere Insel', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a party member or politician after a quote is the person in focus; in the plural, no one', () => {
  it.each<[string, [string, string | null][]]>([
    ['Nach dem Brückeneinsturz in Velmar hat Präsident Tomas Verhoek Hilfe angekündigt. "Die Regierung übernimmt die Kosten", sagte der Demokrat am Dienstag in Kessport.', [['Die Regierung übernimmt', 'Tomas Verhoek']]],
    ['Die Abgeordnete Dana Kellor stimmte gegen das Gesetz. "Es ist vorbei", sagte die Republikanerin nach der Abstimmung.', [['Es ist vorbei', 'Dana Kellor']]],
    ['Die Abgeordnete Dana Kellor stimmte gegen das Gesetz. "Wir lehnen es ab", sagten die Politiker der Opposition.', [['Wir lehnen es ab', 'die Politiker']]],
  ])('%s', run);
});

describe('a lone given name right after a speech verb is the person speaking', () => {
  it.each<[string, [string, string | null][]]>([
    ['„Der Tod meiner Mutter ist ein Moment größter Trauer", erklärt Tomas in einer Mitteilung. Anna Kellor war bei ihm. Weiter erklärt Tomas: „Während dieser Zeit der Trauer werden wir getröstet."', [['Während dieser Zeit', 'Tomas']]],
  ])('%s', run);
});
