// What a reader skips in scraped article text: page furniture (icon fonts, share bars, nav words),
// photo captions and credits, "Read more:" links, newsletter/subscription/donation appeals.
// Other languages' labels come from chrome-words.ts, shared with the HTML extractor.
import { isChromeLabel, isLabelledCredit, relatedLabelTail } from './chrome-words.js';

/** Lines arrive trimmed with single spaces (lines.ts), so a plain split counts words. */
function words(line: string): string[] {
  return line.split(' ');
}

// Words that only page chrome is made of.
const UI_WORDS = new Set(
  (
    'share shares shared tweet retweet email e-mail mail print facebook fb twitter x whatsapp linkedin pinterest reddit ' +
    'telegram tg vk ok messenger viber copy link comment comments menu search home login logout log sign in up ' +
    'subscribe register close bookmark bookmarks save saved follow like more next previous prev back top skip toggle ' +
    'open account profile notifications video videos photo photos gallery audio podcast listen play pause mute ' +
    'unmute muted fullscreen expand compress download upload edit trash filter tag tags flag camera check chevron ' +
    'left right down arrow icon icons instagram youtube tiktok rss feed app apps google news sport sports weather ' +
    'world business politics opinion culture lifestyle tech technology science health travel entertainment live ' +
    'local national economy markets ' +
    // Share and print buttons in the languages of the news ("Teilen Drucken Merken", "Partager sur Facebook").
    'teilen drucken merken versenden partager imprimer compartir imprimir condividi stampa compartilhar compartilhe ' +
    'partilhar delen udostępnij поделиться dela'
  ).split(' '),
);

/** Runs of icon-font names and share/nav words, e.g. "icon-menu icon-search cameraicon ... mailicon". */
export function isNavLine(line: string): boolean {
  const lower = line.toLowerCase();
  if (lower.includes('icon')) {
    const ws = words(lower);
    const icons = ws.filter((w) => w.includes('icon')).length;
    if (icons >= 3 && icons >= 0.2 * ws.length) return true;
  }
  if (/[.!?]$/.test(line)) return false;
  const ws = words(lower);
  if (ws.length < 3) return false;
  const ui = ws.filter((w) => UI_WORDS.has(w.replace(/[^\p{L}-]/gu, ''))).length;
  return ui >= 0.6 * ws.length;
}

const UI_LINES = new RegExp(
  '^(?:' +
    [
      'image', 'images', 'photo', 'photos', 'picture', 'video', 'watch', 'play', 'play video', 'watch video', 'audio',
      'listen', 'listen to this article', 'advertisement(?: [-–—|] .{0,30})?', 'advertising', 'ad', 'sponsored', 'sponsored content',
      'share', 'share this', 'share this article', 'share this story', 'tweet', 'print', 'email', 'comments?',
      'close', 'menu', 'loading', 'read more', 'more', 'related', 'related articles', 'related stories',
      'continue reading', 'show more', 'load more', 'see more', 'see also', 'next', 'previous', 'back to top',
      'skip to (?:main )?content', 'open in app', 'subscribe', 'sign up', 'log in', 'sign in', 'register',
      'copy link', 'link copied', 'copied', 'toggle', 'scroll', 'preview', 'top stories', 'most read',
      'trending', 'all rights reserved', 'view comments', 'leave a comment', 'expand', 'collapse',
      '(?:the )?(?:story|article|report) continue[sd]? (?:below|after (?:this )?(?:advertisement|ad))(?: this)?(?: advertisement)?', 'continue reading the main story',
      // The same labels in the languages of the news: an ad's own label, "continued after the ad".
      'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'reklama', 'reklam', 'реклама', 'advertentie',
      'la suite après (?:cette |la )?publicité', '(?:weiter(?:lesen)? nach der|artikel (?:wird )?(?:unter|nach) der) (?:anzeige|werbung)(?: fortgesetzt)?',
      '(?:sigue|continúa) (?:leyendo|después de la publicidad)', 'continua (?:a leggere|dopo la pubblicità)', 'продолжение (?:ниже|после рекламы)',
      'scroll to continue with content', 'view image in fullscreen', 'enlarge this image', 'hide caption', 'toggle caption',
      'media playback is unsupported on your device', 'embed', 'view this post on instagram',
      '\\d+\\s*min(?:ute)?s?\\s+read', 'our standards:.*', 'reuse this content', 'most viewed', 'most popular',
      'these are external links and will open in a new window', 'close share panel', 'show less', 'close alert',
      'breaking(?: news)?', 'developing(?: story)?', 'just in', 'live(?: updates)?', 'alert',
    ].join('|') +
    ')[.:!]?$',
  'i',
);

