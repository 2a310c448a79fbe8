// Quotes in Japanese and Chinese: corner brackets, a quotative particle or a colon, no spaces.
// Invented articles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const quoteTexts = (language: string, body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language, body, original: body }).quotes.map((q) => q.text);

describe('quotes in scripts written without spaces', () => {
  it('finds a Japanese quote in corner brackets that a quotative particle marks as speech', () => {
    const body = 'ヴェルマール港で８日、フェリーが座礁した。\n\n港長は記者団に対し「金曜日まで港を閉鎖する予定だ」と述べた。また「乗客は全員無事だった」と話している。';
    expect(quoteTexts('ja', body)).toEqual(['金曜日まで港を閉鎖する予定だ', '乗客は全員無事だった']);
  });

  it('finds a Chinese quote that a full-width colon introduces', () => {
    const body = '韋爾馬港８日發生渡輪擱淺事故。\n\n港務局長表示：「港口將關閉至星期五，所有乘客均已獲救。」';
    expect(quoteTexts('zh', body)).toEqual(['港口將關閉至星期五，所有乘客均已獲救。']);
  });

  it('leaves a name or a title in corner brackets with no particle alone', () => {
    const body = 'ヴェルマール港で８日、フェリー「北の星」が座礁し、「ヴェルマール日報」によると乗客は無事だった。';
    expect(quoteTexts('ja', body)).toEqual([]);
  });
});
