// Metadata a page signs itself with, beside what must not be taken for it: an outlet crediting its
// own video in capitals, "More from X" over its own links, a feed stating whose article it carries,
// a CDN's host that names nobody, a wire's dateline credit; a caption or a paywall mark never in the
// headline.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { cleanDoc } from './index.js';
import { closesOnDate, withoutGlue } from './headline.js';
import { outletHost } from './outlets.js';
import { outletIdentities } from '../outlets/index.js';

const txt = (text: string): RawDoc => ({ source: 'a.txt', format: 'txt', text, meta: {} });
const withUrl = (url: string, text: string): RawDoc => ({ source: 'c.jsonl', format: 'txt', text, meta: { url } });
const LEAD =
  'A cargo ship ran aground off the Tallholm lighthouse on Sunday night, spilling part of its load of timber into the bay and closing the harbour mouth to traffic, the harbour office said.';
const MORE = 'Tugs were sent from Norrvik at first light and the crew of twelve was taken ashore unhurt, the office added in a statement.';

describe('an outlet signing its own text', () => {
  it('reads a caption at the top closing on the outlet in capitals, never a wire or a picture agency', () => {
    const own = cleanDoc(txt(`CLOSE\n\nTimber floated into the bay after the cargo ship ran aground on Sunday. NORRVIK TODAY\n\n${LEAD}\n\n${MORE}`));
    expect(own.outlet).toBe('NORRVIK TODAY');
    expect(own.body).not.toMatch(/NORRVIK TODAY/);
    expect(cleanDoc(txt(`CLOSE\n\nTimber floated into the bay after the cargo ship ran aground on Sunday. REUTERS TV\n\n${LEAD}\n\n${MORE}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`Timber floated into the bay after the cargo ship ran aground on Sunday. GETTY IMAGES\n\n${LEAD}\n\n${MORE}`)).outlet).toBeNull();
  });

  it('reads a name in capitals alone on the last line, never a source the lead quotes or credits', () => {
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nNORRVIK TODAY`)).outlet).toBe('NORRVIK TODAY');
    expect(cleanDoc(txt(`${LEAD} The harbour master told Norrvik Herald.\n\n${MORE}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${LEAD} The ship had lost power, according to Norrvik Herald.\n\n${MORE}`)).outlet).toBeNull();
  });

  it('reads "More from X" below the text, never a section, a writer or a source the text cites', () => {
    const own = cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nMore from Tallholm Lookout`));
    expect(own.outlet).toBe('Tallholm Lookout');
    expect(own.body).not.toMatch(/More from/);
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nMore from World`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nMore from Anna Kellor`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE}\n\nMore from Reuters`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${LEAD} Harbour Watch first spotted the ship.\n\n${MORE}\n\nMore from Harbour Watch`)).outlet).toBeNull();
  });

  it("reads a Russian teaser pointing to the site's own piece", () => {
    const ru = `Грузовое судно село на мель у маяка Таллхольм в воскресенье вечером, часть груза леса попала в залив, сообщила портовая служба.\n\nО причинах аварии и о том, когда откроется порт, – в материале Радио Кестрел.\n\nБуксиры вышли из Норрвика на рассвете.`;
    expect(cleanDoc(txt(ru)).outlet).toBe('Радио Кестрел');
  });

  it('takes a dateline\'s agency "CITY, AGENCY –" as a credit, not the outlet, and a country or a postal code for no agency', () => {
    const wire = cleanDoc(txt(`Cargo ship runs aground off Tallholm\n\nTALLHOLM, AFP – ${LEAD}\n\n${MORE}`));
    expect(wire.outlet).toBeNull();
    expect(wire.credits?.map((c) => c.name)).toEqual(['AFP']);
    expect(cleanDoc(txt(`Cargo ship runs aground off Tallholm\n\nTALLHOLM, VNX – ${LEAD}\n\n${MORE}`)).credits?.map((c) => c.name)).toEqual(['VNX']);
    expect(cleanDoc(txt(`Cargo ship runs aground off Tallholm\n\nTALLHOLM (AFP) - ${LEAD}\n\n${MORE}`)).credits?.map((c) => c.name)).toEqual(['AFP']);
    for (const place of ['UAE', 'NB', 'PERU']) {
      expect(cleanDoc(txt(`Cargo ship runs aground off Tallholm\n\nTALLHOLM, ${place} – ${LEAD}\n\n${MORE}`)).credits).toEqual([]);
    }
  });
});

describe('a page served by a CDN or carried by a feed', () => {
  it('never names a CDN, cache or hashed host, and reads a proxy host as the site it stands for', () => {
    expect(outletHost('d3k9x2mq7v1zt8.cloudfront.net')).toBeNull();
    expect(outletHost('media.akamaized.net')).toBeNull();
    expect(outletHost('a7f3b2c91d4e5f60.harbourlookout.example')).toBe('harbourlookout.example');
    expect(outletHost('www-harbour--lookout-example.cdn.ampproject.org')).toBe('www.harbour-lookout.example');
    // Site names keep their digits together.
    for (const host of ['news24.example', 'wkbt9.example', 'radio1.example', 'www.2031news.example']) expect(outletHost(host)).toBe(host);
    const cdn = cleanDoc(withUrl('https://d3k9x2mq7v1zt8.cloudfront.net/amp/ship-aground/1234.html', `${LEAD}\n\n${MORE}`));
    expect(cdn.outlet).toBeNull();
    // The page's own name wins, and the host's identity never brings the CDN back.
    const named = cleanDoc(withUrl('https://d3k9x2mq7v1zt8.cloudfront.net/amp/ship-aground/1234.html', `${LEAD}\n\n${MORE}\n\nMore from Tallholm Lookout`));
    expect(named.outlet).toBe('Tallholm Lookout');
    expect(outletIdentities([cdn, named]).size).toBe(0);
  });

  it('names the publisher a feed states ("X via Portal", "Published by X", "first appeared in X"), over its own host', () => {
    const url = 'https://uk.portal.example/ship-aground-0412.html';
    expect(cleanDoc(withUrl(url, `Cargo ship runs aground off Tallholm\n\nThe Tallholm Courier via Portal News\n\n${LEAD}\n\n${MORE}`)).outlet).toBe('The Tallholm Courier');
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}\n\nThis article first appeared in Norrvik Herald.`)).outlet).toBe('Norrvik Herald');
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}\n\nPublicado originalmente en Diario Norrvik`)).outlet).toBe('Diario Norrvik');
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}\n\nErschienen bei Norrvik Zeitung`)).outlet).toBe('Norrvik Zeitung');
    // A writer is no publisher, nor a wire: the host stays.
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}\n\nPublished by Dana Kellor`)).outlet).toBe('uk.portal.example');
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}\n\nOriginally published by Reuters`)).outlet).toBe('uk.portal.example');
    expect(cleanDoc(withUrl(url, `${LEAD}\n\n${MORE}`)).outlet).toBe('uk.portal.example');
  });
});

