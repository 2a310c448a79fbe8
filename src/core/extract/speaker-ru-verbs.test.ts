// Russian verbs that introduce someone's words in the present tense as in the past
// ("предполагает", "утверждает", "подчеркивает"): a short quoted fragment after them is that
// subject's statement, not a scare quote. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('Russian speech verbs in the present and past', () => {
  it.each<SpeakerCase>([
    ['ru', 'Пресс-секретарь Анна Келлорова сообщила, что политику стало плохо на борту. Она предполагает, что его могли отравить "чем-то, подмешанным в чай", поскольку это было единственное, что он пил.', [['чем-то, подмешанным в чай', 'Анна Келлорова']]],
    ['ru', 'Губернатор Иван Кесслер выступил в среду. Он утверждает, что мост будет открыт "до конца лета без задержек".', [['до конца лета без задержек', 'Иван Кесслер']]],
    ['ru', 'Губернатор Иван Кесслер выступил в среду. Он пообещал, что мост будет открыт "до конца лета без задержек".', [['до конца лета без задержек', 'Иван Кесслер']]],
  ])('%s: %s', expectSpeakers);
});

describe('an office owning a statement: its holder speaks, not the country it is of', () => {
  const lead = 'Президент США Дональд Кессов признал оппозиционера лидером Велмарии.\n\n';
  it.each<SpeakerCase>([
    ['ru', `${lead}«Сегодня я официально признаю председателя ассамблеи временным президентом», – говорится в заявлении президента США, опубликованном Белым домом.`, [['Сегодня я официально признаю', 'Дональд Кессов']]],
    ['ru', `${lead}"Народ смело выступил против режима", - говорится в заявлении американского президента.`, [['Народ смело выступил', 'Дональд Кессов']]],
  ])('%s: %s', expectSpeakers);
});
