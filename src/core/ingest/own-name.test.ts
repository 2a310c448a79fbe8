import { describe, expect, it } from 'vitest';
import { bylineOrganisation, contactOutlet, newsroomByline, selfReportName, sourceLineName, titleSuffix, webSignOff } from './own-name.js';

describe('titleSuffix', () => {
  it('splits a site name off a page title', () => {
    expect(titleSuffix('Ferry halted after hull crack | Norrvik Courier')).toEqual({ headline: 'Ferry halted after hull crack', site: 'Norrvik Courier' });
    expect(titleSuffix('Le ferry reste à quai après une fissure - Norrvik.fr')).toEqual({ headline: 'Le ferry reste à quai après une fissure', site: 'Norrvik.fr' });
    expect(titleSuffix('Ferry halted after hull crack – Coast Daily')?.site).toBe('Coast Daily');
  });

  it("keeps a headline's own speaker or label after a dash, and a sentence after a bar", () => {
    expect(titleSuffix('"We will not leave the valley" - Mayor Lind')).toBeNull();
    expect(titleSuffix('Navy ships turned back at the strait - UPDATES')).toBeNull();
    expect(titleSuffix('Ferry halted | the operator said refunds would be paid')).toBeNull();
    expect(titleSuffix('Ferry | Norrvik Courier')).toBeNull();
  });
});

describe('newsroomByline', () => {
  it('reads a newsroom byline opening a lead or standing alone', () => {
    const lead = '(De la Redacción de COSTA GACETA) Francia ganó hoy la final.';
    const byline = newsroomByline(lead);
    expect(byline?.name).toBe('Costa Gaceta');
    expect(lead.slice(byline?.length)).toBe('Francia ganó hoy la final.');
    expect(newsroomByline('Par la rédaction de Norrvik Matin')).toMatchObject({ name: 'Norrvik Matin' });
    expect(newsroomByline('By Norrvik Courier Staff')).toMatchObject({ name: 'Norrvik Courier' });
  });

  it('takes no desk, person or sentence for a newsroom', () => {
    expect(newsroomByline('REDACCIÓN INTERNACIONAL.- Arabia Saudita confirmó la muerte')).toBeNull();
    expect(newsroomByline('By Jane Doe, staff writer')).toBeNull();
    expect(newsroomByline('The newsroom of the paper was closed on Monday.')).toBeNull();
  });
});

describe('selfReportName, webSignOff, contactOutlet, sourceLineName', () => {
  it('reads a site reporting or signing off under its web name', () => {
    expect(selfReportName('Три корабля задержаны, сообщает пресс-служба, - передает Норрвик.ФМ. По данным')).toBe('Норрвик.ФМ');
    expect(selfReportName('The ferry is halted, Norrvik.com reports.')).toBe('Norrvik.com');
    expect(selfReportName('The ferry is halted, Norrvik Courier reports.')).toBeNull();
    expect(webSignOff('NorrvikCourier.com/Agencias/JT')).toBe('NorrvikCourier.com');
    expect(webSignOff('norrvik.example/2031/03/ferry')).toBeNull();
  });

  it("reads the outlet's own contact address in its appeal, never a source's address elsewhere", () => {
    expect(contactOutlet('We want to hear from you! Email us at editors@norrvik-courier.example.')).toBe('norrvik-courier.example');
    expect(contactOutlet('The minister wrote to press@ministry.example on Monday.')).toBeNull();
  });

  it('reads the name a "Source:" line credits, not an address', () => {
    expect(sourceLineName('Source : Norrvik Courier')).toBe('Norrvik Courier');
    expect(sourceLineName('Fuente: Wirepost')).toBe('Wirepost');
    expect(sourceLineName('Source: https://norrvik.example/a')).toBeNull();
    expect(sourceLineName('Source: the operator said refunds would be paid for all crossings')).toBeNull();
  });
});

describe('bylineOrganisation', () => {
  it('reads the organisation a byline names after its writer', () => {
    expect(bylineOrganisation('By Ilse Marken, Coast Daily')).toBe('Coast Daily');
    expect(bylineOrganisation('By Ilse Marken | norrvik-courier.net')).toBe('norrvik-courier.net');
    expect(bylineOrganisation('By Ilse Marken for The Harbour Ledger')).toBe('The Harbour Ledger');
    expect(bylineOrganisation('By Ilse Marken, Associated Press')).toBe('Associated Press');
  });

  it('takes no job title, place or second writer for an organisation', () => {
    expect(bylineOrganisation('By Ilse Marken, Chief Reporter')).toBeNull();
    expect(bylineOrganisation('By Ilse Marken, Norrvik')).toBeNull();
    expect(bylineOrganisation('By Ilse Marken, Per Holm')).toBeNull();
    expect(bylineOrganisation('By Ilse Marken')).toBeNull();
  });
});
