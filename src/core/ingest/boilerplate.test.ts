import { describe, expect, it } from 'vitest';
import {
  isAppealContinuation,
  isCaptionLine,
  isCreditLine,
  isNavLine,
  isUiLine,
  isWidgetLine,
  readMoreTail,
  startsAppeal,
} from './boilerplate.js';

const BODY = [
  'The harbour council voted on Tuesday to rebuild the ferry pier that storms damaged last winter.',
  '"We will share the cost with the region," the mayor said.',
  'Follow-up talks are planned for next month, officials said.',
  'The photo agency did not respond to a request for comment.',
  'Read the full report on the council website, she added.',
  'Sign up for a streaming account for $9.99 a month',
  'Support for the plan has grown since the storm.',
  'We are seeing positive changes, the minister said.',
];

describe('furniture detectors leave ordinary sentences alone', () => {
  it.each(BODY)('%s', (line) => {
    for (const detector of [isNavLine, isUiLine, isWidgetLine, isCreditLine, isCaptionLine, startsAppeal]) expect(detector(line)).toBe(false);
    expect(readMoreTail(line)).toBeNull();
  });
});

describe('lines of figures are content', () => {
  it.each(['5040', '85%', '-12.99', '1/12'])('%s', (line) => expect(isUiLine(line)).toBe(false));
});

describe('isNavLine', () => {
  it.each([
    'icon bookmark-bicon cameraicon checkicon chevron downicon closeicon fbicon',
    'icon-menu icon-search icon-share icon-print icon-mail icon-close',
    'Home World Business Sport Share Facebook Twitter Email Print',
    'Share on Facebook Share on Twitter Email',
    'Teilen Drucken Merken Facebook',
    'Partager Imprimer Facebook Twitter',
    'Compartir Imprimir WhatsApp',
  ])('%s', (line) => expect(isNavLine(line)).toBe(true));
});

describe('isUiLine', () => {
  it.each(['image', 'Advertisement', 'Share this article', 'Read more', 'Skip to main content', '•', '| |', 'Story continues below advertisement', 'Continue reading the main story', '5 min read', 'Our standards: The Example Trust Principles.', 'Advertisement - Scroll to continue', 'Close share panel', 'Article Continued Below', 'Story continues after advertisement', 'Anzeige', 'Publicidad', 'La suite après cette publicité', 'Weiterlesen nach der Anzeige', 'Sigue leyendo', 'Продолжение ниже'])('%s', (line) =>
    expect(isUiLine(line)).toBe(true),
  );
  // Prose that opens with the same words is no label.
  it.each(['Anzeige wurde bei der Polizei erstattet.', 'The story continued below the surface for years.'])('%s', (line) => expect(isUiLine(line)).toBe(false));
});

describe('isWidgetLine', () => {
  it.each(['Follow us on Twitter and Facebook', '(Reporting by Ana Silva; Editing by Tom Reed)', 'Tags: Labour, Maritime', '© 2031 The Harbour Ledger. All rights reserved.', 'Copyright 2030 Example Media', 'pic.twitter.com/AbC123xyz', 'Like this story? Share it with a friend!', 'A post shared by Ana Silva (@anasilva)', 'Example News\'s Tom Reed contributed to this report.', '(Ana Silva contributed reporting)'])(
    '%s',
    (line) => expect(isWidgetLine(line)).toBe(true),
  );
});

describe('isCreditLine', () => {
  it.each(['Jonas Pereira / Valley Herald', 'REUTERS/Ana Silva', 'Photo: Harbour master\'s office', 'Picture: Lena Brandt/AFP', 'Photo by Ana Silva via Example Images', 'AFP/Getty Images', 'Getty Images', 'AP Photo', 'Image copyright Example Images', 'Image source, Example Images', 'Credit...Ana Silva for Example News', 'Composite: Example Images'])(
    '%s',
    (line) => expect(isCreditLine(line)).toBe(true),
  );

  it('does not take a short headline with a slash, or a sentence naming an agency, for a credit', () => {
    expect(isCreditLine('Pier or bridge? Council split / vote delayed again.')).toBe(false);
    expect(isCreditLine('Reuters reported the deal')).toBe(false);
    expect(isCreditLine('File')).toBe(false);
  });
});

describe('isCaptionLine', () => {
  it.each([
    'This image, taken on January 5, 2029, shows construction cranes above the barrier.',
    'In this photo provided by the coast guard, a ferry lists in the harbour.',
    'A handout picture released by the ministry shows the new gates.',
    'FILE PHOTO: A passenger ferry leaves the harbour at dawn, March 2, 2029.',
    'The new gate is floated into place (Photo by Ana Silva/Example Images)',
    'Carriages at the depot in Feldhaven. Photograph: Mara Quist/Example Images',
  ])('%s', (line) => expect(isCaptionLine(line)).toBe(true));
});

describe('readMoreTail', () => {
  it('returns the related headline after the label, or empty when it is on the next line', () => {
    expect(readMoreTail('READ MORE: Container backlog reaches record')).toBe('Container backlog reaches record');
    expect(readMoreTail('Read more:')).toBe('');
    expect(readMoreTail('Related: How a river town learned to live with the tide')).toBe('How a river town learned to live with the tide');
    expect(readMoreTail('Also read - Tram line to close')).toBe('Tram line to close');
    expect(readMoreTail('Explore more on these topics')).toBe('');
    expect(readMoreTail('Related stories')).toBe('');
    expect(readMoreTail('Watch')).toBeNull();
  });
});

describe('appeals', () => {
  it.each(['Sign up for our free weekly newsletter', 'Subscribe to our daily newsletter', 'Subscribe', 'Register here to keep reading', 'A Message from The Valley Herald:', 'Dear readers,', 'Support The Valley Herald!', 'Please consider supporting independent journalism.', 'Not ready to support today?'])(
    'starts: %s',
    (line) => expect(startsAppeal(line)).toBe(true),
  );

  it('recognises the rest of an appeal: its vocabulary, talking to the reader, or buttons', () => {
    expect(isAppealContinuation('We rely on readers like you to keep our newsroom open.')).toBe(true);
    expect(isAppealContinuation('Get the morning briefing in your inbox, free of charge.')).toBe(true);
    expect(isAppealContinuation('Give monthly')).toBe(true);
    expect(isAppealContinuation('Tickets will cost the same on both sides of the border, the office said.')).toBe(false);
    expect(isAppealContinuation('"We want you to know our plans," the mayor told the meeting on Monday evening.')).toBe(false);
  });
});
