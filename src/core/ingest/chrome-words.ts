// Page chrome in the languages of the news, by language: the labels a site sets over links to its
// other stories, share buttons, the heading of the author's box, advertising marks, the note of an
// empty comment section, photo-credit labels and reading times. Both the text cleaner
// (boilerplate.ts) and the HTML extractor (html/boilerplate.ts) read them through the functions at
// the end, so whether a label is chrome is decided here. English chrome lives in those files' own
// patterns; `en` here only adds the kinds they lack.
//
// Every language's labels apply to every page: cleaning runs before the page's language is known,
// pages quote other languages' chrome (a German edition's French teaser), and a label that fills its
// line on its own means the same on any page. A label is chrome only as a whole line (or, for the
// related-story labels, a whole line of label, separator and linked headline): a sentence that merely
// holds the words ("Il a dit qu'il faut lire aussi le rapport") is text.

/** One language's chrome labels, as case-insensitive regular-expression fragments of whole lines. */
interface ChromeWords {
  /** Labels over links to other stories ("Lire aussi"): alone, or before a separator and one linked headline. */
  related?: string[];
  /** Related-story labels that may also head a passage of the text ("Mehr dazu: …"): alone on their line only. */
  relatedAlone?: string[];
  /** Share buttons ("Diesen Artikel teilen", "Partager sur Facebook"), print and send buttons. */
  share?: string[];
  /** The heading of the author's box ("Über den Autor"). */
  author?: string[];
  /** Advertising marks ("Anzeige", "Publicidad"). */
  ads?: string[];
  /** What an empty comment section says ("Bisher keine Kommentare"). */
  noComments?: string[];
  /** Labels of a photo's credit ("Foto", "Crédits photos"): alone, or before a colon and the credit. */
  photoCredit?: string[];
  /** The reading time a page states ("Lesezeit: 3 Minuten", "Tempo de leitura: 1 minuto"); MINUTES is the count. */
  readingTime?: string[];
}

/** Networks a share button names ("Partager sur Facebook", "Auf WhatsApp teilen"). */
const NETWORK = '(?:facebook|twitter|x|whatsapp|linkedin|telegram|e-?mail|mail|pinterest|xing|threads|bluesky|reddit|messenger|flipboard|vk|вконтакте|одноклассники)';
const APOS = "['’]";
/** A count of minutes: "3 Minuten", "ca. 4 min.", "2-3 minutos", "5 мин". */
const MINUTES = String.raw`(?:ca\.?\s*|env\.?\s*|environ\s*|aprox\.?\s*|circa\s*|около\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:min\p{L}*|мин\p{L}*)\.?`;

