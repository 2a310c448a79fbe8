// Who speaks, on invented articles in the languages of the news: the general patterns real
// reports attribute quotes with (an impersonal verb and the body after it, a colon, a relay, a
// name with a particle, an institution as the subject, a new speaker taking over).
import { describe, expect, it } from 'vitest';
import { expectSpeakers, speakersOf as speakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

describe('Russian: a dash after the quote, then the verb', () => {
  it.each<Case>([
    [
      'ru',
      'На трассе под Вельском перевернулся автобус с туристами.\n\n«Пострадавших нет, движение восстановлено», — сообщили в МЧС.\n\n«Рейс перенесён на утро», — сообщило агентство Севинформ.',
      [['Пострадавших нет', 'МЧС'], ['Рейс перенесён', 'Севинформ']],
    ],
    [
      'ru',
      'Пресс-секретарь губернатора Олег Громов провёл брифинг.\n\n«Мы не видим угрозы для города», — заявил Громов.\n\nВ ГИБДД заявили: «Проверка начнётся в понедельник».',
      [['Мы не видим угрозы', 'Олег Громов'], ['Проверка начнётся', 'ГИБДД']],
    ],
  ])('%s', run);
});

describe('quoted names in a list are no speech, even after a speech verb', () => {
  it.each<[string, string]>([
    ['ru', 'Пограничное управление ранее заявило, что суда «Вега», «Альтаир» и «Орион» нарушили границу.'],
    ['en', 'The coastguard said the trawlers "Vega", "Altair" and "Orion" had crossed the line.'],
  ])('%s', (language, body) => expect(speakers(language, body)).toEqual([]));
});

describe('a colon after the clause that names the speaker', () => {
  it.each<Case>([
    ['es', 'Tras el temblor, muchos durmieron al raso.\n\nNadia el Khattabi, vecina de Tamesna, describió la noche: «Sentimos una sacudida muy violenta y salimos todos a la calle».', [['Sentimos una sacudida', 'Nadia el Khattabi']]],
    ['fr', "La mairie a fermé l'école.\n\nLe maire Paul Verdier a déclaré : « Nous rouvrirons l'école lundi. »", [["Nous rouvrirons l'école", 'Paul Verdier']]],
    ['de', 'Die Schule bleibt zu.\n\nBürgermeisterin Jana Wollmer sagte: „Wir öffnen die Schule am Montag wieder.“', [['Wir öffnen die Schule', 'Jana Wollmer']]],
    ['en', "The quay was closed.\n\nPort director Ana Reyes said: 'We will reopen the quay on Monday.'", [['We will reopen the quay', 'Ana Reyes']]],
    ['pt', 'A cheia destruiu a vila.\n\nTomás Ferrão resumiu a situação: "Perdemos tudo em poucos minutos."', [['Perdemos tudo', 'Tomás Ferrão']]],
  ])('%s', run);
});

describe('a lowercase particle inside a name does not end it', () => {
  it.each<Case>([
    ['en', 'Marcos Inacio Tavo da Lima won the runoff on Sunday.\n\n"We will govern for every family," da Lima said in a speech.', [['We will govern for', 'Marcos Inacio Tavo da Lima']]],
    ['en', 'The mayor spoke.\n\n"We will rebuild the dike," said Pieter van der Berg, the mayor.\n\n"The talks were useful," Khalid bin Salem told reporters.', [['We will rebuild', 'Pieter van der Berg'], ['The talks were useful', 'Khalid bin Salem']]],
    ['pt', 'O tribunal validou o resultado.\n\n"Falei com os dois candidatos e felicitei-os", disse Renato de Figueiredo, presidente do tribunal.', [['Falei com os dois', 'Renato de Figueiredo']]],
    ['es', 'La ciudad amaneció en ruinas.\n\n«Después, salí a la calle», ha contado desde Tamesna Karim el Fassi, de 33 años.', [['Después, salí', 'Karim el Fassi']]],
    ['it', 'Napoli piange.\n\n“È una notizia terribile”, ha scritto il sindaco Luca De Santis.', [['È una notizia terribile', 'Luca De Santis']]],
  ])('%s', run);
});

describe('an institution named as the speaker, whole', () => {
  it.each<Case>([
    ['fr', "Un car s'est renversé.\n\n« Une équipe a été envoyée sur place », a indiqué dans un communiqué le Comité d'enquête régional.\n\n« Il y avait douze personnes à bord », a indiqué sur Telegram le ministère fédéral des Situations d'urgence.", [['Une équipe a été envoyée', "Comité d'enquête"], ['Il y avait douze personnes', "ministère fédéral des Situations d'urgence"]]],
    ['es', '«Se abrió una investigación», informó el Comité de Investigación.\n\n«Había diez personas a bordo», dijo el ministerio de Situaciones de Emergencia de Rusia.', [['Se abrió una investigación', 'Comité de Investigación'], ['Había diez personas', 'ministerio de Situaciones de Emergencia']]],
    ['en', 'A boat capsized off the coast.\n\n"Nine people were rescued," the Coastal Emergencies Ministry said in a statement.', [['Nine people were rescued', 'Coastal Emergencies Ministry']]],
    ['it', 'Un treno è deragliato.\n\n«È stata aperta un’inchiesta», ha riferito il ministero dei Trasporti.', [['È stata aperta', 'ministero dei Trasporti']]],
    ['pt', 'Um autocarro caiu na ravina.\n\n"Foi aberta uma investigação", informou o ministério da Justiça.', [['Foi aberta uma investigação', 'ministério da Justiça']]],
  ])('%s', run);
});

describe('"il" after a quote: the institution in focus, never the dead man the quote names', () => {
  it.each<Case>([
    ['fr', "Le cortège s'est dispersé dans la soirée. Peu avant, le syndicat Force Portuaire a confirmé la mort de son fondateur. « Le fondateur de Force Portuaire, Marc Delorme, est décédé cette nuit », a-t-il écrit sur son site.", [['Le fondateur de Force Portuaire', 'Force Portuaire']]],
    ['fr', "Le bilan a été revu à la hausse par le ministère de la Santé mardi.\n\nPlus de 300 blessés ont été recensés dans la région, selon le ministère. « Les secours restent mobilisés », a-t-il ajouté.", [['Les secours restent mobilisés', 'ministère de la Santé']]],
    ['fr', "Le maire de Brévent, Hugo Castagnet, a salué les pompiers. « Ils ont évité le pire », a-t-il déclaré.", [['Ils ont évité le pire', 'Hugo Castagnet']]],
  ])('%s', run);
});

describe('a new speaker named after a quote takes over from the one before', () => {
  it.each<Case>([
    ['it', 'Il sindaco Luca Ferri ha parlato per primo.\n\n“È una giornata triste per la città”, scrive sui social il ministro dello Sport, Paolo Renzetti.\n\n“Ci mancherà per sempre, era uno di noi”, messaggio su twitter del sindaco di Valmora, Giulio De Santis.', [['È una giornata triste', 'Paolo Renzetti'], ['Ci mancherà per sempre', 'Giulio De Santis']]],
    ['es', 'El alcalde habló primero.\n\n«Es un día triste», dijo el concejal Pablo Ruiz.\n\n«El autobús llevaba doce pasajeros», mensaje en las redes del alcalde de Tamesna, Rubén Ortega.', [['Es un día triste', 'Pablo Ruiz'], ['El autobús llevaba', 'Rubén Ortega']]],
  ])('%s', run);
});

describe('an agency relaying a statement is not its speaker', () => {
  it.each<Case>([
    ['en', 'Officials gave a first toll.\n\n"The bus listed twelve people among its passengers, the Velmar Transport Agency said," the Harbour Wire news agency reported.', [['The bus listed twelve people', 'Velmar Transport Agency']]],
  ])('%s', run);
});

describe('a description set after a named person is that person', () => {
  it.each<Case>([
    ['en', 'The ferry ran aground off Northshire.\n\nCaptain Tomas Verhoek, a Northshire Coast Guard spokesman, declined to comment on the search but said “there was no second vessel in the area.”', [['no second vessel', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a gendered pronoun prefers the person of its gender named earlier in the same sentence', () => {
  it.each<Case>([
    ['en', 'Judge Tomas Verhoek sentenced Jorn Kellor to life in prison in Northshire on Monday.\n\nAfter hearing the news, Prime Minister Anna Lindqvist said Kellor would now have ‘no platform’.\n\nShe added: "Today we can close this chapter."', [['close this chapter', 'Anna Lindqvist']]],
    // Named as the sentence's own subject, not after a speech verb: the nearer person is in focus.
    ['fr', 'Le président Tomas Verhoek a démissionné mardi.\nLeader de la contestation anti-Verhoek, le pasteur Jorn Kellor s’est dit très ému par la nouvelle. «La route a été longue et pénible» a-t-il commenté sur Twitter.', [['La route', 'Jorn Kellor']]],
  ])('%s', run);
});

describe('a lowercase role of a few words between the quote and the named speaker', () => {
  it.each<Case>([
    ['en', 'Rain kept falling on Northshire.\n\n"The roads are the biggest issue right now," member of parliament Dana Kellor said by telephone.', [['biggest issue', 'Dana Kellor']]],
  ])('%s', run);
});

describe('an office described after a quote is the person whose name that office word was written before', () => {
  it.each<Case>([
    ['es', 'El primer ministro norteño, Tomas Verhoek, ha asegurado que el puerto reabrirá.\n«Es inadmisible. Esto no puede repetirse», declaró el primer ministro en la reunión del consejo.', [['Es inadmisible', 'Tomas Verhoek']]],
    ['fr', 'Le général de brigade Tomas Verhoek a parlé à Northshire.\n\n« La frontière est notre ligne rouge », a affirmé le général, rapporte le Harbour Herald.', [['ligne rouge', 'Tomas Verhoek']]],
    // A clause between the office and the name: the office is someone else's.
    ['en', 'A Northshire diplomat confirmed that Mr Verhoek died in hospital, the Harbour Herald reported.\n\n"He died around ten in the morning," said the diplomat, speaking on condition of anonymity.', [['He died around', null]]],
  ])('%s', run);
});

describe('a quote the article opens with, before anyone is named', () => {
  it.each<Case>([
    ['en', '"We managed to keep the port open and avoid the worst," he said.\n\nNORTHSHIRE, May 3. Traffic through the harbour will be restored within days, port authority chairman Tomas Verhoek said on Monday.', [['keep the port open', 'Tomas Verhoek']]],
  ])('%s', run);
});

describe('a name on an image credit is no one in focus', () => {
  it.each<Case>([
    ['ru', '© Harbour Herald / Tomas Verhoek. Архивное фото\n\n"Катер сразу же вернулся в порт", - сказал он.', [['Катер', null]]],
    ['en', 'The ferry sank off Northshire. Photo: Tomas Verhoek/Harbour Herald\n\n"We lost everything," he said.', [['lost everything', null]]],
  ])('%s', run);
});

describe('a speaker named after an elided preposition (French, Italian)', () => {
  it.each<Case>([
    ['fr', 'Le juge a entendu le bras droit d’Anselme Kerrivan. « Nous n’avons rien caché », a déclaré Kerrivan.', [['Nous n’avons rien caché', 'Anselme Kerrivan']]],
    ['it', 'Il processo riguarda i fondi dell’ex ministro Carlo Ventresca. «Non ho preso nulla», ha detto Ventresca.', [['Non ho preso nulla', 'Carlo Ventresca']]],
  ])('%s', run);
});

describe("a company's class noun as the speaker ('the company said', 'dijo la compañía')", () => {
  it.each<Case>([
    ['en', 'The shipping company Velmar confirmed the loss. The Harbour Authority opened an inquiry. "We are cooperating fully," the company said.', [['We are cooperating fully', 'Velmar']]],
    ['es', 'La naviera Velmar confirmó el lunes la pérdida de un buque. El Ministerio de Transportes abrió una investigación. «Colaboramos con las autoridades», dijo la compañía.', [['Colaboramos con las autoridades', 'Velmar']]],
    ['fr', "L'armateur Velmar a confirmé la perte du navire. Le parquet de Brévent a ouvert une enquête. « Nous coopérons », a indiqué l’entreprise.", [['Nous coopérons', 'Velmar']]],
    ['de', 'Die Reederei Velmar bestätigte am Montag den Verlust eines Schiffes. „Wir arbeiten mit den Behörden zusammen“, teilte das Unternehmen mit.', [['Wir arbeiten mit den Behörden', 'Velmar']]],
    ['it', 'La compagnia Velmar ha confermato la perdita della nave. «Collaboriamo con le autorità», ha detto la società.', [['Collaboriamo con le autorità', 'Velmar']]],
    ['pt', 'A empresa Velmar confirmou a perda do navio. «Colaboramos com as autoridades», disse a empresa.', [['Colaboramos com as autoridades', 'Velmar']]],
  ])('%s', run);

  it('refers back to a lone name a class noun took up, past the outlet told and an institution', () => {
    const body =
      'Por su parte, Orvia Marine Group, la empresa que opera el barco, informó que no hubo heridos.\n\n' +
      'El buque estaba fletado por Velmar, según ha informado la naviera noruega a la Harbour Herald.\n\n' +
      '“Estamos consternados por lo ocurrido”, dijo la compañía en su comunicado.';
    run('es', body, [['Estamos consternados', 'Velmar']]);
    run('en', 'The ship was chartered by Velmar, the operator told the Harbour Authority on Monday. "We are cooperating fully," the company said.', [['We are cooperating fully', 'Velmar']]);
    run('en', 'The board met in Tessaly on Monday. "We are cooperating fully," the company said.', [['We are cooperating fully', null]]);
    run('es', 'El portacontenedores Velmar chocó con el puente. «Colaboramos», dijo la compañía.', [['Colaboramos', null]]);
  });

  it('names no company when none was named with a class noun', () => {
    expect(speakers('en', 'The Harbour Authority opened an inquiry. "We are cooperating fully," the company said.')).toEqual([['We are cooperating fully,', null]]);
  });
});

describe("a relay after the speaker ('…, citing X'): who it cites speaks", () => {
  it.each<Case>([
    ['es', '«Las conversaciones degeneraron en una pelea», indicó la agencia oficial Kessa, citando al fiscal general Tomas Verhoek.', [['Las conversaciones degeneraron', 'Tomas Verhoek']]],
    ['es', '«Las conversaciones degeneraron en una pelea», indicó la agencia oficial Kessa, citando a Tomas Verhoek.', [['Las conversaciones degeneraron', 'Tomas Verhoek']]],
    ['en', '"The talks turned into a fight," the Kessa news agency reported, citing prosecutor Tomas Verhoek.', [['The talks turned into a fight', 'Tomas Verhoek']]],
    ['fr', "« Les discussions ont dégénéré », a rapporté l'agence Kessa, citant le procureur Tomas Verhoek.", [['Les discussions ont dégénéré', 'Tomas Verhoek']]],
    ['de', '„Die Gespräche sind eskaliert“, sagte die Agentur Kessa unter Berufung auf Tomas Verhoek.', [['Die Gespräche sind eskaliert', 'Tomas Verhoek']]],
  ])('%s', run);

  it('leaves the outlet when the relay names no one', () => {
    expect(speakers('en', '"The talks turned into a fight," the Kessa news agency reported, citing sources.')).toEqual([['The talks turned into a fight,', 'Kessa']]);
  });
});

describe("Spanish 'comunicar' as a speech verb, and a Romance institution's name across its connector", () => {
  it.each<Case>([
    ['es', '«El Parlamento ha llegado a una resolución», había comunicado el partido Unión Cívica de Orvania (UCO), en un mensaje.', [['El Parlamento ha llegado', 'Unión Cívica de Orvania']]],
    ['es', '«No habrá recortes», comunicó la Unión Cívica.', [['No habrá recortes', 'Unión Cívica']]],
    ['es', 'La ministra Dana Kellor habló el lunes. «No habrá recortes», señaló en un comunicado el Ministerio de Hacienda.', [['No habrá recortes', 'Ministerio de Hacienda']]],
  ])('%s', run);
});

describe('an office of an institution written after an elided article, then the holder', () => {
  it.each<Case>([
    ['fr', 'Il faut rester « extrêmement prudent », avait insisté le secrétaire d’État à l’Intérieur Pierre Nadal.', [['extrêmement prudent', 'Pierre Nadal']]],
    ['fr', 'Il faut rester « extrêmement prudent », avait insisté le secrétaire d’État à l’Intérieur Dorvan Keslet.', [['extrêmement prudent', 'Dorvan Keslet']]],
    ['it', '«Serve prudenza», ha detto il sottosegretario dell’Interno Marco Lenti.', [['Serve prudenza', 'Marco Lenti']]],
    ['fr', "Le toit a tenu : selon le secrétaire d'État à l'Intérieur Dorvan Keslet, tout s'est joué « à une demi-heure près ».", [['à une demi-heure près', 'Dorvan Keslet']]],
  ])('%s', run);
});

describe('speech verbs of a language, a subject after its verb or left unwritten after an auxiliary', () => {
  it.each<Case>([
    ['fr', 'La Première ministre Dana Kellor a annoncé sa démission.\n\nLa voix étranglée, Dana Kellor a exprimé « un profond regret de ne pas avoir tenu parole ».', [['un profond regret', 'Dana Kellor']]],
    ['es', 'El alcalde Tomas Verhoek visitó el puerto. "Vamos a reconstruir el muelle entero", recalcó Verhoek al terminar la visita.', [['Vamos a reconstruir', 'Tomas Verhoek']]],
    ['es', 'El alcalde Tomas Verhoek dimitió el lunes.\nHa advertido de que su sucesor "tendrá que cumplir lo prometido a los vecinos".', [['tendrá que cumplir', 'Tomas Verhoek']]],
    ['de', 'Die Ministerin Dana Kellor ist zurückgetreten. Unter Tränen erklärte sie, sie gehe "ohne Groll, aber mit großer Dankbarkeit".', [['ohne Groll', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a month word the article writes as a surname; a straight quote mark lost to a typo', () => {
  it.each<Case>([
    ['es', 'La primera ministra Helen March dimitió el viernes.\n\n"Lo di todo·, ha declarado March que ha reconocido su pesar: "Es un motivo de gran pesar para mí no haber cerrado el acuerdo".', [['motivo de gran pesar', 'Helen March']]],
    ['es', 'La primera ministra Helen March dimitió el viernes. "Seguiré en el cargo hasta el 7 de junio", ha señalado March antes de irse.', [['Seguiré en el cargo', 'Helen March']]],
  ])('%s', run);
});

describe('two people named, then described in the same order: each description is a role of its person', () => {
  it.each<Case>([
    [
      'fr',
      'Tomas Verhoek et Piet Kellor ont échangé mardi une poignée de main, la première entre un président velmarais en exercice et un dirigeant kessan.\n\n« Nous allons avoir une relation formidable », a lancé peu après M. Verhoek, assis à côté de son hôte.\n\n« Ravi de vous rencontrer », a de son côté déclaré le dirigeant kessan. « Le chemin a été long », a-t-il ajouté.',
      [['Nous allons avoir', 'Tomas Verhoek'], ['Ravi de vous', 'Piet Kellor'], ['Le chemin a été long', 'Piet Kellor']],
    ],
    [
      'de',
      'Zum Auftakt haben Tomas Verhoek (71) und Piet Kellor (34) am Dienstag in Kessa ihr Treffen begonnen. Der Nato-Generalsekretär und Norwegens Regierungschef reichten sich die Hände.\n\nVerhoek fasste Kellor an die Schulter. «Wir werden ein grossartiges Verhältnis haben», sagte der Nato-Generalsekretär wenig später.',
      [['Wir werden ein grossartiges', 'Tomas Verhoek']],
    ],
    [
      'en',
      'On Tuesday, Tomas Verhoek and Piet Kellor met in Kessa. The Velmar president and the Kessan leader shook hands twice.\n\nKellor smiled. "We will have a terrific relationship," the Velmar president said later.',
      [['We will have a terrific', 'Tomas Verhoek']],
    ],
    ['en', 'Tomas Verhoek met Pak Sol Un in Kessa. Pak even answered questions from reporters.\n\n"It is too early to tell," he said.', [['It is too early', 'Pak Sol Un']]],
  ])('%s', run);
});

describe("a name after a pronoun's verb is its object, not who 'he' is next", () => {
  it.each<Case>([
    ['en', 'Former minister Piet Kellor said he could vote for Tomas Verhoek to lead the party.\n\nWhen asked whether he could back Mr Verhoek, he told the Harbour Herald: "The answer for almost all the candidates is yes."', [['The answer for almost all', 'Piet Kellor']]],
    ['fr', "L'ancien ministre Piet Kellor a soutenu la réforme. Hier, il a rencontré Tomas Verhoek à Kessa. « Nous sommes d'accord sur l'essentiel », a-t-il déclaré.", [["Nous sommes d'accord", 'Piet Kellor']]],
  ])('%s', run);
});

describe('reported speech before a quote whose speaker a relative clause follows; a conjunction inside a quote is no incise', () => {
  it('de', () => {
    const got = speakers('de', 'Am Fluss lebt ein kleines Volk. Die Behörden hätten ihnen verboten, das Wasser zu nutzen, sagte Dorfvorsteher Kessan, der nur einen Namen hat. "Wir können nicht einmal unsere Felder bewässern, weil sie sagen, dass das dem Boden schadet."');
    expect(got).toEqual([['Wir können nicht einmal unsere Felder bewässern, weil sie sagen, dass das dem Boden schadet.', 'Kessan']]);
  });
});

describe('without articles, the person named last in the attribution after a dialogue dash speaks', () => {
  it.each<Case>([
    ['pl', 'Nad miastem uniósł się dym.\n\n- Kiedy wybuchł pożar, byłam przerażona. Dla nas to tragedia - mówiła w dzień pożaru kobieta mieszkająca w okolicy Dana Kellor. Kiedy poprzednio płonął las, miała ona zaledwie pięć lat.', [['Dla nas to tragedia', 'Dana Kellor']]],
  ])('%s', run);
});