describe('headline', () => {
  it('never takes a photo caption with its credit, in any language', () => {
    for (const caption of [
      'Rescuers search the bay near Tallholm on Monday. (AP Photo/Dana Kellor)',
      'Rettungskräfte suchen die Bucht bei Tallholm ab. Foto: Dana Kellor',
      'Los rescatistas buscan en la bahía de Tallholm. Foto: Tomas Verhoek/Efe',
      'Les secours fouillent la baie de Tallholm. AFP/Dana Kellor',
    ]) {
      const a = cleanDoc(txt(`Cargo ship runs aground off Tallholm\n\n${caption}\n\n${LEAD}\n\n${MORE}`));
      expect(a.headline).toBe('Cargo ship runs aground off Tallholm');
      expect(a.body).not.toMatch(/Dana Kellor|Tomas Verhoek/);
    }
  });

  it('prefers the title to a caption closing on the day the picture was taken', () => {
    const ru = `"Никто не ждал шторма". Неделя после аварии в Таллхольме\n\nБуксиры у маяка Таллхольм, 24 июня\n\nГрузовое судно село на мель у маяка Таллхольм в воскресенье вечером, часть груза леса попала в залив и закрыла вход в гавань, сообщила портовая служба.`;
    expect(cleanDoc(txt(ru)).headline).toBe('"Никто не ждал шторма". Неделя после аварии в Таллхольме');
    expect(closesOnDate('Tugs by the Tallholm lighthouse, June 24')).toBe(true);
    expect(closesOnDate('Schlepper am Leuchtturm, 24. Juni')).toBe(true);
    expect(closesOnDate('Explosion in Tallholm, 12 injured')).toBe(false);
  });

  it('drops a paywall mark and a kicker glued to the title', () => {
    expect(withoutGlue('AboSchiffsunglück vor TallholmWarum der Hafen noch geschlossen ist')).toBe('Warum der Hafen noch geschlossen ist');
    expect(withoutGlue('PremiumWhy the Tallholm harbour is still closed')).toBe('Why the Tallholm harbour is still closed');
    expect(withoutGlue('ExclusiveTallholm harbour master speaks')).toBe('Tallholm harbour master speaks');
    // Spaced words and one-word brands stay.
    expect(withoutGlue('Premium fares rise at Tallholm harbour')).toBe('Premium fares rise at Tallholm harbour');
    expect(withoutGlue('Kessa shop opens on YouTube and PayPal today')).toBe('Kessa shop opens on YouTube and PayPal today');
    const a = cleanDoc(txt(`AboSchiffsunglück vor TallholmWarum der Hafen noch geschlossen ist\n\nEin Frachter ist am Sonntagabend vor dem Leuchtturm von Tallholm auf Grund gelaufen und hat einen Teil seiner Holzladung in die Bucht verloren, teilte das Hafenamt mit.`));
    expect(a.headline).toBe('Warum der Hafen noch geschlossen ist');
  });
});