const CHROME: Record<string, ChromeWords> = {
  en: {
    author: ['about the authors?'],
    noComments: ['no comments(?: yet)?', 'be the first to comment'],
  },
  de: {
    related: [
      'auch interessant', 'ebenfalls interessant', 'das (?:könnte|dürfte) sie auch interessieren', 'lesen sie (?:auch|mehr|hier)',
      'mehr zum thema', 'weitere (?:themen|artikel|nachrichten|beiträge|meldungen|news)', 'ähnliche (?:beiträge|artikel|themen)',
      'verwandte (?:artikel|beiträge|themen)', 'empfohlene artikel', 'meistgelesene? artikel',
    ],
    relatedAlone: ['mehr dazu', 'zum thema', 'meistgelesen', 'top-themen'],
    share: [
      'teilen', '(?:diesen |den )?(?:artikel|beitrag|seite) (?:teilen|versenden|drucken|merken)',
      `(?:auf|bei|per|via) ${NETWORK} teilen`, `teilen (?:auf|bei|per|via) ${NETWORK}`, 'drucken', 'merken',
    ],
    author: ['über (?:den|die) autor(?:in|en|innen)?', 'zu(?:m|r) autor(?:in)?'],
    ads: ['anzeige', 'werbung'],
    noComments: ['(?:bisher|noch|es gibt (?:noch|bisher)) keine kommentare(?: vorhanden)?', 'keine kommentare'],
    photoCredit: ['fotos?', 'bild(?:er)?', 'bildquellen?', 'bildnachweis', 'fotograf(?:ie|in)?'],
    readingTime: [`lesezeit\\s*:?\\s*${MINUTES}`, `${MINUTES} lesezeit`],
  },
  fr: {
    related: [
      '(?:[àa] )?lire aussi', '(?:[àa] )?lire (?:également|egalement)', '(?:[àa] )?voir aussi', 'voir (?:également|egalement)',
      'sur le m[êe]me sujet', 'articles? (?:similaires|liés|lies|connexes|associés)', 'dans la m[êe]me rubrique',
      'vous (?:aimerez|pourriez aimer) aussi', 'ces articles peuvent vous int[ée]resser', '[àa] d[ée]couvrir (?:aussi|[ée]galement)',
    ],
    relatedAlone: ['les plus lus', 'pour aller plus loin', '[àa] la une'],
    share: [
      `partager(?: (?:cet|l${APOS}) ?article)?`, `partager sur(?: ${NETWORK})?`, '(?:envoyer|partager) par (?:e-?mail|courriel)',
      `imprimer(?: (?:cet|l${APOS}) ?article)?`,
    ],
    author: [`(?:[àa] propos de |sur )?l${APOS}auteure?`],
    ads: ['publicit[ée]', 'contenu sponsoris[ée]'],
    noComments: [`aucun commentaire(?: pour (?:le moment|l${APOS}instant))?`, 'pas (?:encore )?de commentaires?', 'soyez le premier [àa] (?:commenter|r[ée]agir)'],
    photoCredit: ['cr[ée]dits?(?: (?:photos?|images?))?', 'photos?', 'illustration'],
    readingTime: [`temps de lecture\\s*:?\\s*${MINUTES}`, `(?:lecture|lire en)\\s*:?\\s*${MINUTES}`, `${MINUTES} de lecture`],
  },
  es: {
    related: [
      'lee (?:también|tambien|además|ademas|más|mas)', 'lea (?:también|tambien|además|ademas)', 'leer más', 'ver (?:también|tambien)',
      '(?:también )?(?:te|le) (?:puede|podría|podria) interesar', 'puede interesarte', 'noticias relacionadas',
      'art[íi]culos relacionados', 'contenido relacionado', 'temas relacionados', 'te recomendamos',
    ],
    relatedAlone: ['ver más', 'más noticias', 'lo más leído', 'lo mas leido'],
    share: [`compartir(?: en(?: ${NETWORK})?)?`, '(?:compartir|comparte) (?:esta noticia|este art[íi]culo)', 'enviar por (?:correo|e-?mail)', 'imprimir'],
    author: ['(?:sobre|acerca) (?:el|del) autor', '(?:sobre|acerca de) la autora'],
    ads: ['publicidad', 'contenido patrocinado', 'patrocinado'],
    noComments: ['sin comentarios', '(?:aún |aun |todavía )?no hay comentarios', 'sé el primero en comentar'],
    photoCredit: ['fotos?', 'fotograf[íi]as?', 'imagen(?:es)?', 'cr[ée]ditos?(?: de (?:la )?foto)?'],
    readingTime: [`tiempo (?:de|estimado de) lectura\\s*:?\\s*${MINUTES}`, `${MINUTES} de lectura`],
  },
  it: {
    related: [
      'leggi anche', 'leggi pure', 'potrebbe(?:ro)? interessarti(?: anche)?', 'ti potrebbe(?:ro)? interessare', 'articoli correlati',
      'notizie correlate', 'vedi anche', 'guarda anche',
    ],
    relatedAlone: ['approfondisci', 'i più letti', 'altre notizie', 'da non perdere'],
    share: [`condividi(?: (?:su|l${APOS}articolo|questo articolo)(?: ${NETWORK})?)?`, `stampa l${APOS}articolo`],
    author: [`(?:sull${APOS}|l${APOS})autore`, `(?:sull${APOS}|l${APOS})autrice`],
    ads: ['pubblicit[àa]', 'contenuto sponsorizzato'],
    noComments: ['nessun commento', 'non ci sono (?:ancora )?commenti'],
    photoCredit: ['foto(?:grafia)?', 'immagin[ei]', 'crediti(?: foto)?', 'credit foto', 'fonte foto'],
    readingTime: [`tempo (?:di|stimato di) lettura\\s*:?\\s*${MINUTES}`, `(?:lettura|leggi in)\\s*:?\\s*${MINUTES}`, `${MINUTES} di lettura`],
  },
  pt: {
    related: [
      'leia (?:também|tambem|mais|ainda)', 'veja (?:também|tambem)', 'not[íi]cias relacionadas', 'mat[ée]rias relacionadas',
      'artigos relacionados', 'voc[êe] (?:pode|poder[áa]) (?:gostar|se interessar)', 'leia a seguir',
    ],
    relatedAlone: ['saiba mais', 'veja mais', 'mais lidas', 'recomendados?'],
    share: [`(?:compartilh|partilh)(?:ar|e)(?: (?:no|via|por|em|pelo) ${NETWORK})?`, 'enviar por e-?mail'],
    author: ['sobre (?:o autor|a autora|os autores)'],
    ads: ['publicidade', 'conte[úu]do patrocinado'],
    noComments: ['(?:nenhum|sem) coment[áa]rios?', 'seja o primeiro a comentar'],
    photoCredit: ['fotos?', 'fotografia', 'imagem', 'cr[ée]ditos?(?: da (?:foto|imagem))?'],
    readingTime: [`tempo (?:de|estimado de) leitura\\s*:?\\s*${MINUTES}`, `${MINUTES} de leitura`],
  },
  nl: {
    related: ['lees (?:ook|meer)', 'bekijk ook', 'ook interessant', 'gerelateerde artikelen', 'meer over dit onderwerp'],
    share: [`(?:deel|delen)(?: dit artikel| via ${NETWORK})?`],
    author: ['over de auteur'],
    ads: ['advertentie', 'gesponsord'],
    noComments: ['(?:nog )?geen reacties'],
    photoCredit: [`foto${APOS}?s?`, 'beeld'],
    readingTime: [`leestijd\\s*:?\\s*${MINUTES}`],
  },
  pl: {
    related: ['czytaj (?:też|także|również|więcej)', 'zobacz (?:też|także|również)', 'przeczytaj (?:też|także|również)', 'podobne artykuły'],
    relatedAlone: ['polecamy', 'najczęściej czytane'],
    share: [`udostępnij(?: (?:na|przez) ${NETWORK})?`],
    author: ['o autorze', 'o autorce'],
    ads: ['reklama', 'artykuł sponsorowany'],
    noComments: ['brak komentarzy', 'nie ma jeszcze komentarzy'],
    photoCredit: ['zdjęcie', 'źródło zdjęcia'],
    readingTime: [`czas (?:czytania|lektury)\\s*:?\\s*${MINUTES}`],
  },
  ru: {
    related: ['читайте (?:также|тоже)', 'смотрите также', 'материалы по теме', 'ещё по теме', 'еще по теме', 'новости по теме'],
    relatedAlone: ['по теме', 'вам может быть интересно'],
    share: [`поделиться(?: в ${NETWORK})?`],
    author: ['об авторе'],
    ads: ['реклама', 'на правах рекламы'],
    noComments: ['нет комментариев', 'комментариев (?:пока )?нет'],
    photoCredit: ['фото', 'фотография', 'источник фото'],
    readingTime: [`время (?:на )?чтени[ея]\\s*:?\\s*${MINUTES}`],
  },
  sv: {
    related: ['läs (?:också|även|mer)'],
    share: ['dela(?: artikeln)?'],
    author: ['om författaren'],
    ads: ['annons'],
    noComments: ['inga kommentarer'],
    photoCredit: ['foto', 'bild'],
    readingTime: [`lästid\\s*:?\\s*${MINUTES}`],
  },
  da: {
    related: ['læs (?:også|mere)'],
    share: ['del artiklen'],
    author: ['om forfatteren'],
    ads: ['annonce'],
    noComments: ['ingen kommentarer'],
    photoCredit: ['foto'],
    readingTime: [`læsetid\\s*:?\\s*${MINUTES}`],
  },
};

