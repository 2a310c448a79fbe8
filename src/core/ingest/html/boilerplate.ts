// What a reader skips on a news page, recognised from markup conventions shared across CMSs rather
// than from any one site: tags that never hold article prose, class/id words naming page furniture,
// and the short stock lines (credits, share prompts, "Advertisement") that sit between paragraphs.
import * as chrono from 'chrono-node';
import { isChromeLine } from '../chrome-words.js';
import type { Element } from './dom.js';

/**
 * Tags whose whole subtree is never article prose. Not <head>: its own tags are all here, and on a
 * page without <body> whose head was cut mid-tag the parser leaves the whole page inside it.
 */
export const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'map', 'button', 'input', 'select', 'textarea', 'option',
  'figcaption', 'dialog', 'link', 'meta', 'title',
]);

/** Tags that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl',
  'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'figure', 'hr', 'br', 'address', 'center', 'details', 'summary', 'body', 'html', 'fieldset', 'legend',
]);

// Words in class/id that name page furniture. Matched against whole words of the attribute
// (split on -, _, spaces and camelCase) so "ad" does not fire on "header" or "shadow".
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'sponsor',
  'sponsored', 'promo', 'promoted', 'promotion', 'banner', 'share', 'shares', 'sharing', 'sharedaddy',
  'social', 'socials', 'related', 'recommended', 'recommendations', 'outbrain', 'taboola', 'newsletter',
  'newsletters', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr',
  'comment', 'comments', 'disqus', 'respond', 'replies', 'sidebar', 'widget', 'widgets', 'breadcrumb',
  'breadcrumbs', 'byline', 'bylines', 'dateline', 'timestamp', 'caption', 'captions', 'credit', 'credits',
  'tags', 'tagcloud', 'toolbar', 'popup', 'modal', 'overlay', 'nav', 'navbar', 'navigation', 'menu',
  'footer', 'masthead', 'trending', 'popular', 'latest', 'mostread', 'skip', 'hidden', 'hide', 'invisible', 'pagination',
  'pager', 'author', 'authors', 'avatar', 'bio', 'rating', 'print', 'login', 'signin', 'donate', 'donation',
  'follow', 'pinterest', 'whatsapp', 'linkedin', 'reddit', 'flipboard', 'email',
  'more', 'readmore', 'next', 'prev', 'previous', 'teaser', 'teasers', 'carousel', 'slider', 'gallery',
  'thumbnail', 'thumbnails', 'thumb', 'thumbs', 'icon', 'icons', 'logo', 'rail', 'aside', 'extra',
  'image', 'images', 'img', 'photo', 'photos', 'picture', 'figure',
  'disclaimer', 'copyright', 'meta', 'metadata', 'toc', 'alert', 'notification', 'feedback', 'survey',
  'headline', 'title', 'kicker', 'eyebrow', 'label', 'category', 'categories', 'topics', 'keywords',
  'highlights', 'keypoints', 'standfirst', 'dek',
]);

/** Class/id words that name the article itself. */
const CONTENT_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'story', 'post', 'entry', 'main', 'prose', 'blog',
]);

const attrWordsCache = new WeakMap<Element, string[]>();

const NO_WORDS: string[] = [];
const TAXONOMY_TOKEN = /^(?:category|tag|format|post[-_]format|status|type|has|is|no|js)[-_]/i;
const STATE_WORDS = /[-_]+(?:has|with|without|no|is)[-_]+[a-z0-9]+/gi;
/**
 * Classes that hide a part of the element, not the element: its label ("field-label-hidden"), its
 * title, its overflow ("overflow-hidden").
 */
const PART_HIDDEN = /(?:^|[-_:])(?:label|title|overflow|overflow-[xy])[-_]hidden$/i;

export function attrWords(el: Element): string[] {
  const a = el.attribs;
  if (a.class === undefined && a.id === undefined && a.role === undefined && a.itemprop === undefined) return NO_WORDS;
  let words = attrWordsCache.get(el);
  if (!words) {
    words = [];
    for (const token of `${a.class ?? ''} ${a.id ?? ''} ${a.role ?? ''} ${a.itemprop ?? ''}`.split(/\s+/)) {
      // CMS taxonomy classes ("category-news", "tag-sports", "post_format-post-format-gallery") and
      // state words ("has-image", "card-with-sidebar", "no-js") describe the post or the layout, not
      // the element's role; so do script hooks ("js-truncate-related") and classes hiding a part of
      // it (PART_HIDDEN).
      if (!token || TAXONOMY_TOKEN.test(token) || PART_HIDDEN.test(token)) continue;
      for (const word of token.replace(STATE_WORDS, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/)) {
        if (word) words.push(word);
      }
    }
    attrWordsCache.set(el, words);
  }
  return words;
}

