// Speakers written as descriptions: an age, a role or a nationality with a role, resolved to the
// person the article has been talking about, on invented articles.
import { describe, expect, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

const run = expectSpeakers;

describe('an age or a role in place of the name: the person in focus it fits', () => {
  it.each<Case>([
    ['en', 'Northshire governor Dana Kellor has stepped down after a week of protests.\n\nThe announcement came after an offer of new elections.\n\n"I am handing my letter to the assembly," the 58-year-old centrist leader said.', [['I am handing my letter', 'Dana Kellor']]],
    ['de', 'Nach zwölf Jahren im Amt ist Tomas Verhoek zurückgetreten. "Wir wollen, dass wieder Ruhe einkehrt", sagte der 61-Jährige am Sonntag in einer Ansprache.', [['Wir wollen, dass wieder Ruhe', 'Tomas Verhoek']]],
    ['de', 'Die Klimaaktivistin Mira Solberg sprach am Montag vor dem Gipfel. „Wann handelt ihr endlich?“, fragte die 16-jährige Norwegerin am Montag in ihrer Rede.', [['Wann handelt ihr endlich', 'Mira Solberg']]],
    ['fr', "Le président valmorien Tomas Verhoek a annoncé sa démission dimanche. « Je quitte mon poste », a déclaré à la radio le dirigeant de 61 ans, au pouvoir depuis 2008.", [['Je quitte mon poste', 'Tomas Verhoek']]],
    ['es', 'El presidente Tomas Verhoek anunció su renuncia el domingo. «Me voy para que haya paz», dijo el mandatario en la radio.', [['Me voy para que haya paz', 'Tomas Verhoek']]],
  ])('%s', run);

  it.each<Case>([
    ['de', 'Um 16 Uhr wurde der Gipfel durch UN-Generalsekretär Tomas Verhoek (70) eröffnet. Verhoek warnte vor den Folgen. Der UN-Generalsekretär: „Der Umbau der Wirtschaft führt zu einer besseren Welt.“', [['Der Umbau der Wirtschaft', 'Tomas Verhoek']]],
    ['en', 'Northshire Mayor Dana Kellor opened the harbour fair on Friday. The mayor: "We are proud of what this town has built."', [['We are proud of what', 'Dana Kellor']]],
  ])('a title and a colon before the quote: %s', run);

  it('keeps a description no person fits as the speaker, and leaves someone unnamed without one', () => {
    run('en', 'Floods cut the valley road on Monday.\n\n"The army will help every village," the defence minister said.\n\n"We lost everything," one farmer said.', [['The army will help', 'the defence minister'], ['We lost everything', null]]);
    run('en', 'A Velmar diplomat confirmed the death. "He died at dawn," said the diplomat, speaking on condition of anonymity.', [['He died at dawn', null]]);
  });

  it('skips a person whose stated age differs', () => {
    run('en', 'Dana Kellor, 16, joined the march with her teacher, Hal Brenner, 52. Brenner spoke first.\n\n"We will be back every week," the 16-year-old said.', [['We will be back every week', 'Dana Kellor']]);
  });

  it('takes the vice-president for "le vice-président", not the president', () => {
    run('fr', "Le président Tomas Verhoek a parlé avec son vice-président Jules Armant. « Le pays est en danger », a déclaré le vice-président.", [['Le pays est en danger', 'Jules Armant']]);
  });
});
