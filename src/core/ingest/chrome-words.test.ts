// Page chrome of other languages (related-story labels, share buttons, author-box headings, ad
// marks, empty-comment notes, photo credits, reading times) left out of scraped text and of HTML
// pages, while sentences that merely hold the same words stay.
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../types.js';
import { isChromeLabel, isLabelledCredit, relatedLabelTail } from './chrome-words.js';
import { extractHtml } from './html/index.js';
import { cleanDoc } from './index.js';

const txt = (text: string): RawDoc => ({ source: 'mem.txt', format: 'txt', text, meta: {} });

interface Page {
  language: string;
  headline: string;
  /** Paragraphs of the article, in order: the whole body once the chrome is out. */
  body: string[];
  /** Chrome lines set between and after them; none may stay. */
  chrome: string[];
}

const PAGES: Page[] = [
  {
    language: 'de',
    headline: 'Neuer Fähranleger für Port Velmar',
    body: [
      'Der Stadtrat von Port Velmar hat am Dienstag beschlossen, den Fähranleger neu zu bauen, den die Stürme im vergangenen Winter beschädigt hatten.',
      'Bürgermeisterin Ilse Brandauer sagte nach der Abstimmung, der Anleger sei für die halbe Stadt der Weg zur Arbeit.',
      'Ein Anwohner hatte im Frühjahr Anzeige gegen die Hafenverwaltung erstattet, weil der Steg wochenlang gesperrt war.',
      'Auch interessant sei, so Brandauer, wie viele Pendler inzwischen das Rad nehmen.',
      'Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.',
    ],
    chrome: [
      'Foto: Dana Kellor / Kessa',
      'Lesezeit: 3 Minuten',
      'Anzeige',
      'Das könnte Sie auch interessieren',
      'Auch interessant',
      'Diesen Artikel teilen',
      'Weitere Themen',
      'Ähnliche Beiträge',
      'Über den Autor',
      'Bisher keine Kommentare',
    ],
  },
  {
    language: 'fr',
    headline: 'Le port de Velmar reconstruit son embarcadère',
    body: [
      "Le conseil municipal de Port Velmar a voté mardi la reconstruction de l'embarcadère endommagé par les tempêtes de l'hiver dernier.",
      "Le maire, Tomas Verhoek, a déclaré que la moitié de la ville passait par l'embarcadère pour aller travailler.",
      "Il a dit qu'il faut lire aussi le rapport des ingénieurs avant de fixer le calendrier.",
      'Les travaux doivent commencer au printemps et durer environ deux ans.',
    ],
    chrome: [
      'Crédits photos : Marco Ventresca / Kessa',
      'Lire aussi : Le maire de Velmar présente son budget',
      'À lire aussi',
      'Partager sur Facebook',
      "À propos de l'auteur",
      'Aucun commentaire pour le moment',
      '(Photo: AFP)',
    ],
  },
  {
    language: 'es',
    headline: 'Port Velmar reconstruirá su muelle',
    body: [
      'El concejo de Port Velmar aprobó el martes reconstruir el muelle que dañaron las tormentas del invierno pasado.',
      'Lee también el informe de los ingenieros, pidió el alcalde Tomas Verhoek a los vecinos durante la sesión.',
      'Compartir en familia el trayecto al trabajo es ya una costumbre en la ciudad, dijo una vecina.',
      'Las obras empezarán en primavera y durarán unos dos años.',
    ],
    chrome: ['Lee también: El alcalde de Velmar presenta su presupuesto', 'Te puede interesar', 'Compartir en Twitter', 'Publicidad', 'Foto: Dana Kellor/Kessa', 'Tiempo de lectura: 2 minutos', 'Sin comentarios'],
  },
  {
    language: 'it',
    headline: 'Port Velmar ricostruisce il pontile',
    body: [
      'Il consiglio comunale di Port Velmar ha approvato martedì la ricostruzione del pontile danneggiato dalle tempeste dello scorso inverno.',
      'Il sindaco Marco Ventresca ha detto di leggere anche il rapporto dei tecnici prima di decidere i tempi.',
      'I lavori dovrebbero cominciare in primavera e durare circa due anni.',
    ],
    chrome: ['Leggi anche', 'Potrebbe interessarti', 'Condividi su Facebook', 'Pubblicità', 'Nessun commento', "Sull'autore"],
  },
  {
    language: 'pt',
    headline: 'Port Velmar vai reconstruir o cais',
    body: [
      'A câmara de Port Velmar aprovou na terça-feira a reconstrução do cais danificado pelas tempestades do inverno passado.',
      'O prefeito Tomas Verhoek disse que metade da cidade usa o cais para ir trabalhar.',
      'As obras devem começar na primavera e durar cerca de dois anos.',
    ],
    chrome: ['Leia também: Prefeito de Velmar apresenta orçamento', 'Você pode gostar...', 'Compartilhe no WhatsApp', 'Tempo de leitura: 1 minuto', 'Sobre o autor', 'Créditos: Dana Kellor/Kessa'],
  },
];

