// A participle's phrase set off by commas between the subject and its speech verb (", sitting
// alongside X,", ", citando a X,") is skipped like a relative clause: the person it names is not
// the speaker. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('a participle phrase between the subject and the verb', () => {
  it.each<SpeakerCase>([
    ['en', 'The blasts hit the airport on Tuesday.\n\nFederal prosecutor Tomas Verhoek, sitting alongside Dana Kellor, said that of the two blasts "one was probably caused by a suicide bomber."', [['one was probably caused', 'Tomas Verhoek']]],
    ['es', 'Las explosiones sacudieron el aeropuerto el martes.\n\nEl fiscal Tomas Verhoek, citando a Dana Kellor, dijo que "una de ellas fue causada por un suicida".', [['una de ellas fue causada', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('still takes a name apposed to the subject', () => {
    expectSpeakers('en', 'The blasts hit the airport on Tuesday. The federal prosecutor, Tomas Verhoek, said that "one was probably caused by a suicide bomber."', [['one was probably caused', 'Tomas Verhoek']]);
  });
});
