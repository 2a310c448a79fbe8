import { describe, expect, it } from 'vitest';
import { parseHtml } from './dom.js';
import { signInWall } from './sign-in.js';

const page = (body: string) => parseHtml(`<html><head><title>Harbour Herald</title></head><body>${body}</body></html>`);

describe('signInWall', () => {
  it('names a password field or a form asking to sign in or subscribe, in the languages of the news', () => {
    expect(signInWall(page('<form><input name=u><input type="PASSWORD"></form>'))).toBe('a password field');
    expect(signInWall(page('<form><p>Abonnez-vous pour lire la suite</p><input type=email><button>Valider</button></form>'))).toBe('a sign-in form');
    expect(signInWall(page('<form><p>Jetzt anmelden und weiterlesen</p><input type=email></form>'))).toBe('a sign-in form');
  });

  it('is null for a page with a search form only, or with no form', () => {
    expect(signInWall(page('<form role=search><input type=search name=q><button>Search</button></form><p>The Northshire council voted on Tuesday.</p>'))).toBeNull();
    expect(signInWall(page('<p>Dana Kellor said the ferry would run all winter.</p>'))).toBeNull();
  });
});
