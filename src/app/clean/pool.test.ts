// Cleaning on threads: the same articles as inline, and a time budget that refuses one input and
// leaves the pool working.
import { afterAll, describe, expect, it } from 'vitest';
import { CleanPool, readAndClean } from './index.js';

const para = (n: number) =>
  `<p>Paragraph ${n}: the river authority said on Monday that the flood barrier upgrade would take two more summers to finish.</p>`;
const page = (paras: number) => Buffer.from(`<html><head><title>Flood barrier</title></head><body><article>${Array.from({ length: paras }, (_, i) => para(i)).join('')}</article></body></html>`);
const text = Buffer.from('Barrier works\n\nThe river authority said on Monday that the flood barrier upgrade would take two more summers to finish.');

const pools: CleanPool[] = [];
afterAll(() => Promise.all(pools.map((p) => p.close())));
function pool(budgetMs?: number): CleanPool {
  const p = new CleanPool({ budgetMs });
  pools.push(p);
  return p;
}

describe('CleanPool', () => {
  it('cleans an input on a thread into the same articles as inline', async () => {
    const onThread = await pool().clean('barrier.html', page(5));
    expect(onThread).toEqual(readAndClean('barrier.html', page(5)));
    expect(onThread.articles[0].body).toContain('Paragraph 4: the river authority');
  }, 120_000);

  it('refuses an input past its time budget in one line and goes on with the next', async () => {
    const p = pool(300);
    // ~10 MB of page: several seconds to extract, far past 0.3 s.
    const slow = await p.clean('huge.html', page(70_000), 64 * 2 ** 20);
    expect(slow).toEqual({ documents: 0, articles: [], errors: [{ source: 'huge.html', message: 'took longer than 0.3 s to read and clean; refused' }] });
    const next = await p.clean('next.txt', text);
    expect(next.articles).toHaveLength(1);
    expect(next.errors).toEqual([]);
  }, 120_000);
});

describe('readAndClean', () => {
  it('refuses a page with no article (navigation, a cookie-consent notice, footer links) in one line naming it', () => {
    const consent = Buffer.from(
      '<html><head><title>Cookie settings</title></head><body><div id="app"><ul class="links"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>' +
        '<div class="box"><h1>Cookie settings</h1><p>We and our partners use cookies to store and access information on your device and to show you personalised content.</p>' +
        '<p>You can accept them all, refuse them, or choose which purposes you allow.</p><button>Accept all</button><button>Refuse all</button></div>' +
        '<div class="bottom"><a href="/about">About us</a> | <a href="/contact">Contact</a></div></div></body></html>',
    );
    expect(readAndClean('consent.html', consent)).toEqual({ documents: 1, articles: [], errors: [{ source: 'consent.html', message: 'no article text left after cleaning' }] });
    // The same page with a short article in it keeps the article.
    const short = Buffer.from(consent.toString().replace('<div class="bottom">', `<div class="text">${para(1)}</div><div class="bottom">`));
    expect(readAndClean('short.html', short).articles.map((a) => a.body)).toEqual([para(1).replace(/<\/?p>/g, '')]);
  });

  it('refuses a sign-in or subscription wall in one line naming the file, and keeps an article whose page has a login box', () => {
    const wall = (form: string) =>
      Buffer.from(
        `<!doctype html><html><head><title>Sign in - Harbour Herald</title></head><body><form><h1>Sign in to continue reading</h1><p>Subscribe to read this article.</p>${form}<button>Log in</button></form>` +
          '<p>Already a subscriber? <a href="/login">Log in</a></p></body></html>',
      );
    const message = (why: string) => `no article text: a page asking the reader to sign in or subscribe (${why})`;
    expect(readAndClean('login.html', wall('<input name=user><input type=password name=pw>'))).toEqual({ documents: 1, articles: [], errors: [{ source: 'login.html', message: message('a password field') }] });
    expect(readAndClean('paywall.html', wall('<input type=email name=mail>'))).toEqual({ documents: 1, articles: [], errors: [{ source: 'paywall.html', message: message('a sign-in form') }] });
    // A news page with a login box in its header keeps its article.
    const boxed = Buffer.from(page(4).toString().replace('<body>', '<body><header><form><input name=user><input type=password name=pw><button>Log in</button></form></header>'));
    expect(readAndClean('boxed.html', boxed).articles).toHaveLength(1);
  });
});
