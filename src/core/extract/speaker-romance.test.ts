// Romance-language attributions that lost their speaker: a company taken up by its class noun
// ("a indiqué la compagnie", "dijo la aerolínea", "ha fatto sapere l'azienda") with a place a
// preposition governs inside its description, a circumstance between an inverted verb and its
// subject ("scrive su Twitter il presidente del Consiglio, X"), and a verb between dashes with no
// subject written after a sentence whose subject is an office ("Il sindaco ha ricevuto …").
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

const crashFr = "Un avion de la compagnie Kessport Airways s'est écrasé lundi près de Port Velmar avec 120 personnes à bord.\n\n";
const crashEs = 'Un avión de Kessport Airways se estrelló el lunes cerca de Port Velmar con 120 personas a bordo.\n\n';
const crashIt = 'Un aereo della Kessport Airways è precipitato lunedì vicino a Port Velmar con 120 persone a bordo.\n\n';
const crashPt = 'Um avião da Kessport Airways caiu na segunda-feira perto de Port Velmar com 120 pessoas a bordo.\n\n';

describe("a company's class noun takes up the company named before, a trade word ending its name ('Airways')", () => {
  it.each<Case>([
    ['fr', `${crashFr}« Le PDG a le regret de confirmer qu'il n'y a pas de survivant », a indiqué la compagnie dans un communiqué.`, [['pas de survivant', 'Kessport Airways']]],
    ['fr', `${crashFr}« Nous sommes en deuil », a annoncé la compagnie aérienne détenue à 100% par l'État de Velmar dans un communiqué.`, [['Nous sommes en deuil', 'Kessport Airways']]],
    ['es', `${crashEs}«Lamentamos confirmar que no hay supervivientes», dijo la compañía en un comunicado.`, [['no hay supervivientes', 'Kessport Airways']]],
    ['es', `${crashEs}«Lamentamos confirmar que no hay supervivientes», informó la aerolínea en un comunicado.`, [['no hay supervivientes', 'Kessport Airways']]],
    ['es', `${crashEs}«Lamentamos confirmar que no hay supervivientes», señaló la empresa.`, [['no hay supervivientes', 'Kessport Airways']]],
    ['it', `${crashIt}«Siamo profondamente addolorati», ha detto la società in una nota.`, [['profondamente addolorati', 'Kessport Airways']]],
    ['it', `${crashIt}«Siamo profondamente addolorati», ha detto la compagnia aerea in una nota.`, [['profondamente addolorati', 'Kessport Airways']]],
    ['it', `${crashIt}«Siamo profondamente addolorati», ha fatto sapere l'azienda.`, [['profondamente addolorati', 'Kessport Airways']]],
    ['pt', `${crashPt}«Lamentamos confirmar que não há sobreviventes», disse a companhia em comunicado.`, [['não há sobreviventes', 'Kessport Airways']]],
    ['pt', `${crashPt}«Lamentamos confirmar que não há sobreviventes», afirmou a empresa.`, [['não há sobreviventes', 'Kessport Airways']]],
    ['en', 'A Kessport Airways plane crashed on Monday near Port Velmar with 120 people on board.\n\n"We regret to confirm there are no survivors," the company said in a statement.', [['no survivors', 'Kessport Airways']]],
  ])('%s', run);
});

