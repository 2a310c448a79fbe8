import { describe, expect, it } from 'vitest';
import { article, de, en, enCourt, enLater, ru } from '../../testing/invented-event.js';
import { StoryIndex, clusterStories } from './index.js';
import { consolidate, type ThreadEvidence } from './consolidate.js';
import { crossNameKey, crossNumberKey } from './cross.js';
import { featureCode, storyFeatures } from './features.js';
import { extractArticle } from '../extract/index.js';

const sets = (stories: { articles: string[] }[]) => stories.map((s) => s.articles.map((a) => a.slice(0, 3)).sort().join(',')).sort();

describe('cross-language keys', () => {
  it('meet across scripts, transliteration schemes and case endings', () => {
    expect(crossNameKey('Воронцова')).toBe(crossNameKey('Vorontsov'));
    expect(crossNameKey('Woronzow')).toBe(crossNameKey('Vorontsov'));
    expect(crossNameKey('Кельбах')).toBe(crossNameKey('Kelbach'));
    expect(crossNameKey('Kelbakh')).toBe(crossNameKey('Kelbach'));
    expect(crossNameKey('Sarnovsk')).not.toBe(crossNameKey('Vorontsov'));
    expect(crossNameKey('Ann')).toBeNull();
  });

  it('mark the words of a person’s name and the figures as named, not a city', () => {
    const features = storyFeatures(en, extractArticle(en));
    const named = new Set(features.named);
    const code = (word: string) => featureCode(`x:${crossNameKey(word) ?? crossNumberKey(word)}`);
    expect(named.has(code('Vorontsov'))).toBe(true);
    expect(named.has(code('480'))).toBe(true);
    expect(named.has(code('Sarnovsk'))).toBe(false);
  });

  it('mark numbers under a hundred (a day of the month, a small count), in any script, apart from the other figures', () => {
    const report = article('k01', 'ja', null, 'ケスポートの洞窟で救助', '洞窟に閉じ込められた13人は6月24日から10日ぶりに救出された。費用は480万円。');
    const features = storyFeatures(report, extractArticle(report));
    const code = (n: string) => featureCode(`x:${crossNumberKey(n)}`);
    const small = new Set(features.small);
    expect(['13', '24', '10'].every((n) => small.has(code(n)))).toBe(true);
    expect(small.has(code('480'))).toBe(false);
    expect(new Set(features.named).has(code('480'))).toBe(true);
  });

  it('reads numbers by their digits, whatever the thousands separator', () => {
    expect(crossNumberKey('1,500')).toBe(crossNumberKey('1.500'));
    expect(crossNumberKey('7')).toBeNull();
    // Leading zeros say nothing: a day "05", a fragment "000".
    expect(crossNumberKey('05')).toBeNull();
    expect(crossNumberKey('000')).toBeNull();
  });

  it('read a number written in groups of three digits as one, in every locale, never its groups', () => {
    const keysOf = (language: string, body: string) => {
      const report = article('k02', language, null, 'Velmar', body);
      return new Set(storyFeatures(report, extractArticle(report)).terms);
    };
    const code = (n: string) => featureCode(`x:${n}`);
    for (const [language, body] of [
      ['en', 'Some 12,500 people left Velmar, and 1,200,000 tonnes of grain burned.'],
      ['fr', 'Quelque 12 500 personnes ont quitté Velmar, et 1 200 000 tonnes de grain ont brûlé.'],
      ['de', 'Etwa 12.500 Menschen verließen Velmar, und 1.200.000 Tonnen Getreide verbrannten.'],
    ]) {
      const keys = keysOf(language, body);
      expect([code('12500'), code('1200000')].every((k) => keys.has(k)), language).toBe(true);
      expect([code('500'), code('200'), code('12')].some((k) => keys.has(k)), language).toBe(false);
    }
  });

  it('make no key of a news agency credited in the text, which reports of every event it covers name', () => {
    const report = article('k03', 'en', null, 'Velmar', 'The port of Velmar closed, Reuters reported, citing the mayor Anna Kellor; AFP said the ferry sank.');
    const terms = new Set(storyFeatures(report, extractArticle(report)).terms);
    const code = (w: string) => featureCode(`x:${crossNameKey(w)}`);
    expect(terms.has(code('Reuters'))).toBe(false);
    expect(terms.has(code('Kellor'))).toBe(true);
  });

  it('fold b and v, and th and t, which transliterations of one name swap ("Lesbos", "Λέσβος", "Lesvos"; "Kathmandu", "Katmandú")', () => {
    expect(crossNameKey('Λέσβος')).toBe(crossNameKey('Lesbos'));
    expect(crossNameKey('Lesvos')).toBe(crossNameKey('Лесбос'));
    expect(crossNameKey('Kathmandu')).toBe(crossNameKey('Катманду'));
    expect(crossNameKey('Thailand')).toBe(crossNameKey('Tailandia'));
  });
});

