// Who speaks when someone else is named nearer the quote: a circumstance after the verb, an object,
// the medium spoken to or relaying, and attributions without a speech verb ("so X", a dash).
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

describe('a circumstance after the verb names no subject: the speaker in focus goes on', () => {
  it.each<Case>([
    ['es', 'La ministra Dana Kellor visitó ayer la presa de Velmar.\n\n"Reforzaremos los diques antes del invierno", agregó, tras criticar al alcalde de Velmar Tomas Verhoek.', [['Reforzaremos los diques', 'Dana Kellor']]],
    ['pt', 'O ministro Tomás Ferrão visitou ontem a barragem de Velmar.\n\n"As comportas serão trocadas até março", acrescentou, após visitar o prefeito da vila, Rui Almada.', [['As comportas serão', 'Tomás Ferrão']]],
    ['es', 'El puerto de Velmar cerró el lunes.\n\n«Reabriremos el puerto en cuanto sea seguro», dijo en Kessa el ministro Tomas Verhoek.', [['Reabriremos el puerto', 'Tomas Verhoek']]],
    // A time and a circumstance set off by commas before the subject are passed over.
    ['es', 'Marco Ventresca recordó que la situación es crítica.\n\n"No queda mucho tiempo", dijo hoy, a través de Twitter, el presidente de Kessa, Tomas Verhoek, quien ordenó ayudar.', [['No queda mucho tiempo', 'Tomas Verhoek']]],
    // A full name right after the circumstance's common noun opens the subject.
    ['es', 'La hermana del marinero pidió respuestas en Velmar.\n\n"Solo le exijo al presidente que revierta esta decisión", informó en diálogo con esta agencia Marco Ventresca, padre de un tripulante.', [['Solo le exijo', 'Marco Ventresca']]],
    // "y la Cámara": a second object of the preposition, no subject.
    ['es', 'El presidente de Velmar, Tomas Verhoek, habló este miércoles ante el Congreso de Kessa. «Velmar nunca se rendirá», prometió en su discurso ante el Senado y la Cámara de Representantes, donde fue recibido entre aplausos.', [['Velmar nunca se rendirá', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a person named as an object is not who "he" is when a speaker is near', () => {
  it.each<Case>([
    ['en', 'Harbour master Peter Kellor said that the storm had torn the pier apart overnight.\n\nThe waves sank three boats, including one owned by ferry operator Tomas Verhoek.\n\n"We will not reopen the harbour before Friday," he said.', [['We will not reopen', 'Peter Kellor']]],
    ['en', 'Peter Kellor, reporting from Velmar, described the search.\n\nKellor added there was still no trace of the missing skipper Tomas Verhoek’s boat.\n\n"Divers will go down again at first light," he said.', [['Divers will go down', 'Peter Kellor']]],
    // A name after "and" is an object as the phrase before it is.
    ['en', 'Prime Minister Tomas Verhoek visited the flooded town of Velmar on Monday.\n\nHe thanked the rescue teams and Marco Ventresca for their work through the night.\n\n"We will rebuild every bridge," he said.', [['We will rebuild', 'Tomas Verhoek']]],
    ['en', 'Prime Minister Tomas Verhoek visited the flooded town of Velmar on Monday. He praised the volunteers and mayor Marco Ventresca. He said: "We will rebuild every bridge."', [['We will rebuild', 'Tomas Verhoek']]],
    // A gerund governs its object as a verb does: the subject before it goes on.
    ['it', 'La candidata Anna Kellor ha vinto il ballottaggio di Velmar con il 61% dei voti, sconfiggendo il sindaco uscente Tomas Verhoek. "Non vi deluderò mai", ha affermato davanti ai sostenitori.', [['Non vi deluderò mai', 'Anna Kellor']]],
    // Only a person has an age: a lone surname after one is a person's, in focus for the verb after the quote.
    ['pl', 'Jego rywal, burmistrz Tomasz Wierzbicki, otrzymał 30 procent głosów.\n\n45-letni Kellor wygłosił po zwycięstwie krótkie przemówienie.\n\n"Dziękuję wszystkim mieszkańcom Velmaru" – powiedział.', [['Dziękuję wszystkim', 'Kellor']]],
    // A name after a preposition and a title ("avec le pape X", "mit Bürgermeister X") is governed by the preposition.
    ['fr', 'De son côté, le ministre de l’Intérieur Tomas Verhoek s’est remémoré son échange avec le pape Marco en décembre dernier. «J’ai pu mesurer sa bonté», a-t-il écrit.', [['J’ai pu mesurer', 'Tomas Verhoek']]],
    ['de', 'Ministerin Anna Kellor traf sich am Montag in Velmar mit Bürgermeister Tomas Verhoek. „Wir bauen die Brücke wieder auf“, sagte sie.', [['Wir bauen die Brücke', 'Anna Kellor']]],
    // Names joined by "and" before the verb are both subjects.
    ['en', 'Tomas Verhoek and Marco Ventresca met in Velmar on Monday.\n\nVentresca and Verhoek agreed to reopen the port. "The ferries run again tomorrow," Ventresca said.', [['The ferries run again', 'Marco Ventresca']]],
  ])('%s', run);
});

describe('a medium that relays or is spoken to is not the speaker', () => {
  it.each<Case>([
    ['en', 'Tomas Verhoek, Northshire\'s envoy, said his country would turn down the loan, the Harbour Herald reported.\n\n"Nobody consulted our farmers about it," he said on local radio, according to the paper.', [['Nobody consulted', 'Tomas Verhoek']]],
    ['es', 'El tren era operado por Velmar Rail Group, según ha explicado la firma a la cadena Kessa TV.\n\n«Revisaremos todos los frenos de la flota», dijo la empresa en una nota.', [['Revisaremos todos los frenos', 'Velmar Rail Group']]],
    ['ru', 'Олег Громов закрыл рынок у Вельска на неделю.\n\n"Торговля начнётся снова в понедельник", сообщает телеграм-канал KessaNews.', [['Торговля начнётся', 'Олег Громов']]],
  ])('%s', run);
});

describe('German "so X" attributes without a verb, before or after the quote', () => {
  it.each<Case>([
    ['de', 'Bürgermeisterin Dana Kellor hat die Brücke in Velmar gesperrt. Die Brücke bleibe bis Montag zu, so Kellor am Dienstag. „Die Pfeiler sind beschädigt, und der Gutachter kommt erst nächste Woche.“', [['Die Pfeiler sind beschädigt', 'Dana Kellor']]],
    ['de', 'Auch Bürgermeisterin Dana Kellor hatte auf neue Fähren gehofft. Nun gelte es, „die Pendler schneller über den Fluss zu bringen“, so Kellor im Radiointerview. „Die alte Fähre fährt nur noch zweimal am Tag.“', [['die Pendler schneller', 'Dana Kellor'], ['Die alte Fähre', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a role noun without a name: its holder named earlier', () => {
  it.each<Case>([
    ['fr', "Le gouverneur de Velmar, Tomas Verhoek, a visité le port mardi.\n\nLes quais resteront fermés jusqu'à jeudi, a ensuite précisé le gouverneur. « Les grues doivent d'abord être inspectées une par une. »", [['Les grues doivent', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('Polish: a quote set as dialogue with a dash, then the verb', () => {
  it.each<Case>([
    ['pl', 'Rzecznik Tomasz Wierzbicki odpowiadał w piątek na pytania dziennikarzy.\n\n– Prom wróci na trasę dopiero po przeglądzie silników – powiedział Wierzbicki w rozmowie z reporterami w porcie.', [['Prom wróci na trasę', 'Tomasz Wierzbicki']]],
  ])('%s', run);
});

describe('a lone name opening its sentence before a speech verb, and a guillemet typed the wrong way round', () => {
  it.each<Case>([
    ['de', 'Verhoek erklärte, dass die Stadt Kessa um Hilfe gebeten habe. «Wir schicken morgen zwei Fähren los», sagte er am Hafen.', [['Wir schicken morgen', 'Verhoek']]],
    ['es', 'Kessa se convirtió en el refugio de la flota. «Agradecemos mucho al alcalde por la ayuda del puerto«, dijo el portavoz de la naviera, Tomas Verhoek.', [['Agradecemos mucho', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('an object pronoun before the inverted speech verb', () => {
  it.each<Case>([
    ['it', 'Il porto ha riaperto. "Mi congratulo con lei, è stato un ottimo capitano", gli ha detto il presidente Tomas Verhoek che ha poi chiuso il pozzo.', [['Mi congratulo', 'Tomas Verhoek']]],
    ['es', 'El puerto reabrió. "Te felicito por tu trabajo, capitán", le dijo el presidente Tomas Verhoek.', [['Te felicito', 'Tomas Verhoek']]],
    ['fr', 'Le port a rouvert. « Je vous félicite pour ce travail », lui a dit le président Tomas Verhoek.', [['Je vous félicite', 'Tomas Verhoek']]],
    ['pt', 'O porto reabriu. "Parabéns pelo trabalho, capitão", lhe disse o presidente Tomas Verhoek.', [['Parabéns pelo', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('a paragraph led by a speaker’s label, as transcripts print what was said', () => {
  it.each<Case>([
    ['en', 'The party won the election.\n\nTomas Verhoek, President of Velmar: This is a good, strong, symbolic result! We are very grateful.\n\nVerhoek named an economist as prime minister.', [['symbolic result', 'Tomas Verhoek']]],
    ['de', 'Die Lage im Hafen ist ernst.\n\nAnna Kellor: Wir werden den Hafen wieder aufbauen, und zwar schnell.', [['Hafen wieder aufbauen', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);

  it('is no label without a given name opening it', () => {
    expectSpeakers('en', 'The port closed.\n\nBreaking News: The port will stay closed until Monday at the earliest.', []);
  });
});

describe('French quotes after an elided preposition and after "soutenir"', () => {
  it.each<Case>([
    ['fr', 'Reconnaissant sa défaite, Tomas Verhoek a promis d’"épauler le nouveau président dans toutes ses décisions", avant d’appeler à l’unité.', [['épauler le nouveau président', 'Tomas Verhoek']]],
    ['fr', 'Devant la cour, Tomas Verhoek soutenait « Je ne suis pas un assassin, je ne suis pas un tueur  ».', [['Je ne suis pas un assassin', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('a past-tense verb opening a sentence whose subject is dropped is no part of the name after it', () => {
  it.each<Case>([
    ['pl', '- Pamięć o nim nie zniknie - powiedział mediom Kellor. Nazwał Verhoeka "sztandarem walki o wolność". Ocenił, że opozycja "nie może pozwolić władzom zapomnieć o tej zbrodni".', [['nie może pozwolić', 'Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a description after the verb with a name in apposition: the name speaks, not whoever the description names', () => {
  it.each<Case>([
    ['en', 'The port burned. "I see the body of Tomas in front of me," said a friend of Mr. Verhoek, the opposition leader Anna Kellor, to the agency.', [['I see the body', 'Anna Kellor']]],
    ['fr', 'Le port a brûlé. "Devant moi, je vois le corps de Tomas", a déclaré un proche de M. Verhoek, l’opposant Anna Kellor, à l’agence.', [['Devant moi', 'Anna Kellor']]],
    ['es', 'El puerto ardió. "Veo el cuerpo de Tomas delante de mí", dijo un amigo de Verhoek, el opositor Anna Kellor, a la agencia.', [['Veo el cuerpo', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});
