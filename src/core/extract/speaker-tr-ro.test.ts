// Turkish and Romanian speech verbs, and Turkish case endings after a name's apostrophe. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('speakers in Turkish and Romanian', () => {
  it.each<SpeakerCase>([
    // The frames Turkish closes a quote with: "… ifadelerini kullandı" (used the words), "… paylaşımında bulundu" (posted).
    ['tr', 'Velmar limanında yangın çıktı. Belediye Başkanı Tomas Verhoek, "Kimse yaralanmadı. Liman yarın açılacak." ifadelerini kullandı.', [['Kimse yaralanmadı', 'Tomas Verhoek']]],
    ['tr', 'Velmar limanında yangın çıktı. Bakan Anna Kellor da "Korkunç bir haber" paylaşımında bulundu.', [['Korkunç bir haber', 'Anna Kellor']]],
    ['tr', 'Velmar limanında dün bir feribot karaya oturdu.\n\nBakan Tomas Verhoek, “Limanı cuma gününe kadar kapalı tutacağız” dedi.', [['Limanı cuma gününe', 'Tomas Verhoek']]],
    // "Verhoek'un": the genitive ending after the apostrophe is no part of the name.
    ['tr', "Velmar'da feribot kazası yaşandı. Kaptan Tomas Verhoek'un açıklaması geldi.\n\nTomas Verhoek, “Yolcuların hepsi güvende” diye konuştu.", [['Yolcuların hepsi', 'Tomas Verhoek']]],
    // A judge's office in its possessive form ("Mahkemesi Hakimi"), under a section heading in capitals ("MAHKEMEDEN KARAR").
    ['tr', 'Hisseler işleme kapatıldı.\nMAHKEMEDEN TASFİYE EMRİ\nVelmar Yüksek Mahkemesi Hakimi Anna Kellor, şirketin plan oluşturamaması üzerine tasfiye emrini çıkardı.\nKellor, “Şirkete karşı tasfiye kararı vermesinin uygun olduğunu düşünüyorum” dedi.', [['tasfiye kararı', 'Anna Kellor']]],
    ['ro', 'Un feribot a eșuat luni în portul Velmar.\n\n„Portul rămâne închis până vineri”, a declarat ministrul Tomas Verhoek.', [['Portul rămâne închis', 'Tomas Verhoek']]],
    // The cedilla spelling of ș/ț that older keyboards type.
    ['ro', 'Un feribot a eşuat luni în portul Velmar.\n\n„Toţi pasagerii sunt în siguranţă”, a precizat Tomas Verhoek.', [['pasagerii sunt', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});