// Site banners and software messages: an accessibility or cookie notice, a government-site banner, a
// "developing story" note, an error a CMS printed instead of content.
const BANNERS = [
  /^please (?:ensure|enable|turn on) javascript\b/i,
  /\bjavascript (?:is|must be|needs to be) (?:disabled|enabled|required|turned on)\b/i,
  /^an official website of the\b/i,
  /^here'?s how you know\b/i,
  /^(?:this is a |this story is a )?(?:developing|breaking) (?:story|news)\b.{0,40}$/i,
  /^this (?:story|article|page) (?:is developing|will be updated|has been updated|is being updated)\b.{0,60}$/i,
  /^(?:we use cookies|this (?:site|website) uses cookies|by (?:continuing|using) (?:to use )?this (?:site|website))\b/i,
  /^your browser (?:is|does not|doesn't)\b/i,
];

// Software messages: "JUser: :_load: Unable to load user with ID: 42", "404 Not Found".
const ERRORS = [
  /^\w+:\s*:_?\w+:/,
  /\b(?:unable to (?:load|connect|find)|failed to load|fatal error|warning: \w+\(\)|page not found|404 not found|access denied|internal server error|service unavailable)\b/i,
];

/** A site banner or a software message, never article text (short lines only). */
export function isBannerLine(line: string): boolean {
  // Length gates first: banners and error strings are short, and these run on every line.
  if (line.length > 200) return false;
  if (BANNERS.some((re) => re.test(line))) return words(line).length <= 25;
  return line.length <= 120 && !/[.!?]["”’]?$/.test(line) && ERRORS.some((re) => re.test(line)) && words(line).length <= 15;
}

/** A line that is one piece of page furniture ("image", "Advertisement", "Share this article"). */
export function isUiLine(line: string): boolean {
  // Bare symbols are separators and bullets; lines of digits stay (table cells, scores).
  return UI_LINES.test(line) || /^[\p{P}\p{S}\s]+$/u.test(line) || isBannerLine(line) || isChromeLabel(line);
}

const SOCIAL =
  /^(?:(?:follow|like|join|find) us on\b|(?:share|tweet|email|print|save) (?:this|the) (?:article|story|page|post)\b|click here\b|(?:download|get) (?:our|the) app\b|(?:if you )?like(?:d)? this (?:story|article)\b|share it with (?:a|your) friends?\b|a post shared by\b)/i;
const SIGN_OFF = /^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated|produced) by\b/i;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?\)?$/i;
const TAGS = /^(?:tags?|topics?|categories|filed under|keywords|more on|related topics)\s*:/i;
// An embedded post's picture link alone on its line ("pic.twitter.com/..."); the signature under the
// post ("— Jane Doe (@janedoe) March 3, 2031") stays: it names whose words the post is.
const EMBED_SIGNATURE = /^pic\.twitter\.com\/\w+$/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;

/** Share prompts, wire sign-offs ("(Reporting by ...; Editing by ...)"), tag lists, copyright lines. */
export function isWidgetLine(line: string): boolean {
  if (SIGN_OFF.test(line) || TAGS.test(line) || EMBED_SIGNATURE.test(line)) return true;
  if (CONTRIBUTED.test(line) && words(line).length <= 25) return true;
  return (SOCIAL.test(line) && words(line).length <= 15) || (COPYRIGHT.test(line) && words(line).length <= 25);
}

