// A sign-in or subscription wall: a page that asks for a password, or holds a form that asks the
// reader to sign in or subscribe. Only read where cleaning found no article text on the page: a
// news page with a login box in its header keeps its article.
import { byTag, visibleText, type Document } from './dom.js';

// What a sign-in or subscribe form says, in the languages of the news.
const SIGN_IN =
  /\b(?:sign[ -]?in|log[ -]?in|subscribe|subscriber|register|anmelden|einloggen|abonnieren|abonnent|se connecter|connexion|s'abonner|abonnez-vous|iniciar sesión|inicia sesión|suscríbete|suscriptor|accedi|abbonati|inloggen|abonneer|entrar|assine|войти|подписаться)\b/iu;

/** 'a password field' or 'a sign-in form' when the page asks the reader to sign in, else null. */
export function signInWall(doc: Document): string | null {
  const fields = byTag(doc, 'input', 'form');
  if (fields.some((el) => el.name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'password')) return 'a password field';
  return fields.some((el) => el.name === 'form' && SIGN_IN.test(visibleText(el))) ? 'a sign-in form' : null;
}
