import { describe, expect, it } from 'vitest';
import { hostSpelledName, mastheadName, normaliseOutletName, outletFromUrl, selfReference, urlLine } from './outlet.js';
import { outletForHost, repairHost } from './outlets.js';

describe('urlLine', () => {
  it('reads a full URL line, optionally labelled', () => {
    expect(urlLine('https://www.example-tribune.net/articles/ferry')).toEqual({
      url: 'https://www.example-tribune.net/articles/ferry',
      host: 'www.example-tribune.net',
      mangled: false,
      labelled: false,
      written: 'https://www.example-tribune.net/articles/ferry',
      repaired: false,
    });
    expect(urlLine('Source: https://host.example/a/b')).toMatchObject({ url: 'https://host.example/a/b', labelled: true });
  });

  it('tolerates a line without scheme and repairs a garbled registry host', () => {
    expect(urlLine('ljazeera.com/news/2031/6/2/flood')).toEqual({
      url: 'https://aljazeera.com/news/2031/6/2/flood',
      host: 'aljazeera.com',
      mangled: true,
      labelled: false,
      written: 'ljazeera.com/news/2031/6/2/flood',
      repaired: true,
    });
    expect(urlLine('kestrel-courier.example/2031/04/02/pier')?.url).toBe('https://kestrel-courier.example/2031/04/02/pier');
  });

  it('needs a scheme or a path, and nothing else on the line', () => {
    expect(urlLine('example.com')).toBeNull();
    expect(urlLine('Visit https://host.example/a for more')).toBeNull();
    expect(urlLine('U.S.')).toBeNull();
  });
});

describe('outlet registry', () => {
  it('maps hosts and their subdomains, and repairs at most two edits when one host is clearly closest', () => {
    expect(outletForHost('edition.cnn.com')).toBe('CNN');
    expect(outletForHost('www.bbc.co.uk')).toBe('BBC');
    expect(repairHost('eutersrx.com')).toBeNull();
    expect(repairHost('eutersr.com')).toBe('reuters.com');
    expect(repairHost('reuter.com')).toBe('reuters.com');
    expect(repairHost('guardian.com')).toBeNull();
    expect(repairHost('kestrel.example')).toBeNull();
  });

  it('names unknown hosts by the host itself', () => {
    expect(outletFromUrl('https://www.kestrel-courier.example/x')).toEqual({ name: 'kestrel-courier.example', known: false });
    expect(outletFromUrl('https://www.reuters.com/world/x')).toEqual({ name: 'Reuters', known: true });
    expect(normaliseOutletName('theguardian.com')).toBe('The Guardian');
    expect(normaliseOutletName('the guardian')).toBe('The Guardian');
    expect(normaliseOutletName('Kestrel Courier')).toBe('Kestrel Courier');
    expect(normaliseOutletName('Guardian')).toBe('The Guardian');
    expect(normaliseOutletName('The Associated Press')).toBe('AP');
    expect(normaliseOutletName('bbc news')).toBe('BBC');
  });
});

describe('mastheadName', () => {
  it.each([
    ['Support The Valley Herald!', 'The Valley Herald'],
    ['A Message from The Valley Herald:', 'The Valley Herald'],
    ['© 2031 The Harbour Ledger. All rights reserved.', 'The Harbour Ledger'],
    ['Copyright 2029-2031 Kestrel Courier', 'Kestrel Courier'],
    ['Thank you for reading Coastline News.', 'Coastline News'],
  ])('%s -> %s', (line, name) => expect(mastheadName(line)).toBe(name));

  it('takes no masthead from a photo credit', () => {
    expect(mastheadName('© Example Agency / Ana Silva')).toBeNull();
  });

  it('ignores appeals that name no one', () => {
    expect(mastheadName('Support independent journalism')).toBeNull();
    expect(mastheadName('Subscribe to our newsletter')).toBeNull();
  });
});

describe('selfReference', () => {
  const lead = 'The strike will end by Friday, union leader Dana Holm told Coastline News on Monday.';

  it('names the outlet of an exclusive: headline "- who to X" and "told X" in the lead', () => {
    expect(selfReference('Port strike will end this week – union chief to Coastline News', lead)).toBe('Coastline News');
  });

  it('names the outlet a lead calls its interview exclusive to', () => {
    expect(selfReference(null, 'Dana Holm told Coastline News in an exclusive interview that the strike would end.')).toBe('Coastline News');
    expect(selfReference(null, 'Speaking exclusively to Coastline News, Holm said the strike would end.')).toBe('Coastline News');
    expect(selfReference(null, 'In an exclusive interview with Coastline News, Holm said the strike would end.')).toBe('Coastline News');
    expect(selfReference(null, 'Holm told Coastline News on Monday that the strike would end.')).toBeNull();
  });

  it('needs both signals, and never takes a credit to another outlet', () => {
    expect(selfReference('Port strike will end this week – union chief to Coastline News', 'The strike will end by Friday, Coastline News reports.')).toBeNull();
    expect(selfReference('Port strike will end this week', lead)).toBeNull();
    expect(selfReference(null, lead)).toBeNull();
    expect(selfReference('Union turns to Arbitration Board', 'The union said it had told Arbitration Board members.')).toBeNull();
  });
});

describe('hostSpelledName', () => {
  it('finds the name a text writes for its own host, as written', () => {
    const text = 'Tolls rose on Monday, the Kestrel Courier has learned.\n\nA spokesman told the Kestrel Courier that talks went on.';
    expect(hostSpelledName(text, 'https://www.kestrelcourier.example/2031/toll')).toBe('Kestrel Courier');
    expect(hostSpelledName('Readers of The Marsh Ledger’s weekend edition wrote in.', 'https://themarshledger.example/a')).toBe('The Marsh Ledger');
    expect(hostSpelledName('Subscribers of Kestrelwatch get alerts.', 'https://kestrelwatch.example/a')).toBe('Kestrelwatch');
    expect(hostSpelledName('Speaking to Lowland-Post reporters, she said no.', 'https://lowland-post.example/a')).toBe('Lowland-Post');
  });

  it('is null when the text never spells the host out, or the label is too short to tell', () => {
    expect(hostSpelledName('Tolls rose on Monday, officials said.', 'https://www.kestrelcourier.example/a')).toBeNull();
    expect(hostSpelledName('The Kes team won.', 'https://kes.example/a')).toBeNull();
    expect(hostSpelledName('Marsh Ledger staff', 'https://marsh.example/a')).toBeNull();
    expect(hostSpelledName('Kestrel Courier', 'not a url')).toBeNull();
  });
});
