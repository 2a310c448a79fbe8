// A quote attributed to a definite description that refers back to a person named earlier: an
// office another name for theirs ("le chef de l'exécutif" for the prime minister), or a generic
// description with an age after an inverted verb and a circumstance ("a déclaré à la télévision
// la dirigeante de 60 ans"), on invented articles. Someone not yet named, or of another gender, stays apart.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = expectSpeakers;

describe('the head of the executive or of government: the prime minister or president named before', () => {
  it.each<Case>([
    ['fr', "Le gouvernement velmarais, mené par le Premier ministre Tomas Verhoek, ne reconnaît pas les résultats. « Aujourd'hui, il n'y a pas eu de référendum », a déclaré le chef de l'exécutif lors d'une allocution.", [["il n'y a pas eu de référendum", 'Tomas Verhoek']]],
    ['fr', "La présidente Dana Kellor a reçu les syndicats lundi. « Le dialogue reprendra demain », a assuré la cheffe de l'État à la sortie.", [['Le dialogue reprendra demain', 'Dana Kellor']]],
    ['es', 'El Gobierno velmarés, encabezado por el presidente del Gobierno Tomas Verhoek, no reconoce los resultados. «Hoy no ha habido referéndum», afirmó el jefe del Ejecutivo en una comparecencia.', [['Hoy no ha habido referéndum', 'Tomas Verhoek']]],
    ['it', "Il governo velmarese, guidato dal premier Tomas Verhoek, non riconosce i risultati. «Oggi non c'è stato nessun referendum», ha dichiarato il capo del governo durante un discorso.", [['Oggi non', 'Tomas Verhoek']]],
    ['pt', 'O governo velmarense, liderado pelo primeiro-ministro Tomas Verhoek, não reconhece os resultados. «Hoje não houve referendo», declarou o chefe do Executivo durante um discurso.', [['Hoje não houve referendo', 'Tomas Verhoek']]],
    ['de', 'Die velmarische Regierung unter Ministerpräsident Tomas Verhoek erkennt die Ergebnisse nicht an. „Heute hat es kein Referendum gegeben“, sagte der Regierungschef in einer Ansprache.', [['Heute hat es kein Referendum', 'Tomas Verhoek']]],
    ['en', 'Prime Minister Dana Kellor visited the flooded harbour on Monday with Marco Ventresca. "We will rebuild," the prime minister said.', [['We will rebuild', 'Dana Kellor']]],
  ])('%s', run);

  it('leaves the head of government unresolved when only a minister of another office is named', () => {
    run('fr', "Le ministre de l'Intérieur Marco Ventresca a visité le port. « Nous reconstruirons », a déclaré le chef de l'exécutif.", [['Nous reconstruirons', "le chef de l'exécutif"]]);
  });
});

describe('a generic description with an age after a circumstance: the person in focus whose gender and age fit', () => {
  // The leader named twice is in focus; the speaker of parliament, named once since, also holds a "présidente" title.
  it.each<Case>([
    ['fr', "Dana Kellor a annoncé sa démission dimanche soir. Kellor dirige le pays depuis 2006. La présidente du Parlement, Ilse Brandauer, a pris acte de la décision. « Je renonce à mon poste de présidente », a déclaré à la télévision la dirigeante de 60 ans, au pouvoir depuis 2006.", [['Je renonce à mon poste', 'Dana Kellor']]],
    ['es', 'Dana Kellor anunció su dimisión el domingo. Kellor gobierna el país desde 2006. La presidenta del Parlamento, Ilse Brandauer, tomó nota de la decisión. «Renuncio a mi cargo de presidenta», declaró en la televisión la dirigente de 60 años, en el poder desde 2006.', [['Renuncio a mi cargo', 'Dana Kellor']]],
    ['it', 'Dana Kellor ha annunciato le sue dimissioni domenica. Kellor guida il paese dal 2006. La presidente del Parlamento, Ilse Brandauer, ha preso atto. «Rinuncio al mio incarico», ha dichiarato in televisione la leader di 60 anni.', [['Rinuncio al mio incarico', 'Dana Kellor']]],
    ['pt', 'Dana Kellor anunciou a sua demissão no domingo. Kellor governa o país desde 2006. A presidente do Parlamento, Ilse Brandauer, tomou nota. «Renuncio ao meu cargo», declarou na televisão a dirigente de 60 anos.', [['Renuncio ao meu cargo', 'Dana Kellor']]],
    ['en', 'Dana Kellor announced her resignation on Sunday. Kellor has led the country since 2006. Parliament speaker Ilse Brandauer took note. "I am stepping down," the 60-year-old leader said on television.', [['I am stepping down', 'Dana Kellor']]],
    ['fr', "Dana Kellor, 60 ans, a annoncé sa démission. Mme Ilse Brandauer, 45 ans, a pris acte. « Je renonce à mon poste », a déclaré à la télévision la dirigeante de 60 ans.", [['Je renonce à mon poste', 'Dana Kellor']]],
  ])('%s', run);

  it('leaves someone not yet named unresolved', () => {
    run('fr', "Dana Kellor a annoncé sa démission dimanche soir. « Nous enquêtons sur les causes », a déclaré un responsable.", [['Nous enquêtons', null]]);
    run('pt', 'Dana Kellor anunciou a sua demissão no domingo. «Estamos a investigar», declarou um dirigente.', [['Estamos a investigar', null]]);
  });

  it('does not give a description to a person whose gender does not fit it', () => {
    run('fr', "La présidente Dana Kellor a annoncé sa démission dimanche soir. « Je renonce à mon poste », a déclaré à la télévision le dirigeant de 60 ans.", [['Je renonce à mon poste', 'le dirigeant']]);
    run('es', 'El presidente Tomas Verhoek anunció su dimisión el domingo. «Renuncio a mi cargo», declaró en la televisión la dirigente de 60 años.', [['Renuncio a mi cargo', 'la dirigente']]);
  });
});

describe('an office no one of the article holds, as the subject right after a quote whose speaker is written', () => {
  const before = '«Com profunda dor comunico a morte do nosso líder», disse Tomas Verhoek, visivelmente emocionado.\n\n';
  it.each<Case>([
    ['pt', `${before}O presidente velmarense disse que o corpo será cremado e que divulgará a “informação detalhada sobre as cerimónias”.`, [['informação detalhada', 'Tomas Verhoek']]],
    ['it', '«Il porto riaprirà lunedì», ha detto Tomas Verhoek ai giornalisti. «Nel frattempo le navi resteranno al largo», ha chiarito il presidente velmarese.', [['Nel frattempo', 'Tomas Verhoek']]],
    // Someone new: an indefinite description, an office of the other gender, a person named as a subject since.
    ['it', '«Il porto riaprirà lunedì», ha detto Tomas Verhoek ai giornalisti. «Nel frattempo le navi resteranno al largo», ha chiarito un ministro.', [['Nel frattempo', null]]],
    ['it', '«Il porto riaprirà lunedì», ha detto Tomas Verhoek ai giornalisti. «Nel frattempo le navi resteranno al largo», ha chiarito la presidente della regione.', [['Nel frattempo', 'la presidente della regione']]],
    ['it', '«Il porto riaprirà lunedì», ha detto Tomas Verhoek ai giornalisti. Il ministro Marco Ventresca ha visitato il molo nel pomeriggio. «Nel frattempo le navi resteranno al largo», ha chiarito il presidente velmarese.', [['Nel frattempo', 'il presidente']]],
  ])('%s', run);
});