const AGENCY = /\b(?:getty(?: images)?|afp|reuters|ap(?: photo)?|associated press|epa(?:-efe)?|tass|ria novosti|sputnik|xinhua|anadolu|shutterstock|alamy|istock(?:photo)?|wikimedia(?: commons)?|handout|pool|file)\b/i;
const CREDIT_LABEL =
  /^(?:(?:(?:photo|image|picture|video|graphic|illustration|photograph|composite|main image|top image|header image|foto|bild|imagen|immagine|zdjęcie|фото)s?(?:\s+credit)?|credits?)\s*[:：]|credit\s*(?:\.{3}|…))/iu;
const PHOTO_BY = /^(?:(?:photo|image|picture|photograph)s?\s+(?:by|courtesy(?: of)?|via|from)|image (?:copyright|caption|source))\b/i;
const NAME_SLASH_AGENCY = /^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){1,3}\s*\/\s*[\p{Lu}][\p{L}&.'’ -]{1,40}$/u;

/** Photo credits: "Jane Doe / Agency", "REUTERS/Jane Doe", "Photo: ...", "© ...". */
export function isCreditLine(line: string): boolean {
  if (CREDIT_LABEL.test(line) || PHOTO_BY.test(line) || isLabelledCredit(line)) return words(line).length <= 25;
  if (line.length > 100 || /[.!?]$/.test(line) || words(line).length > 8) return false;
  if (NAME_SLASH_AGENCY.test(line)) return true;
  if (line.includes('/')) return AGENCY.test(line);
  // An agency's name alone on a line ("Getty Images", "AP Photo") is the credit of the photo above.
  const m = AGENCY.exec(line);
  return !!m && m.index === 0 && m[0].length === line.replace(/[.\s]+$/, '').length && m[0].toLowerCase() !== 'file';
}

const CAPTION_SUBJECT =
  /^(?:in\s+)?(?:this|a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:photo|picture|image|photograph|screenshot|screen grab|video grab|still|file photo|handout photo|satellite image)s?\b/i;
const CAPTION_VERB = /\b(?:taken|shows?|showing|released|provided|dated|obtained|posted|distributed|made available|pictured|depicts?|captured)\b/i;
// "Artist's impression provided by X shows ...", "Handout picture released by X shows ...".
const CAPTION_PROVIDED = /\b(?:provided|released|distributed|handed out) by\b.{0,80}\bshows?\b/i;
const CAPTION_LABEL = /^(?:file photo|file|pictured|above|top|left|right|inset|main picture)\s*[:\-–—]\s/i;
const CAPTION_TAIL =
  /(?:\((?:photo|picture|image)(?: by|:| via| credit)[^)]*\)|\|\s*(?:photo|image|picture)(?: credit)?\s*:.*|[.!?]\s+(?:photograph|photo|image|picture|illustration|composite)\s*:\s*[^.]{2,80})$/i;