describe('a place or body a preposition governs inside the description is no speaker', () => {
  const crash = "Un avion s'est écrasé lundi près de Port Velmar avec 120 personnes à bord.\n\n";
  it.each<Case>([
    ['fr', `${crash}« Nous sommes en deuil », a annoncé la compagnie aérienne détenue à 100% par l'Etat velmarien dans un communiqué.`, [['Nous sommes en deuil', null]]],
    ['fr', `${crash}« Nous sommes en deuil », a annoncé la compagnie aérienne détenue à 100% par l'État d'Éthiopie dans un communiqué.`, [['Nous sommes en deuil', null]]],
    ['fr', `${crash}« Nous sommes en deuil », a annoncé la compagnie aérienne détenue à 100% par l'Éthiopie dans un communiqué.`, [['Nous sommes en deuil', null]]],
    ['fr', `${crash}« Nous sommes en deuil », a annoncé la compagnie aérienne détenue à 100% par le gouvernement de Velmar dans un communiqué.`, [['Nous sommes en deuil', null]]],
    ['it', 'Un aereo è precipitato lunedì vicino a Port Velmar con 120 persone a bordo.\n\n«Siamo in lutto», ha annunciato la compagnia aerea controllata dallo Stato di Velmar in una nota.', [['Siamo in lutto', null]]],
    ['it', 'Un aereo è precipitato lunedì vicino a Port Velmar con 120 persone a bordo.\n\n«Siamo in lutto», ha annunciato la compagnia aerea di proprietà del governo di Velmar in una nota.', [['Siamo in lutto', null]]],
    // The description itself when it is the body's name; the government that says it still speaks.
    ['fr', `${crash}« Nous sommes en deuil », a annoncé la compagnie aérienne nationale de Velmar dans un communiqué.`, [['Nous sommes en deuil', 'compagnie aérienne nationale de Velmar']]],
    ['fr', `${crash}« Nous sommes en deuil », a annoncé le gouvernement de Velmar dans un communiqué.`, [['Nous sommes en deuil', 'gouvernement de Velmar']]],
  ])('%s', run);
});

describe('a circumstance between an inverted verb and its subject with an apposed name', () => {
  const it0 = 'Il governo ha approvato lunedì la riforma delle pensioni.\n\n';
  it.each<Case>([
    ['it', `${it0}“È una giornata storica per il Paese”, scrive su Twitter il presidente del Consiglio, Tomas Verhoek.`, [['giornata storica', 'Tomas Verhoek']]],
    ['it', `${it0}“È una giornata storica per il Paese”, scrive su Twitter il ministro Tomas Verhoek.`, [['giornata storica', 'Tomas Verhoek']]],
    ['it', `${it0}“È una giornata storica per il Paese”, ha detto in un'intervista al Corriere di Velmar il presidente del Consiglio, Tomas Verhoek.`, [['giornata storica', 'Tomas Verhoek']]],
    ['it', `${it0}“È una giornata storica per il Paese”, ha detto al premier il ministro Tomas Verhoek.`, [['giornata storica', 'Tomas Verhoek']]],
    ['es', 'El Gobierno aprobó el lunes la reforma de las pensiones.\n\n«Es un día histórico para el país», escribió en Twitter el presidente, Tomas Verhoek.', [['día histórico', 'Tomas Verhoek']]],
    ['es', 'El Gobierno aprobó el lunes la reforma de las pensiones.\n\n«Es un día histórico para el país», escribió en su cuenta de Twitter el presidente del Gobierno, Tomas Verhoek.', [['día histórico', 'Tomas Verhoek']]],
    ['fr', "Le gouvernement a adopté lundi la réforme des retraites.\n\n« C'est une journée historique pour le pays », a écrit sur Twitter le président, Tomas Verhoek.", [['journée historique', 'Tomas Verhoek']]],
    ['pt', 'O governo aprovou na segunda-feira a reforma da previdência.\n\n«É um dia histórico para o país», escreveu no Twitter o presidente, Tomas Verhoek.', [['dia histórico', 'Tomas Verhoek']]],
    // Whom the words were told to is still no subject.
    ['it', 'Dana Kellor è stato trovato morto domenica.\n\n«Non è improbabile che abbia bevuto», ha detto su Twitter una fonte investigativa all’agenzia Kessa.', [['Non è improbabile', null]]],
  ])('%s', run);
});

