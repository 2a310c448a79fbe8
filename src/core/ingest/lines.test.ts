import { describe, expect, it } from 'vitest';
import { continues, repairParagraphs, splitLines, unwrapHardWrapped } from './lines.js';

describe('splitLines', () => {
  it('normalises odd spaces and invisible characters, and records blank-line breaks and soft-wrap marks', () => {
    expect(splitLines('  One\u00a0 two\u200b \r\nThree\r\n\r\n\tFour\u00ad ')).toEqual([
      { text: 'One two', blankBefore: true },
      { text: 'Three', blankBefore: false, softBefore: true },
      { text: 'Four', blankBefore: true },
    ]);
  });

  it('repairs typographic quotes and dashes read back in the wrong code page', () => {
    expect(splitLines('The agency called it â€œa mistakeâ€\u009d â€” and said it wasnâ€™t. She saw β€œdisdain”.').map((l) => l.text)).toEqual([
      'The agency called it “a mistake” — and said it wasn’t. She saw “disdain”.',
    ]);
    expect(splitLines('It costs 40 € – or 35 €.')[0]!.text).toBe('It costs 40 € – or 35 €.');
  });
});

describe('unwrapHardWrapped', () => {
  it('joins a block wrapped at a fixed width into one paragraph', () => {
    const block = [
      'Cherry growers in the upper valley have picked their smallest crop in',
      'ten years after a late frost in April destroyed much of the blossom,',
      'the growers\' cooperative said in its seasonal report on Thursday.',
    ].join('\n');
    expect(unwrapHardWrapped(splitLines(block)).map((l) => l.text)).toEqual([block.replace(/\n/g, ' ')]);
  });

  it('leaves one-paragraph-per-line text alone', () => {
    const text = ['Short headline here', 'A first paragraph that ends here.', 'A second paragraph, also complete.', 'A third one.'].join('\n');
    expect(unwrapHardWrapped(splitLines(text))).toHaveLength(4);
  });
});

describe('repairParagraphs', () => {
  it('rejoins a word hyphen broken across a blank line, keeping the hyphen', () => {
    expect(repairParagraphs(['The route left cross-', 'border commuters stranded.'])).toEqual(['The route left cross-border commuters stranded.']);
  });

  it('rejoins a sentence that goes on in lower case', () => {
    expect(repairParagraphs(['The council met on Tuesday and', 'voted to rebuild the pier.'])).toEqual(['The council met on Tuesday and voted to rebuild the pier.']);
  });

  it('rejoins a sentence cut after a word no sentence ends on, whatever case follows', () => {
    expect(repairParagraphs(['The mayor met on Monday with', 'Transport Commissioner Odile Brandt.'])).toEqual([
      'The mayor met on Monday with Transport Commissioner Odile Brandt.',
    ]);
  });

  it('keeps headings and finished sentences apart', () => {
    const paragraphs = ['Port reopens after strike', 'Workers returned on Monday.', 'Said so.', 'then more.', 'Pier', 'vote'];
    expect(repairParagraphs(paragraphs)).toEqual(paragraphs);
    expect(continues('Port reopens after strike', 'Workers returned')).toBe(false);
  });

  it('joins a spaced dash with a space, not as a word hyphen', () => {
    expect(repairParagraphs(['It was a long wait -', 'and a costly one.'])).toEqual(['It was a long wait - and a costly one.']);
  });
});
