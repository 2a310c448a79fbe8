// Text whose bytes are not what it declares, or declares nothing: read in its legacy charset, flagged.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanDoc, readInput } from './index.js';
import { decodeText } from './bytes.js';

const WESTERN = '“Café owners say the €2 rent rise – the third this year – is too much,” a baker on Quay Street in Lowmoor said on Friday.';
const RUSSIAN =
  'Городской совет Лоумура во вторник проголосовал за закрытие старого паромного причала после того, как водолазы обнаружили трещины в сваях. ' +
  '«Никто не ступит на причал, пока его не отремонтируют», — сказала начальник порта Инесса Драпер.';

describe('legacy charsets', () => {
  it('reads a page declaring UTF-8 but written in windows-1252 as windows-1252, flagged, not refused', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="utf-8"><title>Bakers protest rent rise</title></head><body><article><h1>Bakers protest rent rise</h1><p>'),
      iconv.encode(WESTERN, 'windows-1252'),
      Buffer.from('</p></article></body></html>'),
    ]);
    const read = readInput('rents.html', page);
    expect(read.errors).toEqual([]);
    expect(read.docs[0].legacyCharset).toBe('windows-1252');
    const article = cleanDoc(read.docs[0]);
    expect(article.body).toContain(WESTERN);
    expect(article.flags).toContain('legacy-charset');
  });

  it('reads undeclared Cyrillic text in windows-1251 as windows-1251, as .txt and as a page', () => {
    const txt = readInput('prichal.txt', Buffer.concat([iconv.encode('Причал в Лоумуре закрыт\n\n', 'windows-1251'), iconv.encode(RUSSIAN, 'windows-1251')]));
    expect(txt.errors).toEqual([]);
    expect(txt.docs[0].legacyCharset).toBe('windows-1251');
    const article = cleanDoc(txt.docs[0]);
    expect(article.body).toBe(RUSSIAN);
    expect(article).toMatchObject({ language: 'ru', headline: 'Причал в Лоумуре закрыт' });
    expect(article.flags).toContain('legacy-charset');

    const page = readInput('prichal.html', Buffer.concat([Buffer.from('<html><body><p>'), iconv.encode(RUSSIAN, 'windows-1251'), Buffer.from('</p></body></html>')]));
    expect(page.errors).toEqual([]);
    expect(page.docs[0].legacyCharset).toBe('windows-1251');
    expect(cleanDoc(page.docs[0]).body).toBe(RUSSIAN);
  });

  it('keeps the UTF-8 of a text with a stray legacy byte, reading only that byte in the legacy charset', () => {
    const bytes = Buffer.concat([Buffer.from('Café owners in Lowmoor protest '), Buffer.from([0x96]), Buffer.from(' the third rise this year, said Zoë Marsh.')]);
    expect(decodeText(bytes, 'utf-8')).toEqual({ ok: true, value: 'Café owners in Lowmoor protest – the third rise this year, said Zoë Marsh.', legacy: 'windows-1252' });
    // Western text stays windows-1252 (chardet names it ISO-8859-1 or windows-1252).
    expect(decodeText(iconv.encode(WESTERN, 'windows-1252'))).toEqual({ ok: true, value: WESTERN, legacy: 'windows-1252' });
  });

  it('reads a long windows-1252 page with a few stray bytes it leaves undefined, as U+FFFD; text full of them is refused', () => {
    const stray = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    const page = Buffer.concat([
      Buffer.from('<html><head><title>Bakers protest rent rise</title></head><body><article><h1>Bakers protest rent rise</h1>'),
      ...Array.from({ length: 12 }, (_, i) => [iconv.encode(`<p>${i + 1}. ${WESTERN}`, 'windows-1252'), Buffer.from(i < stray.length ? [stray[i]] : []), Buffer.from('</p>')]).flat(),
      Buffer.from('</article></body></html>'),
    ]);
    const read = readInput('rents.html', page);
    expect(read.errors).toEqual([]);
    expect(read.docs[0].legacyCharset).toBe('windows-1252');
    const body = cleanDoc(read.docs[0]).body;
    expect(body).toContain(`12. ${WESTERN}`);
    expect(body.match(/\uFFFD/g)).toHaveLength(stray.length);
    // The same in a UTF-8 page: its UTF-8 stays, the stray byte reads as U+FFFD.
    const utf8 = Buffer.concat([Buffer.from(`${WESTERN} ${WESTERN} `), Buffer.from([0x9d]), Buffer.from(` ${WESTERN} ${WESTERN}`)]);
    expect(decodeText(utf8)).toEqual({ ok: true, value: `${WESTERN} ${WESTERN} \uFFFD ${WESTERN} ${WESTERN}`, legacy: 'windows-1252' });
    const junk = Buffer.from('abc \x81\x8d def \x8f\x90\x9d ghi '.repeat(20), 'latin1');
    expect(readInput('junk.txt', junk).errors).toEqual([{ source: 'junk.txt', message: expect.stringMatching(/not windows-1252 either/) }]);
  });

  // Undeclared text in the charsets of the news before UTF-8: each read in its own (chardet's
  // statistics), the language then detected from the decoded letters.
  const LEGACY: [language: string, charset: string, headline: string, body: string][] = [
    ['pl', 'iso-8859-2', 'Przystań w Velmarze zamknięta', 'Rada Miejska Velmaru zdecydowała we wtorek o zamknięciu starej przystani promowej. "Nikt nie wejdzie na pomost, dopóki go nie naprawimy" - powiedziała kapitan portu Anna Kellor.'],
    ['cs', 'windows-1250', 'Přístaviště ve Velmaru uzavřeno', 'Městská rada Velmaru v úterý rozhodla o uzavření starého přístaviště trajektů. „Nikdo na molo nevstoupí, dokud ho neopravíme,“ řekla ředitelka přístavu Anna Kellorová.'],
    ['ar', 'windows-1256', 'إغلاق رصيف العبارات في فيلمار', 'قرر مجلس مدينة فيلمار يوم الثلاثاء إغلاق رصيف العبارات القديم. وقالت مديرة الميناء آنا كيلور إن أحدا لن يطأ الرصيف قبل إصلاحه.'],
    ['el', 'iso-8859-7', 'Κλείνει η προβλήτα του Βέλμαρ', 'Το δημοτικό συμβούλιο του Βέλμαρ αποφάσισε την Τρίτη το κλείσιμο της παλιάς προβλήτας. «Κανείς δεν θα πατήσει στην προβλήτα μέχρι να επισκευαστεί», είπε η λιμενάρχης Άννα Κέλορ.'],
    ['tr', 'windows-1254', 'Velmar iskelesi kapatıldı', 'Velmar Belediye Meclisi salı günü eski feribot iskelesinin kapatılmasına karar verdi. Liman müdürü Anna Kellor, "İskele onarılana kadar kimse üzerine basmayacak" ifadelerini kullandı.'],
    ['ru', 'koi8-r', 'Причал в Вельмаре закрыт', 'Городской совет Вельмара во вторник проголосовал за закрытие старого паромного причала. "Никто не ступит на причал, пока его не отремонтируют", - сказала начальник порта Анна Келлор.'],
    ['ja', 'shift_jis', 'ベルマーのフェリー桟橋を閉鎖', 'ベルマー市議会は火曜日、古いフェリー桟橋の閉鎖を決めた。港長のアンナ・ケラー氏は、修理には少なくとも二年かかると述べた。'],
    ['zh', 'gb18030', '韦尔马关闭旧渡轮码头', '韦尔马市议会周二决定关闭旧渡轮码头。港务局长安娜·凯洛说，修复至少需要两年。'],
    ['zh', 'big5', '韋爾馬關閉舊渡輪碼頭', '韋爾馬市議會週二決定關閉舊渡輪碼頭。港務局長安娜·凱洛說，修復至少需要兩年。'],
    ['ko', 'euc-kr', '벨마르 여객선 부두 폐쇄', '벨마르 시의회는 화요일 낡은 여객선 부두를 폐쇄하기로 결정했다. 안나 켈러 항만청장은 수리에 적어도 2년이 걸릴 것이라고 말했다.'],
  ];
  it.each(LEGACY)('reads undeclared %s text in %s, flagged', (language, charset, headline, body) => {
    const read = readInput('pier.txt', iconv.encode(`${headline}\n\n${body}`, charset));
    expect(read.errors).toEqual([]);
    expect(read.docs[0].legacyCharset).toBe(charset);
    const article = cleanDoc(read.docs[0]);
    expect(article).toMatchObject({ language, headline, body });
    expect(article.flags).toContain('legacy-charset');
  });
});
