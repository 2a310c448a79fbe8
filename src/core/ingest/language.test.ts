import { describe, expect, it } from 'vitest';
import { cleanDoc } from './clean.js';
import { readJsonLines } from './corpus.js';
import { detectLanguage, normaliseLanguage } from './language.js';

// Invented one- or two-sentence news leads, the length of a short wire item.
const LEADS: [string, string][] = [
  ['en', 'The harbour authority said on Tuesday that the new ferry terminal would open two months later than planned.'],
  ['es', 'La autoridad portuaria anunció el martes que la nueva terminal de transbordadores abrirá dos meses más tarde de lo previsto.'],
  ['fr', "L'autorité portuaire a annoncé mardi que le nouveau terminal des ferries ouvrira deux mois plus tard que prévu."],
  ['de', 'Die Hafenbehörde teilte am Dienstag mit, dass das neue Fährterminal zwei Monate später als geplant öffnen werde.'],
  ['ru', 'Портовое управление во вторник сообщило, что новый паромный терминал откроется на два месяца позже запланированного.'],
  ['ar', 'أعلنت سلطة الميناء يوم الثلاثاء أن محطة العبارات الجديدة ستفتح بعد شهرين من الموعد المقرر.'],
  ['it', "L'autorità portuale ha annunciato martedì che il nuovo terminal dei traghetti aprirà con due mesi di ritardo."],
  ['nl', 'De havenautoriteit maakte dinsdag bekend dat de nieuwe veerterminal twee maanden later opengaat dan gepland.'],
  ['tr', 'Liman idaresi salı günü yaptığı açıklamada yeni feribot terminalinin planlanandan iki ay sonra açılacağını duyurdu.'],
  ['pt', 'A autoridade portuária anunciou na terça-feira que o novo terminal de balsas vai abrir dois meses depois do previsto.'],
  ['sv', 'Hamnmyndigheten meddelade på tisdagen att den nya färjeterminalen öppnar två månader senare än planerat.'],
  ['da', 'Havnemyndigheden meddelte tirsdag, at den nye færgeterminal først åbner to måneder senere end planlagt.'],
  ['sl', 'Pristaniška uprava je v torek sporočila, da se bo novi trajektni terminal odprl dva meseca pozneje, kot je bilo načrtovano.'],
];

describe('detectLanguage', () => {
  it.each(LEADS)('tells %s from a one-sentence lead', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells Indonesian from Malay, which the detector reads it as, by the words the two spell apart', () => {
    expect(detectLanguage('Otoritas pelabuhan mengatakan pada hari Selasa bahwa terminal feri yang baru akan dibuka dua bulan lebih lambat karena cuaca buruk.')).toBe('id');
    expect(detectLanguage('Pihak berkuasa pelabuhan berkata pada hari Selasa bahawa terminal feri baharu akan dibuka dua bulan lewat kerana cuaca buruk.')).toBe('ms');
  });

  it('gives no language for a body too short to tell', () => {
    expect(detectLanguage('Oslo, 3.')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});

describe('normaliseLanguage', () => {
  it('reads stated codes and regional variants', () => {
    expect(normaliseLanguage('pt-BR')).toBe('pt');
    expect(normaliseLanguage(' EN ')).toBe('en');
    expect(normaliseLanguage('es_419')).toBe('es');
    expect(normaliseLanguage('pcm')).toBe('pcm');
    expect(normaliseLanguage('Deutsch')).toBeNull();
    expect(normaliseLanguage(null)).toBeNull();
  });
});

describe('article language', () => {
  it('is detected during cleaning', () => {
    const a = cleanDoc({ source: 'x.txt', format: 'txt', text: LEADS[3]![1], meta: {} });
    expect(a.language).toBe('de');
  });

  it('comes from a JSONL language or lang field when the record states one', () => {
    const lines = [
      JSON.stringify({ text: LEADS[1]![1], lang: 'ca' }),
      JSON.stringify({ text: LEADS[2]![1], language: 'fr-CA' }),
      JSON.stringify({ text: LEADS[4]![1] }),
    ];
    const { docs } = readJsonLines('c.jsonl', lines);
    expect(docs.map((d) => cleanDoc(d).language)).toEqual(['ca', 'fr', 'ru']);
  });
});
