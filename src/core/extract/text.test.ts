import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceSpans, tokenize } from './text.js';
import { lexiconFor } from './lang/index.js';

const sentences = (body: string): string[] => sentenceSpans(body, paragraphSpans(body)).map(([a, b]) => body.slice(a, b));

describe('sentenceSpans', () => {
  it('keeps abbreviations, initials and acronyms inside a sentence', () => {
    expect(sentences('Gen. Ana Ruiz met Dr. Paul J. Okoro at the U.S. embassy on Friday. They spoke for an hour.')).toEqual([
      'Gen. Ana Ruiz met Dr. Paul J. Okoro at the U.S. embassy on Friday.',
      'They spoke for an hour.',
    ]);
  });

  it('ends a sentence after an acronym when a sentence clearly starts', () => {
    expect(sentences('The talks moved to the U.S. The delegates left.')).toEqual(['The talks moved to the U.S.', 'The delegates left.']);
  });

  it('keeps the closing quote with its sentence and does not split at a comma inside quotes', () => {
    expect(sentences('“We will win,” she said. “They know it.” He nodded.')).toEqual(['“We will win,” she said.', '“They know it.”', 'He nodded.']);
  });

  it('does not split at an ellipsis followed by lowercase or with no space', () => {
    expect(sentences('It is … quite concerning. “We acted...They fled,” he said.')).toEqual([
      'It is … quite concerning.',
      '“We acted...They fled,” he said.',
    ]);
  });

  it('splits at a full stop scraped text glued to the next sentence, not in an abbreviation or initials', () => {
    expect(sentences('“The port is closed,” she said.Other leaders called it sabotage.')).toEqual(['“The port is closed,” she said.', 'Other leaders called it sabotage.']);
    expect(sentences('Mr.Kellor met Gen.Voss in the U.S.A. on Friday.')).toEqual(['Mr.Kellor met Gen.Voss in the U.S.A. on Friday.']);
  });

  it('splits paragraphs written with Windows line ends', () => {
    expect(paragraphSpans('One.\r\n\r\nTwo.')).toHaveLength(2);
  });

  it('treats paragraphs and single line breaks as boundaries', () => {
    expect(sentences('Headline without stop\n25 May 2020\n\nFirst paragraph')).toEqual(['Headline without stop', '25 May 2020', 'First paragraph']);
  });
});

describe('tokenize', () => {
  it('splits compounds with a capitalised part but keeps particles attached', () => {
    const texts = tokenize('the US-led coalition near al-Tanf and anti-Daesh forces, de-facto').map((t) => t.text);
    expect(texts).toEqual(['the', 'US', 'led', 'coalition', 'near', 'al-Tanf', 'and', 'anti', 'Daesh', 'forces', 'de-facto']);
  });

  it('keeps dotted acronyms, numbers with separators and possessives whole', () => {
    expect(tokenize('U.S. paid 1,500.5 to Russia’s envoy').map((t) => t.text)).toEqual(['U.S.', 'paid', '1,500.5', 'to', 'Russia’s', 'envoy']);
  });
});

describe('ordinal dates', () => {
  it('does not end a sentence at a day number written with a dot before its month', () => {
    const body = 'Kellberg, 3. Dezember 2025 – Der Stadtrat von Kellberg hat neue Regeln für den Hafen beschlossen. Ein zweiter Satz folgt.';
    expect(sentenceSpans(body, paragraphSpans(body), lexiconFor('de')).map(([a, b]) => body.slice(a, b))).toEqual([
      'Kellberg, 3. Dezember 2025 – Der Stadtrat von Kellberg hat neue Regeln für den Hafen beschlossen.',
      'Ein zweiter Satz folgt.',
    ]);
    expect(sentences('Varnik, 13. marca – Policia zadrzala troch muzov. Dalsia veta.')).toEqual(['Varnik, 13. marca – Policia zadrzala troch muzov.', 'Dalsia veta.']);
  });

  it('still ends a sentence at a number that closes it', () => {
    const body = 'Die Zahl stieg auf 12. Danach kam nichts mehr.';
    expect(sentenceSpans(body, paragraphSpans(body), lexiconFor('de')).map(([a, b]) => body.slice(a, b))).toEqual(['Die Zahl stieg auf 12.', 'Danach kam nichts mehr.']);
  });
});
