// Quotes opened the way some house styles and typists write them: two commas for the low mark „
// (closed by a straight mark), and in Slavic press a dialogue dash after a sentence of narration
// inside a paragraph; and speech verbs of several languages these texts use. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('openers', () => {
  it.each<SpeakerCase>([
    ['nl', 'De medewerker liep naar beneden. ,,Hij droeg een gordel waar draadjes uitkwamen", vertelt Tomas Verhoek. ,,Het incident is nog volop in onderzoek", aldus Anna Kellor van de federale politie.', [
      ['Hij droeg een gordel', 'Tomas Verhoek'],
      ['Het incident is nog volop', 'Anna Kellor'],
    ]],
    ['pl', 'Około dwóch godzin później doszło do wybuchów. Według doniesień zginęło 20 osób. - To czarny dzień dla naszego kraju - mówił na konferencji prasowej premier Anna Kellor. - Obawialiśmy się tego.', [['To czarny dzień', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('speech verbs', () => {
  it.each<SpeakerCase>([
    ['pl', 'Widać, że to był naprawdę duży ładunek. Poziom zniszczenia jest duży, udało się wywołać panikę - tłumaczy generał Tomas Verhoek.', [['Poziom zniszczenia', 'Tomas Verhoek']]],
    ['ru', 'Кроме того, Анна Келлор выразила соболезнования, написав в Твиттере: “Я сломлена случившимся. Нет слов”.', [['Я сломлена', 'Анна Келлор']]],
    ['es', 'Tomas Verhoek, economista radicado en la capital, consignó que "las explosiones fueron en el hall del aeropuerto".', [['las explosiones fueron', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});
