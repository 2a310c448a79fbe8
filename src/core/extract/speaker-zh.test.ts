// Chinese quotes and their speakers: a foreign name written with a middle dot ("托马斯·韦尔胡克"),
// often with its Latin spelling in parentheses, then by one part; the speech verb in the clause after
// the quote or before its colon names the speaker outright. Invented articles.
import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';
import type { Article } from '../types.js';

const quotes = (body: string) => {
  const a: Article = { id: 'zh1', source: 'a.txt', outlet: 'X', url: null, headline: null, published: '2031-03-12', language: 'zh', body, credits: [], flags: [] } as unknown as Article;
  return extractArticle(a).quotes.map((q) => [q.text.slice(0, 7), q.speaker]);
};

describe('Chinese speakers', () => {
  it('are named by the speech verb after the quote, by a part of a dotted name, as its Latin spelling when given', () => {
    const body =
      '韦尔马港的货车司机托马斯·韦尔胡克(Tomas Verhoek)将永远无法忘记大桥坍塌的一刻。\n' +
      '“我就紧跟在那些坠落的车后面,”还处在惊恐中的托马斯说。\n' +
      '同样幸运的,还有安娜·凯洛尔(Anna Kellor)。\n' +
      '“我们堵在了路上,汽车都排成了长龙。”安娜回忆说。';
    expect(quotes(body)).toEqual([
      ['我就紧跟在那些', 'Tomas Verhoek'],
      ['我们堵在了路上', 'Anna Kellor'],
    ]);
  });

  it('take an office written before the name and a word glued after it off the name', () => {
    const body = '韦尔马总理伊戈尔·瓦斯科此前通过推特发布消息说:“我对事故感到震惊,我们已经立即启动调查。”';
    expect(quotes(body)).toEqual([['我对事故感到震', '伊戈尔·瓦斯科']]);
  });

  it('take an office inside a dotted name\'s first part and the weekday after it off the name', () => {
    const body = '韦尔马尔市长安娜·凯洛尔周三表示：“港口将关闭到周一。”';
    expect(quotes(body)).toEqual([['港口将关闭到周', '安娜·凯洛尔']]);
  });

  it('read a name with no dot between its office and the speech verb it is the subject of, past a day and a place', () => {
    const body =
      '韦尔马总统瓦斯科周三在首都表示，“我们不会让步”。\n' +
      '港务局发言人凯洛尔3日说：“港口将关闭到周一。”\n' +
      '卫生部长柯立华星期五对记者表示：“医院已经准备好了。”\n' +
      '总统府表示，“会议将推迟”。';
    expect(quotes(body)).toEqual([
      ['我们不会让步', '瓦斯科'],
      ['港口将关闭到周', '凯洛尔'],
      ['医院已经准备好', '柯立华'],
      ['会议将推迟', null],
    ]);
  });

  it('read the name after a role noun and before an adverb or a verb of criticism ahead of the speech verb', () => {
    const body = '反对党领袖林美华则批评说：“这项改革只是空话。”\n河口镇居民张秀英告诉记者：“我们已经把粮食搬到了二楼。”';
    expect(quotes(body)).toEqual([
      ['这项改革只是空', '林美华'],
      ['我们已经把粮食', '张秀英'],
    ]);
  });
});