// A caption's credit closing it, in any language: "(Agency Photo/Jane Doe)", "... Foto: Jane Doe",
// "... Agency/Jane Doe", "... Jane Doe/Agency".
const CAPTION_CREDIT_TAIL = [
  /\((?:[\p{L}-]+\s+)?(?:photo|foto|fotó|photograph|bild|фото)\s*\/[^)]{2,60}\)\s*$/iu,
  /[.!?"”»]\s+(?:foto|fotó|fotos|bild|imagen|immagine|zdjęcie|фото|photo)\s*:\s*[^.]{2,80}$/iu,
  new RegExp(String.raw`[.!?"”»]\s+(?:${AGENCY.source})\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}$`, 'iu'),
  new RegExp(String.raw`[.!?"”»]\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*\/\s*(?:${AGENCY.source})$`, 'iu'),
  /[.!?"”»]\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\s*\/\s*\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}$/u,
];

/** Photo captions: "This photo, taken on ..., shows ...", "FILE PHOTO: ...", "... (Photo by X/Agency)", "... (Agency Photo/X)". */
export function isCaptionLine(line: string): boolean {
  if (CAPTION_SUBJECT.test(line) && CAPTION_VERB.test(line.slice(0, 160))) return words(line).length <= 80;
  if (CAPTION_PROVIDED.test(line.slice(0, 200)) && words(line).length <= 60) return true;
  if (CAPTION_LABEL.test(line) || CAPTION_TAIL.test(line)) return true;
  // A caption is a sentence or two: a paragraph ending on a credit keeps its text.
  if (words(line).length > 60 || !(line.includes('/') || /foto|bild|imagen|immagine|zdjęcie|фото|photo/iu.test(line.slice(-120)))) return false;
  return CAPTION_CREDIT_TAIL.some((re) => re.test(line));
}

const READ_MORE =
  /^(?:read more|read also|also read|see also|more on this(?: story)?|related(?: articles?| stories| news| coverage)?|recommended|must read|don'?t miss|further reading|also on \S+|watch|listen)\s*[:\-–—|»>]+\s*(.*)$/i;

// The same labels standing alone without a colon; only phrases that could not open a story.
const READ_MORE_LABEL =
  /^(?:read more|read also|also read|see also|more on this story|related (?:articles|stories|news|coverage|content)|further reading|explore more on these topics|more (?:stories|articles) (?:like this|on this topic)|you may also like|recommended for you)$/i;

/**
 * "Read more: <related headline>" and its kin. Returns the text after the label ('' when the label
 * stands alone, in which case the related headline is usually the next line), or null.
 */
export function readMoreTail(line: string): string | null {
  const m = READ_MORE.exec(line);
  if (m) return m[1];
  return READ_MORE_LABEL.test(line) ? '' : relatedLabelTail(line);
}

// ---- appeals (newsletter, subscription, donation, membership) ----

const APPEAL_TERMS =
  /\b(?:newsletters?|subscri(?:be|bed|bers?|ption|ptions)|donat(?:e|es|ion|ions|ing)|contribut(?:e|ion|ions|ing)|sign[ -]?up|privacy policy|terms of (?:use|service)|unsubscribe|inbox|mailbox|paywall|membership|patreon|paypal|journalism|support(?:ing)? (?:us|our|independent|quality|the)|payments?|ad[- ]?blocker|whitelist|cookies?)\b/gi;

const APPEAL_START = [
  // Not "Sign up for a streaming account ...": an appeal asks for the outlet's own list or account.
  /^(?:sign up|subscribe|register)\b(?:.*\b(?:our|us|here|now|today|newsletters?|inbox|updates|briefing|alerts)\b|\W*$)/i,
  /^(?:get|receive|join) (?:our|the) .{0,40}\bnewsletter/i,
  /^a (?:message|note|word|letter) (?:from|to)\b/i,
  /^dear (?:readers?|friends|subscribers?|supporters?|visitors?)\b/i,
  /^(?:please )?(?:support|donate to|fund|help|back) (?:us|our|the|independent)\b/i,
  /^(?:please )?(?:consider )?(?:supporting|donating|subscribing|contributing)\b/i,
  /^thank(?:s| you) for (?:reading|supporting|visiting|your support)/i,
  /^(?:become|join) (?:a |our )?(?:member|supporter|subscriber|patron)/i,
  /^(?:we|i) need your (?:help|support)/i,
  /^(?:not ready to|already a (?:subscriber|member)|already have an account|you have read \d+)/i,
  /^(?:[Ss]upport|[Dd]onate to|[Ss]ubscribe to) (?:the )?\p{Lu}[\p{L}.&'’ -]{0,40}[!.]?$/u,
];

/** A line that opens an appeal: "Sign up for our ... newsletter", "A Message from ...:", "Dear readers,". */
export function startsAppeal(line: string): boolean {
  return APPEAL_START.some((re) => re.test(line)) && (words(line).length <= 30 || appealTerms(line) >= 2);
}

function appealTerms(line: string): number {
  return line.match(APPEAL_TERMS)?.length ?? 0;
}

/** First and second person outside quotations: an appeal speaks to "you" about "our work". */
function readerAddress(line: string): number {
  const unquoted = line.replace(/[“"][^”"]*[”"]/g, ' ');
  return unquoted.match(/\b(?:we|we're|we’re|our|ours|us|you|your|you're|you’re|yours)\b/gi)?.length ?? 0;
}

/** Inside an appeal section: appeal vocabulary, talking to the reader, or a short button/label line. */
export function isAppealContinuation(line: string): boolean {
  const n = words(line).length;
  if (n <= 5) return true;
  return appealTerms(line) >= 1 || readerAddress(line) >= 2;
}
