// Indonesian (which the language detector reads as Malay), Catalan and Polish attribution: speech
// verbs after the quote with a clitic or an auxiliary, offices before the name, an acronym an office
// is of, a circumstance between the verb and its subject, an institution between an office and its
// holder. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('Indonesian and Malay: a speech verb after the quote, with or without its clitic', () => {
  it.each<SpeakerCase>([
    ['ms', '"Kami akan membangun kembali pelabuhan secepatnya," kata Presiden Tomas Verhoek kepada wartawan.', [['membangun kembali', 'Tomas Verhoek']]],
    ['id', '"Saya ingin menyampaikan kepada rakyat kami agar tetap tenang," ungkap jubir VPP, Anna Kellor.', [['agar tetap tenang', 'Anna Kellor']]],
    ['ms', 'Menteri Luar Negeri Anna Kellor mengatakan, "Velmar sangat prihatin dengan situasi ini."', [['sangat prihatin', 'Anna Kellor']]],
    ['id', '"Pelabuhan ditutup sampai Senin," ujarnya. Sebelumnya Tomas Verhoek menjelaskan bahwa "kapal tidak bisa berlabuh".', [['kapal tidak bisa', 'Tomas Verhoek']]],
    // "dia" is he or she: the person last in focus, whatever the gender.
    ['id', 'Menteri Perhubungan, Anna Kellor, melaporkan bahwa banyak kapal tenggelam. Dia mengatakan bahwa “jenazah tersebar di mana-mana, baik di laut maupun di pantai.”', [['jenazah tersebar', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('Catalan: the periphrastic past and the perfect', () => {
  it.each<SpeakerCase>([
    ['ca', '«És un atemptat amb la voluntat de matar», va assenyalar Tomas Verhoek, cap major de la policia.', [['voluntat de matar', 'Tomas Verhoek']]],
    ['ca', "L'alcaldessa Anna Kellor ha dit que «la ciutat no té por».", [['la ciutat no té por', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('Polish: an abbreviation inside an office, a circumstance between the verb and its subject', () => {
  it.each<SpeakerCase>([
    ['pl', '- Wygląda na to, że popioły dotrą do lotniska - poinformowała rzeczniczka urzędu ds. lotnictwa cywilnego, Anna Kellor.', [['popioły dotrą', 'Anna Kellor']]],
    ['pl', '„Kraj jest pełen broni" – przestrzegł na Twitterze historyk Tomas Verhoek na wieść o przewrocie.', [['pełen broni', 'Tomas Verhoek']]],
    ['pl', '„Kraj jest pełen broni" – przestrzegł w czasie wizyty w Warszawie historyk Tomas Verhoek na konferencji.', [['pełen broni', 'Tomas Verhoek']]],
    ['pl', '"Na tym etapie wierzymy, że działał sam" - powiedział komendant policji w Manchesterze Anna Kellor.', [['działał sam', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a person named before a long apposition is its subject, whoever the apposition names', () => {
  it.each<SpeakerCase>([
    ['el', 'Η Ελένη Κέλορ, εκπρόσωπος του Οργανισμού Αστικών Συγκοινωνιών, είπε ότι «η νέα γραμμή θα ανοίξει τον Μάιο».', [['η νέα γραμμή', 'Ελένη Κέλορ']]],
    ['el', 'Ο Ουσάμα Άλι, εκπρόσωπος της «Υπηρεσίας Διάσωσης και Επειγόντων» που εξαρτάται από τη διεθνώς αναγνωρισμένη κυβέρνηση της Βέλμαρ, είπε ότι μόνο στο λιμάνι οι πλημμύρες είχαν ως αποτέλεσμα να χάσουν τη ζωή τους «περισσότεροι από 2.300 άνθρωποι».', [['περισσότεροι από', 'Ουσάμα Άλι']]],
  ])('%s: %s', expectSpeakers);
});

describe('an institution named right after an office is what the office is of, never its holder', () => {
  it.each<SpeakerCase>([
    ['ru', '"Мы не делаем долгосрочных прогнозов", - отметил представитель Министерства обороны Игорь Кесслер.', [['долгосрочных прогнозов', 'Игорь Кесслер']]],
    ['ru', '"Мы осторожны в своих прогнозах", - отметил представитель Управления безопасности полетов Бьерн Вергук.', [['осторожны', 'Бьерн Вергук']]],
  ])('%s: %s', expectSpeakers);
});
