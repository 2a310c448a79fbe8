// Quotes opened the way some house styles and typists write them: two commas for the low mark „
// (closed by a straight mark), and in Slavic press a dialogue dash after a sentence of narration
// inside a paragraph; speech verbs of several languages these texts use; Korean speakers named
// next to their office. Invented articles.
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
    ['fr', 'Il a été évacué de la salle. "Ils mentent. Vous mentez. Je ne me sens pas bien", a crié Tomas Verhoek.', [['Ils mentent', 'Tomas Verhoek']]],
    ['es', 'Tomas Verhoek gritó "esto es todo mentira, todo mentira" durante la lectura de la sentencia.', [['esto es todo mentira', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('Korean speakers: a name next to its office, marked as topic or subject before the quote', () => {
  it.each<SpeakerCase>([
    ['ko', '안나 켈로르 벨마 적십자 사무총장은 9일 "최소 1000명 이상이 사망한 것으로 집계됐다"고 밝혔다. 켈로르 사무총장은 "사망자 수는 더 늘어날 것"이라고 말했다.', [
      ['최소 1000명', '안나 켈로르'],
      ['사망자 수는 더 늘어날', '안나 켈로르'],
    ]],
    ['ko', '과도정부군 사령관 토마스 베르후크는 통신에 "그가 심하게 부상했지만 아직 숨을 쉬고 있다"고 말했다.', [['심하게 부상했지만', '토마스 베르후크']]],
    ['ko', '벨마 정부 관계자는 "피해가 크다"고 말했다.', [['피해가 크다', null]]],
    // The ministry an office is of between the name and the office; "he" goes on.
    ['ko', '김민수 국토교통부 장관은 15일 "내년까지 착공하겠다"라고 말했다. 그는 "관계 부처와 긴밀히 협의하고 있다"고 덧붙였다.', [
      ['내년까지 착공하겠다', '김민수'],
      ['관계 부처와 긴밀히', '김민수'],
    ]],
  ])('%s: %s', expectSpeakers);
});

describe('a verb after the quote with no subject found shares the one named before it', () => {
  it.each<SpeakerCase>([
    ['es', 'La primera ministra británica Anna Kellor ha descrito el incidente como un "terrible acto de terrorismo", ha expresado sus condolencias.', [['terrible acto', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});
