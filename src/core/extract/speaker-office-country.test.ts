// An office described with the country it is of ("o presidente dos Estados Unidos") is not held
// by a person the article named with that office of another country ("a presidente do Brasil, X"):
// the description stays unresolved rather than given to the wrong person. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe("an office of one country is not another country's holder", () => {
  it.each<SpeakerCase>([
    ['pt', '"Perdemos um grande homem", acrescenta a presidente do Brasil, Dana Kellor.\n\nJá Tomas Verhoek exaltou o legado do líder. "Ele conquistou mais do que se pode esperar", afirma o presidente dos Estados Unidos.', [['Perdemos um grande homem', 'Dana Kellor'], ['Ele conquistou mais', 'o presidente dos Estados Unidos']]],
    ['es', '"Hemos perdido a un gran hombre", dijo la presidenta de Chile, Dana Kellor.\n\n"Su legado es inmenso", afirmó el presidente de Francia.', [['Hemos perdido a un gran hombre', 'Dana Kellor'], ['Su legado es inmenso', 'el presidente de Francia']]],
  ])('%s: %s', expectSpeakers);

  it('still resolves the office of the same country to its holder', () => {
    expectSpeakers('pt', '"Perdemos um grande homem", acrescenta a presidente do Brasil, Dana Kellor.\n\n"Ele conquistou mais do que se pode esperar", afirma a presidente do Brasil.', [['Perdemos um grande homem', 'Dana Kellor'], ['Ele conquistou mais', 'Dana Kellor']]);
  });
});
