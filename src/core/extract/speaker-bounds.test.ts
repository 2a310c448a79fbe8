// Where the subject of a speech verb stops being the speaker: a circumstance set off by commas
// between the subject and its verb, a place a preposition governs, a medium spoken to, a passive
// whose subject was spoken to; and "Pour X, « … »" naming whose view a quote is, after another speaker.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = (language: string, body: string, truth: [string, string | null][]) => expectSpeakers(language, body, truth);

describe('a circumstance or relative clause between subject and verb names no speaker', () => {
  it.each<Case>([
    ['en', 'Storms grounded flights across Velmar on Monday.\n\nKessport, with 25 new Airbus aircraft, said it will be "working to re-book customers as quickly as possible."', [['working to re-book customers', null]]],
    ['en', 'Storms grounded flights across Velmar on Monday.\n\nKessport, with a fleet of 25 Dash 8 planes, said it will be "working to re-book customers as quickly as possible."', [['working to re-book customers', null]]],
    ['en', 'Storms grounded flights across Velmar on Monday.\n\nKessport, which operates 25 Airbus A220 aircraft, said it will be "working to re-book customers as quickly as possible."', [['working to re-book customers', null]]],
    // The subject named before the circumstance speaks.
    ['en', 'Storms grounded flights across Velmar on Monday, Kessport Airlines said.\n\nKessport, with 25 new Airbus aircraft, said it will be "working to re-book customers as quickly as possible."', [['working to re-book customers', 'Kessport']]],
    // A person's name set off between commas is the subject itself.
    ['en', 'Storms grounded flights across Velmar on Monday.\n\nThe airline chief executive, Dana Kellor, said "we will re-book every customer by Friday".', [['we will re-book every customer', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a place a preposition governs is never the speaker', () => {
  it.each<Case>([
    ['es', 'Cientos de personas murieron en el atentado del domingo.\n\nEl papa Tomas Verhoek expresó dirigiéndose a los fieles reunidos en la Plaza de Velmar su “tristeza” y se declaró cerca de “todas las víctimas”.', [['tristeza', 'Tomas Verhoek'], ['todas las víctimas', 'Tomas Verhoek']]],
    // A name of no known kind after "en la" is where, not who.
    ['es', 'Cientos de personas murieron en el atentado del domingo.\n\nEl papa Tomas Verhoek expresó dirigiéndose a los fieles reunidos en la Catedral de Velmar su “tristeza” y se declaró cerca de “todas las víctimas”.', [['todas las víctimas', 'Tomas Verhoek']]],
    ['it', 'Centinaia di persone sono morte domenica.\n\nIl papa Tomas Verhoek ha espresso rivolgendosi ai fedeli riuniti in Piazza di Velmar la sua “tristezza” e si è detto vicino a “tutte le vittime”.', [['tutte le vittime', 'Tomas Verhoek']]],
    // "según la Fiscalía de Velmar": the body cited after "according to" still speaks.
    ['es', 'Dos hombres murieron el domingo.\n\nSegún la Fiscalía de Velmar, «las conversaciones degeneraron en una pelea».', [['las conversaciones degeneraron', 'Fiscalía de Velmar']]],
  ])('%s', run);
});

describe('"Pour X, « … »" gives the quote to X, not to the speaker before', () => {
  it.each<Case>([
    ['fr', 'Le scrutin a eu lieu dimanche.\n\nDana Kellor a salué « une victoire nette », mais pour le Premier ministre, Tomas Verhoek, « il n’y a pas eu de référendum ».', [['une victoire nette', 'Dana Kellor'], ['il n’y a pas eu de référendum', 'Tomas Verhoek']]],
    ['fr', 'Le scrutin a eu lieu dimanche.\n\n« Nous avons gagné », a déclaré Dana Kellor. Mais pour le Premier ministre, Tomas Verhoek, « il n’y a pas eu de référendum et le vote est nul ».', [['Nous avons gagné', 'Dana Kellor'], ['il n’y a pas eu de référendum', 'Tomas Verhoek']]],
    ['fr', 'Le scrutin a eu lieu dimanche.\n\nDana Kellor a salué « une victoire nette ». Pour Kessport, « le vote est nul et doit être refait ».', [['le vote est nul', 'Kessport']]],
    ['es', 'La votación fue el domingo.\n\nDana Kellor celebró «una victoria clara», pero para el primer ministro, Tomas Verhoek, «no hubo referéndum».', [['no hubo referéndum', 'Tomas Verhoek']]],
    // What the office is of ("de Velmar") is not who holds it: the person apposed after it is.
    ['it', 'Un anno dopo nulla si sa degli autori.\n\nPer il cardinale arcivescovo di Velmar, Tomas Verhoek, "si deve puntare a sapere la verità".', [['si deve puntare', 'Tomas Verhoek']]],
    ['fr', 'Un an après, rien n’est connu.\n\nPour l’archevêque de Velmar, Tomas Verhoek, « il faut connaître la vérité ».', [['il faut connaître la vérité', 'Tomas Verhoek']]],
    // "pour" of purpose, or governed by a verb, opens no one's view.
    ['fr', 'Le scrutin a eu lieu dimanche.\n\nDana Kellor a déclaré qu’elle se battra pour le changement, « jusqu’au bout s’il le faut ».', [['jusqu’au bout', 'Dana Kellor']]],
    ['fr', 'Le scrutin a eu lieu dimanche.\n\nDana Kellor a déclaré qu’elle votera pour Tomas Verhoek, « sans hésiter une seconde ».', [['sans hésiter une seconde', 'Dana Kellor']]],
  ])('%s', run);
});

describe('a medium spoken to is never the speaker', () => {
  it.each<Case>([
    ['en', 'Dana Kellor was found dead on Sunday, the Harbour Herald agency reported.\n\n"It is not unlikely that he drank," a law enforcement source told the Harbour Herald agency.', [['It is not unlikely', null]]],
    ['en', 'Dana Kellor was found dead on Sunday.\n\n"It is not unlikely that he drank," Tomas Verhoek, the prosecutor, told the Harbour Herald agency.', [['It is not unlikely', 'Tomas Verhoek']]],
    ['fr', 'Dana Kellor a été retrouvé mort dimanche.\n\n« Il est probable qu’il ait bu », a déclaré une source policière à l’agence Kessa.', [['Il est probable', null]]],
    ['fr', 'Dana Kellor a été retrouvé mort dimanche.\n\n« Il est probable qu’il ait bu », a déclaré à l’agence Kessa le procureur Tomas Verhoek.', [['Il est probable', 'Tomas Verhoek']]],
    ['es', 'Dana Kellor fue hallado muerto el domingo.\n\n«Es probable que haya bebido», dijo una fuente policial a la agencia Kessa.', [['Es probable', null]]],
    ['it', 'Dana Kellor è stato trovato morto domenica.\n\n«Non è improbabile che abbia bevuto», ha detto una fonte investigativa all’agenzia Kessa.', [['Non è improbabile', null]]],
    ['it', 'Dana Kellor è stato trovato morto domenica.\n\n«Non è improbabile che abbia bevuto», ha detto Tomas Verhoek all’agenzia Kessa.', [['Non è improbabile', 'Tomas Verhoek']]],
    ['pt', 'Dana Kellor foi encontrado morto no domingo.\n\n«Não é improvável que tenha bebido», disse uma fonte policial à agência Kessa.', [['Não é improvável', null]]],
  ])('%s', run);
});

describe('a speech verb in the passive: its subject was spoken to', () => {
  it.each<Case>([
    ['en', 'Dana Kellor spoke on Monday.\n\nTomas Verhoek had been warned in May: "Your company will be next."', [['Your company will be next', null]]],
    ['en', 'Dana Kellor spoke on Monday.\n\nKellor was told: "You must leave the building."', [['You must leave the building', null]]],
    ['en', 'Dana Kellor spoke on Monday.\n\n"You must leave the building," Kellor was told.', [['You must leave the building', null]]],
    ['es', 'Dana Kellor habló el lunes.\n\nTomas Verhoek fue advertido en mayo: «Su empresa será la siguiente».', [['Su empresa será la siguiente', null]]],
    ['es', 'Dana Kellor habló el lunes.\n\nA Verhoek le dijeron: «Tiene que irse del edificio».', [['Tiene que irse', null]]],
    ['fr', 'Dana Kellor a parlé lundi.\n\nTomas Verhoek avait été averti en mai : « Votre entreprise sera la prochaine ».', [['Votre entreprise sera la prochaine', null]]],
    // The agent a preposition names speaks.
    ['en', 'Dana Kellor spoke on Monday.\n\nTomas Verhoek was told by Dana Kellor: "You must leave the building."', [['You must leave the building', 'Dana Kellor']]],
    ['es', 'Dana Kellor habló el lunes.\n\nTomas Verhoek fue advertido por la ministra Dana Kellor: «Su empresa será la siguiente».', [['Su empresa será la siguiente', 'Dana Kellor']]],
    // Active verbs keep their subject.
    ['en', 'Dana Kellor spoke on Monday.\n\nTomas Verhoek warned in May: "Your company will be next."', [['Your company will be next', 'Tomas Verhoek']]],
    ['en', 'Dana Kellor spoke on Monday.\n\nTomas Verhoek was quoted as saying: "Your company will be next."', [['Your company will be next', 'Tomas Verhoek']]],
    ['en', 'Dana Kellor spoke on Monday.\n\nKellor, who had been asked about the strike, said: "We will not give in."', [['We will not give in', 'Dana Kellor']]],
  ])('%s', run);
});