describe('a verb with no subject after a sentence whose subject is a person or an office', () => {
  const named = 'Il sindaco Tomas Verhoek ha inaugurato il porto domenica. Nel naufragio al largo di Velmar è morto anche il comandante Marco Ventresca.\n\n';
  const dashed = '“Ho appreso con tristezza la notizia – ha detto –. Desidero manifestare la mia vicinanza alle famiglie”.';
  it.each<Case>([
    ['it', `${named}Il sindaco ha ricevuto lunedì in municipio i familiari delle vittime del naufragio.\n\n${dashed}`, [['Ho appreso', 'Tomas Verhoek'], ['Desidero manifestare', 'Tomas Verhoek']]],
    ['it', `${named}Il sindaco ha ricevuto lunedì in municipio i familiari delle vittime. ${dashed}`, [['Ho appreso', 'Tomas Verhoek'], ['Desidero manifestare', 'Tomas Verhoek']]],
    ['it', `${named}Il sindaco ha ricevuto lunedì in municipio i familiari delle vittime.\n\n“Ho appreso con tristezza la notizia”, ha detto.`, [['Ho appreso', 'Tomas Verhoek']]],
    ['it', `${named}“Ho appreso con tristezza la notizia”, ha detto il sindaco.`, [['Ho appreso', 'Tomas Verhoek']]],
    ['it', `Il presidente Tomas Verhoek ha parlato domenica. Nel naufragio al largo di Velmar è morto anche il comandante Marco Ventresca.\n\nIl capo dello Stato ha ricevuto lunedì i familiari delle vittime.\n\n${dashed}`, [['Ho appreso', 'Tomas Verhoek']]],
    ['it', `Tomas Verhoek ha parlato domenica. Nel naufragio al largo di Velmar è morto anche il comandante Marco Ventresca.\n\nVerhoek ha ricevuto lunedì i familiari delle vittime.\n\n${dashed}`, [['Ho appreso', 'Tomas Verhoek']]],
    // An office the article names no one for is someone unnamed, not the person last named.
    ['it', `${named.replace('Il sindaco Tomas Verhoek', 'Tomas Verhoek')}Il prefetto di Port Velmar ha ricevuto lunedì i familiari delle vittime.\n\n${dashed}`, [['Ho appreso', null]]],
    // A person named since the quote before goes on, as before.
    ['it', 'Il naufragio è avvenuto domenica.\n\n«Cerchiamo ancora i dispersi», ha detto Marco Ventresca.\n\nIl ministro Tomas Verhoek ha ricevuto lunedì i familiari.\n\n«Ho appreso la notizia – ha detto –. Sono vicino alle famiglie».', [['Cerchiamo ancora', 'Marco Ventresca'], ['Ho appreso', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('speech verbs in the perfect tenses, their participles derived from the simple past', () => {
  it.each<Case>([
    ['es', 'Tomas Verhoek habló ante el Congreso de Velmar.\n\n"Nos veremos en las urnas", ha finalizado.', [['Nos veremos', 'Tomas Verhoek']]],
    ['es', '"El puerto abrirá el lunes", ha lamentado la alcaldesa Dana Kellor.', [['El puerto abrirá', 'Dana Kellor']]],
    ['pt', 'Na terça-feira, o governador Tomas Verhoek já havia alertado a população. “Confesso que tenho medo. Pela primeira vez o porto fecha.”', [['Confesso que tenho medo', 'Tomas Verhoek']]],
    ['pt', '“O porto vai reabrir na segunda-feira”, tinha garantido a presidente da câmara, Dana Kellor.', [['O porto vai reabrir', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a description of someone in words is their statement, whoever relays it', () => {
  it.each<Case>([
    ['es', 'La primera ministra Dana Kellor habló el jueves. Según la BBC, Dana Kellor describió a la reina como «una roca sobre la que se construyó el país».', [['una roca sobre la que', 'Dana Kellor']]],
    ['pt', 'A primeira-ministra Dana Kellor falou na quinta-feira. Segundo a BBC, Dana Kellor descreveu a rainha como «uma rocha sobre a qual se construiu o país».', [['uma rocha sobre a qual', 'Dana Kellor']]],
    ['fr', "La Première ministre Dana Kellor s'est exprimée jeudi. Selon la BBC, Dana Kellor a décrit la reine comme « un roc sur lequel le pays s'est construit ».", [['un roc sur lequel', 'Dana Kellor']]],
  ])('%s', expectSpeakers);
});

describe('a sentence glued to the quote’s attribution by a lost space is no subject of it', () => {
  it.each<Case>([
    ['es', 'El asesor presidencial Tomas Verhoek escribió en un tuit que era un ataque.También pidió más apoyo."La mejor inversión son los tanques para Velmar. Especialmente los alemanes", dijo.Otros líderes europeos plantearon la idea de un sabotaje.', [['Especialmente los alemanes', 'Tomas Verhoek']]],
  ])('%s', expectSpeakers);
});
