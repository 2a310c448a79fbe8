// What stands beside a speaker without being one: a verbal clause set off by a comma after the
// verb ("», ha detto, provocando le proteste di … Genova"), a party or an age in parentheses after a
// name ("Anna Kellor (54, SPD) sagte"), a medium's noun ending the quote before a name ("…the
// channel,” Kellor said"); and German's "kommentierte". Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('asides beside a speaker', () => {
  it.each<SpeakerCase>([
    ['it', 'Il presidente Verhoek ha aperto il processo: “L’idea è di tenere tre udienze a settimana”, ha detto, provocando le proteste di alcuni avvocati provenienti da fuori Velmar.', [['L’idea è di tenere', 'Verhoek']]],
    // A preposition there opens an aside before the subject, which still follows.
    ['es', '«Vamos a reconstruir el puerto», dijo, a través de la televisión, el alcalde Tomas Verhoek.', [['Vamos a reconstruir el puerto', 'Tomas Verhoek']]],
    ['de', 'Bürgermeisterin Anna Kellor (54, SPD) sagte, dass der Hafen bald wieder öffne. „Es ist etwas ganz Furchtbares passiert.“', [['Es ist etwas ganz Furchtbares', 'Anna Kellor']]],
    ['de', 'Der Hafen bleibt geschlossen. „Wir waren nie Feinde“, kommentierte der frühere Bürgermeister Tomas Verhoek.', [['Wir waren nie Feinde', 'Tomas Verhoek']]],
    // A medium's noun ending the quote ("the channel") is no medium the name after it is.
    ['en', 'Transport Minister Anna Kellor announced an inquiry into the operator, Velcor Shipping. "We will find out why a ship left the channel," Kellor said.', [['We will find out why', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});
