import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quoteText } from './quotemarks.js';
import { paragraphSpans } from './text.js';

const quotes = (body: string): string[] => findQuoteSpans(body, paragraphSpans(body)).map((q) => quoteText(body, q));

describe('findQuoteSpans', () => {
  it('pairs curly and straight, double and single quotes', () => {
    expect(quotes('“One,” he said. "Two," she said. ‘Three,’ they said. \'Four,\' we said.')).toEqual(['One,', 'Two,', 'Three,', 'Four,']);
  });

  it('tells apostrophes from closing single quotes', () => {
    expect(quotes('Russia’s envoy said the US’ plan and the groups’ leaders don’t agree.')).toEqual([]);
    expect(quotes("'We don't give up,' said Ana's brother.")).toEqual(["We don't give up,"]);
  });

  it('keeps nested quotes inside the outer one', () => {
    expect(quotes('“They call it the ‘New Army’ and others,” he said. "Take the \'long road\'," she said.')).toEqual([
      'They call it the ‘New Army’ and others,',
      "Take the 'long road',",
    ]);
  });

  it('joins a quote that runs over paragraphs, each reopening', () => {
    const body = '“The first part goes on\n\n“and the second part ends here,” she said.';
    expect(quotes(body)).toEqual(['The first part goes on and the second part ends here,']);
  });

  it('closes a quote left open at the end of its paragraph', () => {
    const spans = findQuoteSpans('He said “never again\n\nNext paragraph.', paragraphSpans('He said “never again\n\nNext paragraph.'));
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });
});

describe('doubled single marks', () => {
  it('reads ’’ and ‘‘ as double quotation marks', () => {
    expect(quotes('“It was an attempt to mislead voters,’’ Ana Ruiz told the paper. ‘‘We agree,’’ he said.')).toEqual([
      'It was an attempt to mislead voters,',
      'We agree,',
    ]);
  });
});