/** The page as scraped text: headline, then the body with one chrome line after each paragraph and the rest at the end. */
function scraped(page: Page): string {
  const lines = [page.headline, ''];
  page.body.forEach((p, i) => lines.push(p, '', ...(page.chrome[i] ? [page.chrome[i], ''] : [])));
  lines.push(...page.chrome.slice(page.body.length).flatMap((c) => [c, '']));
  return lines.join('\n');
}

/** The same page as HTML: each chrome line a paragraph or a bare div inside the article. */
function html(page: Page): string {
  const parts: string[] = [];
  page.body.forEach((p, i) => {
    parts.push(`<p>${p}</p>`);
    if (page.chrome[i]) parts.push(i % 2 ? `<div>${page.chrome[i]}</div>` : `<p>${page.chrome[i]}</p>`);
  });
  parts.push(...page.chrome.slice(page.body.length).map((c) => `<p>${c}</p>`));
  return `<!doctype html><html lang="${page.language}"><head><title>${page.headline}</title></head><body><article><h1>${page.headline}</h1>${parts.join('\n')}</article></body></html>`;
}

describe.each(PAGES.map((p) => [p.language, p] as const))('chrome of a %s page', (_, page) => {
  it('leaves scraped text with its sentences and without its chrome', () => {
    expect(cleanDoc(txt(scraped(page))).body.split('\n\n')).toEqual(page.body);
  });

  it('leaves an HTML page with its sentences and without its chrome', () => {
    expect(extractHtml(html(page), null).body.split('\n\n')).toEqual(page.body);
  });
});

describe('a related-story label alone heads the linked headlines below it', () => {
  it('drops the headlines under "Auch interessant", keeps the text after them', () => {
    const text = [
      'Neuer Fähranleger für Port Velmar',
      '',
      'Der Stadtrat von Port Velmar hat am Dienstag beschlossen, den Fähranleger neu zu bauen.',
      '',
      'Auch interessant',
      '',
      'Kessport baut seinen Bahnhof um',
      'Northshire streicht die Nachtfähre',
      '',
      'Die Arbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern, teilte die Verwaltung mit.',
    ].join('\n');
    const body = cleanDoc(txt(text)).body;
    expect(body).not.toContain('Kessport baut');
    expect(body).not.toContain('Northshire streicht');
    expect(body).toContain('Die Arbeiten sollen im Frühjahr beginnen');
  });
});

describe('detectors', () => {
  it.each([
    ['Lire aussi : Le maire de Velmar présente son budget', 'Le maire de Velmar présente son budget'],
    ['LEGGI ANCHE » Il sindaco di Velmar si dimette', 'Il sindaco di Velmar si dimette'],
    ['Lesen Sie auch: Kessport baut seinen Bahnhof um', 'Kessport baut seinen Bahnhof um'],
    ['Читайте также: Мэр Велмара ушёл в отставку', 'Мэр Велмара ушёл в отставку'],
    ['A lire aussi', ''],
    ['Mehr dazu', ''],
    ['Saiba mais', ''],
  ])('"%s" is a related-story label', (line, tail) => expect(relatedLabelTail(line)).toBe(tail));

  it.each([
    'Diesen Artikel teilen', 'Auf WhatsApp teilen', 'Partager sur', 'Compartir en', 'Udostępnij', 'Über die Autorin', 'Anzeige:',
    'ANZEIGE', 'Bisher keine Kommentare', 'Crédits photos', 'Nenhum comentário', 'Время чтения: 4 минуты', '5 min de lectura', 'Lesezeit: ca. 4 Min.',
  ])('"%s" is a chrome label', (line) => expect(isChromeLabel(line)).toBe(true));

  it.each(['Foto: Ilse Brandauer / Kessa', 'Crédits photos : Kessa', '(Foto: Kessa)', 'Bild: Tomas Verhoek/Kessa', 'Imagen: Harbour Herald'])(
    '"%s" is a labelled credit',
    (line) => expect(isLabelledCredit(line)).toBe(true),
  );

  // Sentences that hold a label's words, and labels' words heading a passage, are text.
  it.each([
    "Il a dit qu'il faut lire aussi le rapport.",
    'Lire aussi le rapport des ingénieurs, a demandé le maire.',
    'Leggi anche il rapporto dei tecnici, ha detto Marco Ventresca.',
    'Auch interessant ist, wie viele Pendler das Rad nehmen.',
    'Die Polizei hat Anzeige erstattet.',
    'Anzeige gegen Unbekannt',
    'Publicidad: el gasto del ayuntamiento creció un 12 por ciento',
    'Sin comentarios adicionales, el ministro abandonó la sala.',
    'Teilen sich die Kosten Bund und Land, wird der Anleger 2032 fertig.',
    'Über den Autor des Gutachtens wurde lange gestritten.',
    'Mehr dazu: Die Verwaltung will die Pläne im Mai vorlegen und die Kosten offenlegen.',
    'Die Lesezeit der Akten betrug 3 Minuten pro Fall.',
  ])('"%s" is text', (line) => {
    expect(isChromeLabel(line)).toBe(false);
    expect(isLabelledCredit(line)).toBe(false);
    expect(relatedLabelTail(line)).toBeNull();
  });
});