describe('a page that is one captioned picture', () => {
  const CAPTION =
    'The breakwater of Tallholm harbour after the storm is seen in this image provided by the Northshire Coast Authority on March 4. A storm surge broke through the outer wall overnight, the authority said, flooding the fish market and the ferry terminal and leaving two trawlers on the quay.';
  const CREDIT = 'Northshire Coast Authority/Handout via REUTERS';

  it('is signed by the agency distributing the picture: its credit names the outlet and the credit', () => {
    const a = cleanDoc(txt(`${CAPTION.slice(0, 140)}...more\n\n${CAPTION} ${CREDIT}`));
    expect(a.outlet).toBe('Reuters');
    expect((a.credits ?? []).map((c) => c.name)).toEqual(['Reuters']);
    expect(cleanDoc(txt(`${CAPTION} AP/Dana Kellor`)).outlet).toBe('AP');
  });

  it('is only that: a caption inside an article, a gallery of pictures or a credit to no wire signs nothing', () => {
    expect(cleanDoc(txt(`${LEAD}\n\n${CAPTION} ${CREDIT}\n\n${MORE}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${LEAD}\n\n${MORE} ${CREDIT}`)).outlet).toBeNull();
    const other = 'Fishermen carry crates from the flooded market in Tallholm on March 5, the day after the storm surge broke through the harbour wall and filled its streets.';
    expect(cleanDoc(txt(`${other} ${CREDIT}\n\n${CAPTION} ${CREDIT}`)).outlet).toBeNull();
    expect(cleanDoc(txt(`${CAPTION} Northshire Coast Authority/Handout via Harbour Herald`)).outlet).toBeNull();
  });
});
