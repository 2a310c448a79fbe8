// A quote introduced by a clause ending in a colon whose subject is not a name opening the
// sentence: in German the finite verb comes second, and its subject (a name, an office or a
// pronoun) stands after it, a separable particle closing the clause ("Das gab … bekannt:"). In the
// Romance languages an inverted verb names its addressee before the speaker ("declaró a la KPA
// Dana Kellor"). A colon after a clause whose subject is no person introduces nobody's words.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, speakersOf, type SpeakerCase as Case } from '../../testing/speaker-cases.js';
import { extractArticle } from './index.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);
const LEAD = 'Ein Airbus der Velmar Air stürzte am Dienstag in den Bergen bei Kessport ab. An Bord waren 150 Menschen.\n\n';
const NAMED = 'Oberstaatsanwalt Tomas Verhoek trat am Donnerstag in Kessport vor die Presse.\n\n';

describe('German: the subject after the finite verb, a separable particle closing the clause before the colon', () => {
  it.each<Case>([
    ['de', LEAD + 'Das gab der Leitende Oberstaatsanwalt Tomas Verhoek am Donnerstag in Kessport bekannt: „Der Kopilot hat die Maschine absichtlich in den Sinkflug gebracht.“', [['Der Kopilot hat die Maschine', 'Tomas Verhoek']]],
    ['de', LEAD + 'Am Abend gab die Sprecherin Dana Kellor in Velmar bekannt: „Wir haben alle Angehörigen informiert.“', [['Wir haben alle Angehörigen', 'Dana Kellor']]],
    ['de', LEAD + 'Dies räumte der Ermittler Marco Ventresca am Freitag ein: „Wir wissen noch nicht, was im Cockpit geschah.“', [['Wir wissen noch nicht', 'Marco Ventresca']]],
    ['de', LEAD + 'Die Vorwürfe wies der Konzernchef Marco Ventresca am Abend entschieden zurück: „Die Maschine war in einwandfreiem Zustand.“', [['Die Maschine war in einwandfreiem', 'Marco Ventresca']]],
    ['de', LEAD + 'Das hat die Sprecherin Dana Kellor am Freitag mitgeteilt: „Die Suche geht weiter.“', [['Die Suche geht weiter', 'Dana Kellor']]],
    ['de', LEAD + 'Dies teilte die Sprecherin Ilse Brandauer am Abend in Velmar mit: „Es gibt keine Überlebenden.“', [['Es gibt keine Überlebenden', 'Ilse Brandauer']]],
    // After the quote: the finite verb and its particle around the subject.
    ['de', LEAD + '„Es war kein Unfall“, gab der Oberstaatsanwalt Tomas Verhoek am Donnerstag bekannt.', [['Es war kein Unfall', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('German: whatever the verb, a pronoun or a person after the finite verb in second place introduces the quote', () => {
  it.each<Case>([
    ['de', NAMED + 'Auf die Frage nach dem Motiv sagte er: „Dazu kann ich nichts sagen.“', [['Dazu kann ich nichts sagen', 'Tomas Verhoek']]],
    ['de', NAMED + 'Mehrfach wiederholte er: „Es war kein Unfall.“', [['Es war kein Unfall', 'Tomas Verhoek']]],
    ['de', NAMED + 'Kurz darauf wurde er deutlicher: „Der Kopilot wollte die Maschine zerstören.“', [['Der Kopilot wollte', 'Tomas Verhoek']]],
    ['de', NAMED + 'Er zeigte sich erschüttert: „So etwas habe ich in dreißig Jahren nicht erlebt.“', [['So etwas habe ich', 'Tomas Verhoek']]],
    ['de', LEAD + 'Am Abend zeigte sich Marco Ventresca erleichtert: „Wir haben den zweiten Flugschreiber gefunden.“', [['Wir haben den zweiten', 'Marco Ventresca']]],
    ['de', LEAD + 'Als die Bergungsteams am Abend zurückkehrten, zeigte sich der Minister Marco Ventresca erschüttert: „Das ist ein schwarzer Tag für Velmar.“', [['Das ist ein schwarzer Tag', 'Marco Ventresca']]],
    // A pronoun opening the sentence, in any language.
    ['en', 'Tomas Verhoek spoke to reporters in Kessport on Thursday.\n\nHe described the last minutes of the flight: "The co-pilot locked the captain out."', [['The co-pilot locked', 'Tomas Verhoek']]],
    // A woman named last, then "sie": the pronoun after the verb is hers.
    ['de', 'Tomas Verhoek leitet die Ermittlungen. Die Sprecherin Dana Kellor informierte die Angehörigen.\n\nVor den Kameras betonte sie dann: „Wir lassen niemanden allein.“', [['Wir lassen niemanden allein', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a colon after a clause whose subject is no person introduces nobody’s words', () => {
  it.each<[string, string]>([
    ['de', NAMED + 'Die Lage in Kessport ist seitdem angespannt: „Niemand weiß, was als Nächstes passiert.“'],
    ['de', NAMED + 'Am Morgen flog die Maschine noch ruhig über Kessport: „Das war ein ganz normaler Flug.“'],
    ['de', NAMED + 'Auf der Tafel am Eingang des Rathauses steht: „Wir trauern um die Opfer von Kessport.“'],
    ['de', NAMED + 'Das Motto der Trauerfeier lautete: „Wir vergessen euch nie.“'],
    ['de', NAMED + 'Seit Tagen gibt es in Kessport nur ein Thema: „Warum hat er das getan?“'],
    // The first place holds the subject: the name after the verb is its object.
    ['de', NAMED + 'Die Polizei befragte Marco Ventresca am Abend: „Wo waren Sie in der Nacht?“'],
    ['en', 'Tomas Verhoek spoke on Thursday.\n\nThe storm hit the coast at night: "It was the worst storm in decades."'],
    // French "il" is impersonal too.
    ['fr', "Tomas Verhoek s'est exprimé jeudi à Kessport.\n\nIl faut le rappeler : « La sécurité des passagers passe avant tout. »"],
  ])('%s: %s', (language, body) => {
    expect(speakersOf(language, body).filter(([, speaker]) => speaker !== null)).toEqual([]);
  });

  it('a finite verb without its particle names no speech ("Es gab", "gab Gas")', () => {
    const body = 'Tomas Verhoek leitet die Ermittlungen. Es gab keine Überlebenden. Der Pilot gab kurz vor dem Aufprall noch einmal Gas.';
    const ex = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'de', body, original: body });
    expect(ex.attributions.map((a) => a.mode)).toEqual(['asserted', 'asserted', 'asserted']);
  });
});

describe('German sentences attributed through a verb in second place', () => {
  it('takes the subject after the verb, and reads a separable speech verb', () => {
    const body =
      'Tomas Verhoek leitet die Ermittlungen. Am Freitag dementierte Marco Ventresca die Vorwürfe. ' +
      'Der Kopilot habe die Maschine absichtlich gesenkt, gab Verhoek am Donnerstag bekannt. Die Polizei kritisierte Verhoek scharf.';
    const ex = extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: 'de', body, original: body });
    expect(ex.attributions.map((a) => [a.mode, a.source])).toEqual([
      ['asserted', null],
      ['attributed', 'Marco Ventresca'],
      ['attributed', 'Tomas Verhoek'],
      ['attributed', 'Polizei'],
    ]);
  });
});

describe('an inverted verb names whom it was said to, then the speaker', () => {
  it.each<Case>([
    ['es', 'El avión cayó el martes cerca de Kessport.\n\n«No hubo supervivientes», declaró a la KPA Dana Kellor.', [['No hubo supervivientes', 'Dana Kellor']]],
    ['es', 'El avión cayó el martes cerca de Kessport.\n\nDeclaró a la KPA Marco Ventresca: «No hubo supervivientes».', [['No hubo supervivientes', 'Marco Ventresca']]],
    ['es', 'El avión cayó el martes cerca de Kessport.\n\n«No hubo supervivientes», declaró a la agencia Harbour Herald el portavoz Dana Kellor.', [['No hubo supervivientes', 'Dana Kellor']]],
    ['es', 'El avión cayó el martes cerca de Kessport.\n\nAsí lo declaró a la agencia Harbour Herald el portavoz Dana Kellor: «No hubo supervivientes».', [['No hubo supervivientes', 'Dana Kellor']]],
    ['pt', 'O avião caiu na terça-feira perto de Kessport.\n\n«Não houve sobreviventes», disse à KPA Dana Kellor.', [['Não houve sobreviventes', 'Dana Kellor']]],
    // Only the addressee after the verb: the speaker in focus goes on.
    ['es', 'Tomas Verhoek llegó el martes a Kessport.\n\n«No hubo supervivientes», dijo a la KPA.', [['No hubo supervivientes', 'Tomas Verhoek']]],
  ])('%s', run);
});