/** Furniture by its class/id words or ARIA landmark role. Callers keep big containers regardless. */
export function looksLikeFurniture(el: Element): boolean {
  const role = el.attribs.role;
  if (role && /^(?:navigation|banner|complementary|contentinfo|dialog|alertdialog|search|menu|menubar|toolbar)$/.test(role)) return true;
  return attrWords(el).some((w) => FURNITURE_WORDS.has(w));
}

/** Furniture words that name a picture or its frame: a module "text-and-image" is named by them too. */
const MEDIA_WORDS = new Set([
  'image', 'images', 'img', 'photo', 'photos', 'picture', 'figure', 'gallery', 'thumbnail', 'thumbnails',
  'thumb', 'thumbs', 'icon', 'icons', 'slider', 'carousel',
]);

/**
 * Named as furniture only by media words ("article__body-text-image", "block__image_with_text") and
 * not by a landmark role: the element may be a picture with its caption or a text beside its picture.
 */
export function namedByMediaOnly(el: Element): boolean {
  if (el.attribs.role) return false;
  const words = attrWords(el).filter((w) => FURNITURE_WORDS.has(w));
  return words.length > 0 && words.every((w) => MEDIA_WORDS.has(w));
}

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function hasContentWord(el: Element): boolean {
  return attrWords(el).some((w) => CONTENT_WORDS.has(w));
}

// Short stock lines that publishers drop between paragraphs. Only applied to short blocks.
const STOCK_LINE = new RegExp(
  [
    '^(?:advert(?:isement|ising)?|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|iklan|reklama|reclame|annons|mainos|광고|広告|广告|реклама)$',
    '^(?:\\d+\\s+)?(?:comments?|replies|reactions)$',
    '^(?:recommended|more)(?: (?:stories|articles|news|reading|videos?|for you))?\\s*:?$',
    '^about the authors?$',
    '^(?:tell us what you think|found (?:this|the) (?:story|article) (?:interesting|useful)|join the (?:conversation|discussion))\\b',
    '^(?:story )?continues? (?:reading )?below',
    '^continue reading',
    '^(?:read|see|watch) (?:more|also|next)\\s*(?::|$|[»›>|-])',
    '^related(?: (?:articles?|posts?|stories|story|coverage|content|reading|links?))?\\s*(?::|$)',
    '^you (?:may|might) also (?:like|enjoy|be interested)\\b',
    '^(?:also read|read also|don\'t miss|most (?:read|popular|viewed)|recommended for you)\\s*(?::|$)',
    '^this (?:post|article|page|story) (?:may )?contains? (?:affiliate|sponsored|referral)',
    '^(?:share|tweet|email|print)(?: this(?: article| story)?)?$',
    '^(?:sign up|subscribe|follow us|like us|join us)\\b',
    '^image \\d+ (?:of|/) \\d+',
    '^(?:page \\d+ of \\d+|next page|previous page|continue to page \\d+|pages?\\s*:?(?:\\s*\\d+)+(?:\\s*next)?)$',
    '^skip to (?:main )?content$',
    '^\\(?(?:additional )?(?:reporting|writing|editing|compiled) by\\b',
    '^(?:filed under|posted in|tagged(?: with)?|categories|tags|topics)\\s*:',
    '^(?:like|liked|enjoy|enjoyed|love) this (?:story|article|post)\\?',
    '^if you (?:enjoyed|liked|value|appreciate) (?:this|our) (?:article|story|post|journalism|reporting)\\b',
    '^you(?:\'ve| have) (?:been )?(?:successfully )?(?:subscribed|signed up)\\b',
    '^(?:photo|image|picture|video|credit|source|getty|reuters|ap|afp|epa)\\s*:',
    '^\\(?(?:photo|image|picture)(?: credit)?:',
    '^(?:click here|tap here)\\b',
    '^(?:this (?:website|site) uses cookies|we use cookies)',
    '^(?:copyright\\s*(?:[©ⓒ]|\\(c\\)|\\d)|[©ⓒ]|\\(c\\)\\s*\\d)',
    '^all rights reserved',
    '^(?:updated|published|posted|last updated|first published)\\b\\s*(?::|on|at)?.{0,40}\\d.{0,20}$',
    '^(?:caption|close|expand|loading|menu|home|search)$',
  ].join('|'),
  'iu',
);