function all(kind: keyof ChromeWords): string {
  return Object.values(CHROME)
    .flatMap((words) => words[kind] ?? [])
    .join('|');
}

// A related label, then a separator and the headline it links ("Lire aussi : …", "Leggi anche » …").
// A label may trail off ("Você pode gostar...").
const TRAIL = String.raw`(?:\s*(?:\.{3}|…))?`;
const RELATED = new RegExp(`^(?:${all('related')})${TRAIL}\\s*(?:[:|»›>–—-]+\\s*(.*))?$`, 'iu');
const RELATED_ALONE = new RegExp(`^(?:${all('relatedAlone')})${TRAIL}\\s*:?$`, 'iu');
// "Anzeige – Weiterlesen unten": an advertising mark may carry a short note after a dash (not a
// colon: "Publicidad: el gasto creció" can head a passage).
const CHROME_LABEL = new RegExp(
  `^(?:(?:${all('share')}|${all('author')}|${all('noComments')}|${all('photoCredit')}|${all('readingTime')})${TRAIL}\\s*[.:!]?|(?:${all('ads')})(?:\\s*:|\\s+[|–—-]\\s+.{0,30})?)$`,
  'iu',
);
// "Foto: Ilse Brandauer / Kessa", "Crédits photos : Kessa", "(Foto: Kessa)".
const CREDIT = new RegExp(`^(?:(?:${all('photoCredit')})\\s*[:：]\\s*\\S|\\((?:${all('photoCredit')})\\s*[:：][^()]{1,60}\\)$)`, 'iu');

/**
 * The headline after a related-story label of another language ('' when the label stands alone,
 * when the related headlines follow on their own lines), or null when the line is no such label.
 */
export function relatedLabelTail(line: string): string | null {
  if (line.length > 300) return null;
  const m = RELATED.exec(line);
  if (m) return (m[1] ?? '').trim();
  return RELATED_ALONE.test(line) ? '' : null;
}

/** A share button, author-box heading, advertising mark, empty-comments note, credit label or reading time alone on its line. */
export function isChromeLabel(line: string): boolean {
  return line.length <= 80 && CHROME_LABEL.test(line);
}

/** A photo credit under another language's label ("Foto: Name / Agency", "(Foto: Agency)"); callers gate its length. */
export function isLabelledCredit(line: string): boolean {
  return CREDIT.test(line);
}

/** Any of the above: a line of another language's chrome, as the HTML extractor drops it whole. */
export function isChromeLine(line: string): boolean {
  return isChromeLabel(line) || relatedLabelTail(line) !== null || isLabelledCredit(line);
}
