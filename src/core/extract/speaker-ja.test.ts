// Japanese quotes: the speaker is the topic or subject named before the quote in its sentence, a
// name in katakana with its office or honorific after it. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('speakers in Japanese', () => {
  it.each<SpeakerCase>([
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\n港湾局のケロール局長は記者団に「乗客は全員無事だった」と述べた。', [['乗客は全員無事', 'ケロール']]],
    // The topic (は) speaks; the person spoken to (に) does not.
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\nヴェルホーク大臣は13日、ケロール氏に「港は金曜まで閉鎖する」と語った。', [['港は金曜まで閉鎖', 'ヴェルホーク']]],
    // A second quote of the sentence is the same speaker's; a name with a middle dot is one name.
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\nアンナ・ケロール氏は「原因を調べる」と述べた上で、「心配する必要はない」と呼び掛けた。', [['原因を調べる', 'アンナ・ケロール'], ['心配する必要はない', 'アンナ・ケロール']]],
    // What the office is of, in kanji, between the name and the office word.
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\nアンナ・ケロール財務大臣はこの日、「港の再開を急ぐ」と述べた。', [['港の再開を急ぐ', 'アンナ・ケロール']]],
    // A country before its office is no one's name.
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\nロシア外相は「制裁は受け入れられない」と述べた。', [['制裁は受け入れられない', null]]],
    // No person in the sentence: no speaker.
    ['ja', 'ヴェルマル港で月曜日、フェリーが座礁した。\n港湾当局は「現在調査を進めている」と発表した。', [['現在調査を進めている', null]]],
  ])('%s: %s', expectSpeakers);
});
