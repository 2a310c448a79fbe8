// An according phrase whose source is a pronoun ("according to her", "по её словам", "nach ihren
// Angaben") attributes the quote it introduces to the person the pronoun stands for, not to a name
// the clause goes on to mention, and the quote is kept. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase as Case } from '../../testing/speaker-cases.js';

describe('an according phrase with a pronoun source', () => {
  it.each<Case>([
    ['ru', 'Политик Тимур Велмаров почувствовал себя плохо на борту. «Самолет экстренно сел», - сообщила пресс-секретарь Анна Келлорова. По её словам, еще в момент взлета Велмаров чувствовал себя нормально: «Мы предполагаем, что его отравили чем-то, подмешанным в чай. Сейчас он без сознания».', [['Самолет экстренно сел', 'Анна Келлорова'], ['Мы предполагаем', 'Анна Келлорова']]],
    ['ru', 'Губернатор Иван Кесслер выступил в среду. По его словам: «Дорогу откроют к лету, денег хватит на все работы».', [['Дорогу откроют к лету', 'Иван Кесслер']]],
    ['en', 'Dana Kellor, the port director, spoke on Wednesday. According to her, Tomas Verhoek had ignored the reports in May: "We told the ministry twice and nobody answered our letters."', [['We told the ministry twice', 'Dana Kellor']]],
    ['de', 'Tomas Verhoek äußerte sich am Mittwoch in Kessport. Nach seinen Angaben: „Die Brücke wird im Sommer wieder für den Verkehr freigegeben.“', [['Die Brücke wird im Sommer', 'Tomas Verhoek']]],
    ['fr', "Tomas Verhoek s'est exprimé mercredi à Kessport. Selon lui, Dana Kellor avait été prévenue : « Nous avons écrit deux fois au ministère sans réponse. »", [['Nous avons écrit deux fois', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('still reads a named source after the according word', () => {
    expectSpeakers('ru', 'Мост закрыли в понедельник. По словам губернатора Ивана Кесслера, «дорогу откроют к лету, денег хватит на все работы».', [['дорогу откроют к лету', 'Ивана Кесслера']]);
  });
});
