// Dates written with month names in languages chrono-node has no locale for, read from the
// platform's CLDR data: the dateline of a bare text dates it, in its language's own word order.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { cleanDoc } from './index.js';
import { monthNameDates } from './month-dates.js';

const txt = (text: string): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta: {} });
const dated = (text: string) => {
  const a = cleanDoc(txt(text));
  return [a.published, a.published_source, a.headline];
};

describe('month names from CLDR', () => {
  it('read day, month and year in each language’s order and joints, the year optional', () => {
    const read = (text: string, language: string) => monthNameDates(text, language).map((d) => d.parts);
    expect(read('Kessport, 12 marca 2031 r. —', 'pl')).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
    expect(read('Kessport 4. října 2031', 'cs')).toMatchObject([{ year: 2031, month: 10, day: 4 }]);
    expect(read('Kessport, 2031. március 12. –', 'hu')).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
    expect(read('케스포트=2031년 3월 12일 —', 'ko')).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
    expect(read('w poniedziałek 3 kwietnia', 'pl')).toMatchObject([{ year: null, month: 4, day: 3 }]);
    expect(read('12 במרץ 2031', 'he')).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
  });

  it('know every regional form of a language’s months, and its other digits', () => {
    // Levantine Arabic writes March "آذار", Egyptian "مارس"; both with Arabic-Indic digits too.
    expect(monthNameDates('دمشق - ١٢ آذار ٢٠٣١', 'ar').map((d) => d.parts)).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
    expect(monthNameDates('القاهرة، 12 مارس 2031', 'ar').map((d) => d.parts)).toMatchObject([{ year: 2031, month: 3, day: 12 }]);
  });

  it('read no word that merely begins like a month, no impossible day, and no agency as the year’s word', () => {
    expect(monthNameDates('Martin 12 kişi', 'tr')).toEqual([]);
    expect(monthNameDates('31 kwietnia 2031', 'pl')).toEqual([]);
    const [d] = monthNameDates('Kessport, 12 marca 2031 PAP.', 'pl');
    expect('Kessport, 12 marca 2031 PAP.'.slice(d.index, d.end)).toBe('12 marca 2031');
  });
});

describe('a bare text in a language chrono cannot read', () => {
  it.each([
    ['Pożar w porcie Kessport', 'Kessport, 12 marca 2031 r. — W porcie wybuchł pożar. Burmistrz Tomas Verhoek powiedział, że sytuacja jest pod kontrolą. Strażacy gasili ogień przez całą noc.'],
    ['Kessport limanında yangın', 'Kessport, 12 Mart 2031 — Limanda yangın çıktı. Belediye başkanı Tomas Verhoek durumun kontrol altında olduğunu söyledi. İtfaiyeciler bütün gece çalıştı.'],
    ['حريق في ميناء كيسبورت', 'كيسبورت، 12 مارس 2031 - اندلع حريق في الميناء. وقال رئيس البلدية توماس فيرهوك إن الوضع تحت السيطرة. وعمل رجال الإطفاء طوال الليل على إخماد النيران وتم إجلاء السكان من المنازل القريبة.'],
    ['케스포트 항구에서 화재', '케스포트=2031년 3월 12일 — 항구에서 화재가 발생했다. 토마스 페르후크 시장은 상황이 통제되고 있다고 말했다. 소방관들은 밤새 불을 껐고 인근 주민들은 대피했다.'],
  ])('is dated by its dateline and keeps its headline, in cased and caseless scripts: %s', (headline, lead) => {
    expect(dated(`${headline}\n\n${lead}`)).toEqual(['2031-03-12', 'dateline', headline]);
  });

  it('takes a Japanese title line above its paragraphs as the headline', () => {
    const a = cleanDoc(txt('ケスポート港で火災、作業員14人けが\n\nケスポート港で12日未明、大規模な火災が発生し、作業員14人がけがをした。トマス・フェルフーク市長は「状況は制御されている」と述べた。消防士が夜通し消火にあたり、近くの住民は避難した。'));
    expect(a.headline).toBe('ケスポート港で火災、作業員14人けが');
    expect(a.body.startsWith('ケスポート港で12日未明')).toBe(true);
  });

  it('reads a labelled date line in the languages of the news, the source named after it left off', () => {
    const ko = '케스포트 항구에서 화재\n\n(케스포트=연합뉴스) 홍길동 기자 = 12일 새벽 케스포트 항구에서 화재가 발생해 작업자 14명이 다쳤다.\n\n입력 2031.03.12 10:30';
    expect(dated(ko)).toEqual(['2031-03-12T10:30', 'dateline', '케스포트 항구에서 화재']);
    const zh = '凯斯波特港口发生火灾\n2031年03月12日 10:30 来源：新华网\n\n新华社凯斯波特3月12日电 凯斯波特港12日凌晨发生大火，14名工人受伤。市长托马斯·费尔胡克表示，局势已得到控制。';
    expect(dated(zh)).toEqual(['2031-03-12T10:30', 'dateline', '凯斯波特港口发生火灾']);
    const ar = 'حريق في ميناء كيسبورت\n\nكيسبورت (رويترز) - اندلع حريق في الميناء يوم الخميس. وقال رئيس البلدية توماس فيرهوك إن الوضع تحت السيطرة.\n\nتاريخ النشر: 12 آذار 2031';
    expect(dated(ar)).toEqual(['2031-03-12', 'dateline', 'حريق في ميناء كيسبورت']);
  });
});