// Bylines: "By" and a capitalised name, then nothing or a capitalised role, date or agency
// ("By Ana Ruiz, Transport correspondent"). Case matters: "By the end of the day, ..." is prose.
const BYLINE = /^(?:By|BY|by)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*(?:,|\||-|–|and)\s*[\p{Lu}\d].{0,60})?$/u;

/** A short block of text that is page furniture whatever container it sits in. */
export function isStockLine(text: string): boolean {
  // Other languages' chrome (chrome-words.ts): the same labels the text cleaner drops.
  return (text.length <= 160 && (STOCK_LINE.test(text) || BYLINE.test(text) || isChromeLine(text))) || (text.length <= 300 && PROMO.test(text)) || LEFTOVER_MARKUP.test(text);
}

// Calls to action and credits that close or interrupt a story: newsletter and follow prompts,
// "contributed to this report", script-only widgets, unrendered CMS shortcodes.
const PROMO = new RegExp(
  [
    '\\b(?:sign up|subscribe)\\b.{0,80}\\b(?:newsletters?|inbox|e-?mails?)\\b',
    '\\bnewsletters?\\b.{0,80}\\b(?:inbox|sign up|subscribe)\\b',
    '\\bdelivered (?:straight |right |directly )?to your (?:inbox|letterbox|door)\\b',
    '\\bfollow (?:us|him|her|them|me) on (?:twitter|facebook|instagram|x)\\b',
    '\\bcontributed (?:reporting )?to this (?:report|story|article)\\.?$',
    '\\brequires javascript\\b',
    '\\b(?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\\b',
    '^\\[[a-z_]+\\b[^\\]]*\\].*\\[/[a-z_]+\\]$',
  ].join('|'),
  'i',
);

// The heading that opens a page's comment section: "92 Responses to <title>", "Comments (12)",
// "Comments are closed", "Leave a Reply", in the languages of the news. Everything after it in the
// same container is readers' text, however much prose it holds.
const COMMENTS_HEADING = new RegExp(
  [
    '^(?:\\d+\\s*)?(?:comments|reader comments|user comments|kommentare|commentaires|comentarios|coment[áa]rios|commenti|komentarze|komentarzy|reacties|kommentarer|kommentit|комментарии)(?:\\s*\\(\\d+\\))?$',
    '^\\d+\\s+(?:comment|kommentar|commentaire|comentario|coment[áa]rio|commento|komentarz|комментари[йя])$',
    '^(?:\\d+|one|no|two|three) (?:comments?|responses?|replies|thoughts?) (?:to|on)\\s+.{1,140}$',
    '^(?:\\d+|one|two|three) (?:responses?|replies)$',
    '^(?:comments?|replies) (?:are|is) (?:now )?closed(?![\\p{L}])',
    '^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)(?![\\p{L}])',
    '^(?:schreibe einen kommentar|kommentar schreiben|laisser un commentaire|ajouter un commentaire|deja un comentario|deixe um coment[áa]rio|lascia un commento|dodaj komentarz|оставить комментарий|plaats een reactie)(?![\\p{L}])',
    '^(?:have your say|comments? policy)$',
  ].join('|'),
  'iu',
);

/** A short line that opens the comment section (see COMMENTS_HEADING). */
export function isCommentsHeading(text: string): boolean {
  return text.length <= 160 && COMMENTS_HEADING.test(text.replace(/[\s.!…]+$/u, ''));
}

/** Markup that reached the text as text (escaped tags in noscript or raw-text fallbacks). */
const LEFTOVER_MARKUP =
  /^(?:<\/?(?:a|img|div|span|p|iframe|script|style|link|meta|br|input|noscript|source|video|audio|embed|object|picture|svg)(?:\s[^<>]*=[^<>]*)?\/?>\s*)+$/i;

/**
 * A dateline: a short line that is a date with a year plus at most a few words around it
 * ("Wednesday 20 November 2019 11:42, UK", "05/10/2018 - Posted by: A. Writer").
 */
export function isDateLine(text: string): boolean {
  if (text.length > 100 || !/(?:19|20)\d{2}/.test(text)) return false;
  const found = chrono.parse(text)[0];
  if (!found || !/(?:19|20)\d{2}/.test(found.text)) return false;
  const rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.text.length))
    .replace(/\b(?:published|updated|posted|last|first|on|at|by|por|publicado|von|par|le|il|am|um|de|the)\b/gi, ' ')
    .match(/[\p{L}\p{N}]+/gu);
  return (rest?.length ?? 0) <= 4;
}

