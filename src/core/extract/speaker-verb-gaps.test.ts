// Subjects past what stands between a speech verb and them: an adverbial of the subject's own ("à
// son tour", "a sua volta"), a manner aside set off by commas, a sentence opening on "with these
// words"; Norwegian and Dutch offices written as compounds; a time word opening an inverted
// clause; an institution between an office and its holder. Invented articles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('an adverbial or a manner aside between the verb and the subject', () => {
  it.each<SpeakerCase>([
    ['fr', 'Le sommet a commencé lundi. « Nous sommes dans l’histoire », a déclaré à son tour Tomas Verhoek.', [['dans l’histoire', 'Tomas Verhoek']]],
    ['it', 'Il vertice è iniziato ieri. “Siamo nella storia” ha detto a sua volta Tomas Verhoek.', [['nella storia', 'Tomas Verhoek']]],
    ['es', 'La cumbre empezó el lunes. "Estamos en la historia", dijo a su vez Tomas Verhoek.', [['en la historia', 'Tomas Verhoek']]],
    ['pt', 'A cúpula começou. “O acordo de Velmar para o clima foi adotado”, declarou, bastante comovido, Tomas Verhoek, presidente da conferência.', [['foi adotado', 'Tomas Verhoek']]],
    // A verbal clause after the comma is still a circumstance: the speaker in focus goes on.
    ['it', 'Anna Kellor è arrivata al vertice. “Siamo nella storia”, ha detto, provocando le proteste di Tomas Verhoek.', [['nella storia', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});

describe('a sentence after the quote opening on "with these words" or "so"', () => {
  it.each<SpeakerCase>([
    ['it', 'Il presidente ha parlato in latino. "Un fulmine a ciel sereno". Con queste parole il decano del collegio, cardinale Tomas Verhoek ha commentato la decisione di Anna Kellor.', [['fulmine a ciel sereno', 'Tomas Verhoek']]],
    ['it', 'Il presidente ha parlato in latino. "Un fulmine a ciel sereno". Così il cardinale Tomas Verhoek ha commentato la decisione di Anna Kellor.', [['fulmine a ciel sereno', 'Tomas Verhoek']]],
    ['es', 'La presidenta habló en latín. "Un rayo en un cielo sereno". Con estas palabras el decano Tomas Verhoek comentó la decisión.', [['rayo en un cielo', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});

describe('Norwegian, Dutch, Russian and Arabic speech verbs and offices', () => {
  it.each<SpeakerCase>([
    ['no', 'Vatikanet vil gjøre alt det kan, forsikrer pressetalsmann Tomas Verhoek.\n\n— Men han tok oss litt på senga, tilføyer han.\n\n— Dette er svært spesielt, sier Anna Kellor til NTB.', [['tok oss litt', 'Tomas Verhoek'], ['svært spesielt', 'Anna Kellor']]],
    ['nl', 'Oppositieleider Sanne Verhoek zei: "Dit kabinet heeft de crisis volledig onderschat."', [['volledig onderschat', 'Sanne Verhoek']]],
    ['nl', 'Gisteren zei Pieter Kellor: "Dit kabinet heeft de crisis volledig onderschat."', [['volledig onderschat', 'Pieter Kellor']]],
    ['nl', 'Jan de Kellor zei: "Dit kabinet heeft de crisis volledig onderschat."', [['volledig onderschat', 'Jan de Kellor']]],
    ['nl', 'Tomas Verhoek sloeg met de hamer. "Het is maar een klein hamertje", grapte Verhoek.', [['klein hamertje', 'Tomas Verhoek']]],
    ['ru', 'О решении знал только его брат Георг Кессов. "Причина действительно в возрасте", - признался он.', [['Причина действительно', 'Георг Кессов']]],
    ['ar', 'وأكد أونيكس فيلمار كبير موظفي إدارة الرئيس توماس فيرهوك: «نقدّر العرض لكنّ هذه الموارد قد تكون مفيدة أكثر».', [['نقدّر العرض', 'أونيكس فيلمار']]],
  ])('%s: %s', expectSpeakers);
});

describe('an institution between an office and its holder', () => {
  it.each<SpeakerCase>([
    ['pl', 'Rzecznik Komendy Głównej Policji Tomasz Kellor powiedział: „Sprawców zatrzymano”.', [['Sprawców zatrzymano', 'Tomasz Kellor']]],
    ['id', 'Menteri Pekerjaan Umum Budi Kellor mengatakan "jembatan itu akan dibangun kembali tahun depan".', [['dibangun kembali', 'Budi Kellor']]],
  ])('%s: %s', expectSpeakers);

  it.each([
    ['id', 'Juru bicara Pemerintah Provinsi Velmar Barat, Rina Kellor, mengatakan "kami sudah mengirim bantuan".', 'Pemerintah Provinsi Velmar Barat'],
    ['pl', 'Rzecznik Miejskiego Przedsiębiorstwa Komunikacyjnego w Velmarze Tomasz Kellor powiedział: „Tramwaje wróciły na trasy”.', 'Miejskiego Przedsiębiorstwa Komunikacyjnego'],
  ])('%s: the institution is no person', (language, body, institution) => {
    const ex = extractArticle({ id: 'a', source: 'a', outlet: null, url: null, headline: null, published: null, language, body, original: body });
    const found = ex.entities.find((e) => e.name.includes(institution));
    expect(found?.type).not.toBe('person');
    expect(ex.entities.some((e) => e.type === 'person' && /Kellor$/.test(e.name))).toBe(true);
  });
});

describe('"al" is "to the" in Italian and Spanish; reported speech carried on in the Konjunktiv', () => {
  it.each<SpeakerCase>([
    ['it', 'Il presidente Tomas Verhoek ha parlato di "scene inimmaginabili". "Dobbiamo ancora valutare" il numero delle vittime, ha detto Verhoek al Velmar Herald, "il Parlamento è crollato, sono crollate diverse scuole".', [['Parlamento è crollato', 'Tomas Verhoek']]],
    ['es', 'El presidente Tomas Verhoek habló de "escenas inimaginables". "El Parlamento se derrumbó", dijo Verhoek al Velmar Herald.', [['Parlamento se derrumbó', 'Tomas Verhoek']]],
    ['de', 'Der Regierungschef Tomas Verhoek hatte dem Sender gesagt, die Zahl der Toten könne "deutlich über hunderttausend" liegen. Es seien "so viele Gebäude, so viele Gegenden völlig zerstört" worden, dass er diese hohe Zahl erwarte.', [['so viele Gebäude', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});