describe('stories from threads', () => {
  it('weighs across languages only keys seen in more than one language: one-language keys do not dilute the names', () => {
    // Thread 0 (English) and thread 1 (German) share two names (each also in three other
    // articles); thread 1 also carries thirty capitalised German nouns that thread 2, another German
    // event, carries too.
    const nouns = Array.from({ length: 30 }, (_, k) => 10 + k);
    const thread = (language: string, keys: number[]): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, cross: new Map(keys.map((k) => [k, 1])), centroid: { ids: [], weights: [], normSq: 0 },
    });
    const threads = [thread('en', [1, 2]), thread('de', [1, 2, ...nouns]), thread('de', nouns)];
    const df = Array.from({ length: 40 }, (_, k) => (k === 1 || k === 2 ? 5 : 2));
    const EN = 1;
    const DE = 2;
    const languages = df.map((_, k) => (k === 1 || k === 2 ? EN | DE : DE));
    expect(consolidate(threads, { df, articles: 40, languages })).toEqual([0, 0, 2]);
    // Were the nouns seen in English too, they would be evidence, and outweigh the names.
    expect(consolidate(threads, { df, articles: 40, languages: df.map(() => EN | DE) })).toEqual([0, 1, 2]);
  });

  it('counts a place’s name across languages for at most half the bar: one rare shared spelling of a city does not join two events', () => {
    // An Italian and a Turkish report share a person's name a beat's many articles carry (key 1) and a
    // city spelt alike in the two languages and otherwise in the rest (key 2, in no other article).
    const thread = (language: string): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, cross: new Map([[1, 1], [2, 1]]), centroid: { ids: [], weights: [], normSq: 0 },
    });
    const df = [0, 25, 2];
    const languages = [0, 3, 3];
    const threads = [thread('it'), thread('tr')];
    expect(consolidate(threads, { df, articles: 100, languages, named: [0, 1, 0] })).toEqual([0, 1]);
    // A person's name as rare joins them: the people of an event count in full.
    expect(consolidate(threads, { df, articles: 100, languages, named: [0, 1, 1] })).toEqual([0, 0]);
  });

  it('does not join two reports in two languages on numbers under a hundred alone: a day of the month and a small count', () => {
    const thread = (language: string): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, cross: new Map([[1, 1], [2, 1]]), centroid: { ids: [], weights: [], normSq: 0 },
    });
    const stats = (named: number[]) => ({ df: [0, 2, 2], articles: 100, languages: [0, 3, 3], named });
    const threads = [thread('ja'), thread('it')];
    expect(consolidate(threads, stats([0, 2, 2]))).toEqual([0, 1]);
    // Nor on such a number and a place or organisation: a country and a count of 80 joined a
    // bombing's Arabic report to an eruption's Polish one.
    expect(consolidate(threads, stats([0, 0, 2]))).toEqual([0, 1]);
    // The same two with a person's name or a larger figure in common are one story.
    expect(consolidate(threads, stats([0, 1, 2]))).toEqual([0, 0]);
    // So are two that share four such numbers: a toll, its day, an age and an hour.
    const four = (language: string): ThreadEvidence => ({ ...thread(language), cross: new Map([1, 2, 3, 4].map((k) => [k, 1])) });
    expect(consolidate([four('ja'), four('it')], { df: [0, 2, 2, 2, 2], articles: 100, languages: [0, 3, 3, 3, 3], named: [0, 2, 2, 2, 2] })).toEqual([0, 0]);
  });

  it('joins two single reports of an event on the names its fifteen reports carry, not on names a fifth of a larger corpus carries', () => {
    // An Italian and a Turkish report share five names of the event's people (keys 1-5); each
    // also carries two keys of its own that two other articles share (6, 7 and 8, 9).
    const thread = (language: string, own: number[]): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, cross: new Map([1, 2, 3, 4, 5, ...own].map((k) => [k, 1])), centroid: { ids: [], weights: [], normSq: 0 },
    });
    const threads = [thread('it', [6, 7]), thread('tr', [8, 9])];
    const stats = (carriers: number, articles: number) => {
      const df = Array.from({ length: 10 }, (_, k) => (k >= 1 && k <= 5 ? carriers : 3));
      return { df, articles, languages: df.map(() => 3), named: df.map((_, k) => (k >= 1 && k <= 5 ? 1 : 0)) };
    };
    expect(consolidate(threads, stats(15, 60))).toEqual([0, 0]);
    // The same names carried by forty reports of a beat's two hundred tie two reports less.
    expect(consolidate(threads, stats(40, 200))).toEqual([0, 1]);
  });

  it('still counts a name a third of a small corpus carries (an event of three), not one most articles carry', () => {
    const thread = (language: string): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, cross: new Map([[1, 1], [2, 1]]), centroid: { ids: [], weights: [], normSq: 0 },
    });
    const stats = (carriers: number) => ({ df: [0, carriers, carriers], articles: 100, languages: [0, 3, 3], named: [0, 1, 1] });
    const threads = [thread('it'), thread('tr')];
    expect(consolidate(threads, stats(35))).toEqual([0, 0]);
    expect(consolidate(threads, stats(45))).toEqual([0, 1]);
  });

  it('joins single reports of one event in six languages on the names and figure every one of them carries', () => {
    // Each report is a thread of its own (no two share a language). All six carry the event's
    // person (keys 1, 2) and figure (key 3), which no other article does; each also carries four
    // keys of its own that one article elsewhere shares (keys 10 and up).
    const languages = ['en', 'fr', 'de', 'es', 'it', 'pt'];
    const threads = languages.map((language, t): ThreadEvidence => ({
      size: 1, time: null, days: null, after: null, language, centroid: { ids: [], weights: [], normSq: 0 },
      cross: new Map([1, 2, 3, 10 + 4 * t, 11 + 4 * t, 12 + 4 * t, 13 + 4 * t].map((k) => [k, 1])),
    }));
    const df = Array.from({ length: 40 }, (_, k) => (k >= 1 && k <= 3 ? 6 : 2));
    const stats = { df, articles: 100, languages: df.map(() => 3), named: df.map((_, k) => (k >= 1 && k <= 3 ? 1 : 0)) };
    expect(consolidate(threads, stats)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('joins two threads of one language in other words on their names and figures when both say when and it is the same days', () => {
    // A dated report and an undated one that states a date of the same week: no word in common,
    // but a person's name and a figure few other articles carry (keys 1 and 2).
    const thread = (time: [number, number] | null, after: [number, number] | null, word: number): ThreadEvidence => ({
      size: 1, time, dated: time !== null, days: time && [125, 0], after, language: 'en', cross: new Map([[1, 1], [2, 1], [3, 1]]), centroid: { ids: [word], weights: [1], normSq: 1 },
    });
    const stats = { df: [0, 3, 3, 60], articles: 100, languages: [0, 3, 3, 3], named: [0, 1, 1, 0] };
    const dated: ThreadEvidence = thread([22405, 22405], null, 10);
    expect(consolidate([dated, thread(null, [124, 0], 11)], stats)).toEqual([0, 0]);
    // Without a date of its own, the undated report's names alone do not join it.
    expect(consolidate([dated, thread(null, null, 11)], stats)).toEqual([0, 1]);
    // Nor when the date it states is two months away.
    expect(consolidate([dated, thread(null, [185, 0], 11)], stats)).toEqual([0, 1]);
  });

  it('joins two same-day reports of one event told in other words, not a same-day report of another event in that city', () => {
    const storm = article(
      'sd1',
      'en',
      '2031-02-03',
      'Hailstorm batters Quellport overnight',
      'A violent hailstorm swept across Quellport overnight, the weather service said on Monday, smashing roofs, windows and greenhouses on the northern estates.\n\n' +
        'Crews cleared fallen trees from the ring road through the morning, and the tram depot stayed shut.',
    );
    const damage = article(
      'sd2',
      'en',
      '2031-02-03',
      'Roofs torn off as hail hits Quellport',
      'Hundreds of homes in Quellport lost roofs and windows when hail the size of eggs fell before dawn, mayor Odo Brenk said.\n\n' +
        'Brenk said glasshouse growers north of the city counted the worst losses; insurers opened an emergency line.',
    );
    const council = article(
      'sd3',
      'en',
      '2031-02-03',
      'Quellport council passes harbour budget',
      'The Quellport council on Monday passed next year’s harbour budget, which doubles spending on the container quay.\n\n' +
        'Treasurer Lina Vossberg said the port would borrow to cover the gap until tolls rise.',
    );
    expect(sets(clusterStories([storm, damage, council]))).toEqual(['sd1,sd2', 'sd3']);
  });

  it('joins reports of one event in other languages and scripts, and its follow-up, but not the same people months later', () => {
    const stories = clusterStories([enLater, de, enCourt, ru, en]);
    expect(sets(stories)).toEqual(['de1,en1,en2,ru1', 'en3']);
  });

  it('lists each story’s threads beside its articles, largest first, the story id being its largest thread’s', () => {
    // The court hearing two days after the arrest is a move of its own.
    const story = clusterStories([en, ru, { ...de, published: null }, enCourt]).find((s) => s.articles.length === 4)!;
    expect(story.threads.length).toBeGreaterThan(1);
    expect(story.threads.flatMap((t) => t.articles).sort()).toEqual([...story.articles].sort());
    const sizes = story.threads.map((t) => t.articles.length);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(story.id).toBe(story.threads[0].id);
    for (const t of story.threads) expect(t.title.length).toBeGreaterThan(0);
    expect(story.span).toEqual(['2031-05-06', '2031-05-08']);
  });

  it('titles a story by its largest thread, not by a smaller thread’s headline', () => {
    // The arrest and court reports carry no headline; the undated German report, which joins the arrest's move, does.
    const story = clusterStories([{ ...en, headline: '' }, { ...ru, headline: '' }, { ...de, published: null }, { ...enCourt, headline: '' }]).find((s) => s.articles.length === 4)!;
    expect(story.threads.length).toBeGreaterThan(1);
    expect(story.title).toBe(story.threads[0].title);
    expect(story.title).toMatch(/^Investigators detained regional governor/);
  });

  it('makes one thread of a move told in several languages within a day or two, undated reports of it included', () => {
    // The English and Russian reports of the arrest (same day) and the German one a day later
    // tell one move: one thread of three languages. Undated, the German report still carries the
    // move's names and figures (governor, deputy, sum, year): it joins the move it shares them with.
    const story = clusterStories([en, ru, de]).find((s) => s.articles.length === 3)!;
    expect(story.threads.map((t) => t.articles.map((a) => a.slice(0, 3)).sort())).toEqual([['de1', 'en1', 'ru1']]);
    expect(story.threads[0].span).toEqual(['2031-05-06', '2031-05-07']);
    expect(story.id).toBe(story.threads[0].id);
    const undated = { ...de, published: null };
    const joined = clusterStories([en, ru, undated]).find((s) => s.articles.length === 3)!;
    expect(joined.threads.map((t) => t.articles.map((a) => a.slice(0, 3)).sort())).toEqual([['de1', 'en1', 'ru1']]);
  });

  it('says why each article is in its story: the names and numbers it shares with the others', () => {
    const story = clusterStories([en, ru, de, enCourt]).find((s) => s.articles.length === 4)!;
    expect(story.why.map((w) => w.article)).toEqual(story.articles);
    const ofRu = story.why.find((w) => w.article === ru.id)!;
    // Each name is shown as first written in the corpus, so an analyst reads one spelling throughout.
    expect(ofRu.names).toEqual(expect.arrayContaining(['Vorontsov', 'Kelbakh']));
    expect(ofRu.numbers).toEqual(expect.arrayContaining(['480']));
    expect(ofRu.date).toBe('2031-05-06');
    expect(story.threads.some((t) => t.id === ofRu.thread && t.articles.includes(ru.id))).toBe(true);
  });

  it('gives the same partition for every arrival order of a batch', () => {
    const all = [en, ru, de, enCourt, enLater];
    const expected = sets(clusterStories(all));
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 5; k++) {
      const shuffled = [...all].sort(() => random() - 0.5);
      expect(sets(clusterStories(shuffled))).toEqual(expected);
      const index = new StoryIndex();
      for (const a of [...shuffled].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '') || x.id.localeCompare(y.id))) index.assign(a);
      expect(sets(index.stories())).toEqual(expected);
    }
  });
});
