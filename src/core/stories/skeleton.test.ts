import { describe, expect, it } from 'vitest';
import { ar, en, enLater, ja, ru } from '../../testing/invented-event.js';
import { extractArticle } from '../extract/index.js';
import { clusterStories } from './index.js';
import { featureCode, type StoryFeatures } from './features.js';
import { caselessSkeletons, consonantSkeleton } from './skeleton.js';
import { skeletonExpansion } from './skeleton-keys.js';
import { Vocabulary } from './vocabulary.js';

const sets = (stories: { articles: string[] }[]) => stories.map((s) => s.articles.map((a) => a.slice(0, 3)).sort().join(',')).sort();

describe('consonant skeletons', () => {
  it('meet across Latin, Cyrillic, Arabic and katakana spellings of one name', () => {
    for (const [latin, ...others] of [
      ['Tamarkin', 'Тамаркин', 'تاماركين', 'タマルキン'],
      ['Kandoria', 'Кандория', 'كاندوريا', 'カンドリア'],
      ['Vorontsov', 'Воронцова', 'فورونتسوف', 'ヴォロンツォフ'],
    ]) {
      for (const other of others) expect(caselessSkeletons(other)[0]?.[0] ?? consonantSkeleton(other), `${latin} ${other}`).toBe(consonantSkeleton(latin));
    }
  });

  it('fold transliteration digraphs and doubled consonants, and tell too short a skeleton from none', () => {
    expect(consonantSkeleton('Kelbakh')).toBe('KRPK');
    expect(consonantSkeleton('Kessport')).toBe('KSPRT');
    expect(consonantSkeleton('Kessa')).toBeNull();
  });

  it('mark a name opening on a vowel, which a word merely holding its consonants does not', () => {
    expect(consonantSkeleton('Orsalin')).toBe('VRSRN');
    expect(caselessSkeletons('أورسالين')[0][0]).toBe('VRSRN');
    expect(caselessSkeletons('لصورة')).toEqual([]);
  });

  it('take the Arabic article off a word, read both ways after a fused letter, and every katakana run of a Japanese one', () => {
    expect(caselessSkeletons('الكاندوريا').map(([s]) => s)).toEqual(['KNTR']);
    expect(caselessSkeletons('والكاندوريا').map(([s]) => s)).toContain('KNTR');
    expect(caselessSkeletons('فالمارين').map(([s]) => s)).toContain('PRMRN');
    expect(caselessSkeletons('地方知事イリヤ・ヴォロンツォフ氏を拘束').map(([s]) => s)).toEqual(['PRNSP']);
    expect(caselessSkeletons('港湾契約をめぐり')).toEqual([]);
  });

  it('read a word after a fused "and the" only without it, and no function word at all, with a fused conjunction or not', () => {
    // "والسواحل" (and the coasts) read whole is V-R-S-R, the skeleton of "Orsala"; without "and
    // the" it is too short to be a name. "والكاندوريا" is read without it; "واغنر" (Wagner) has no article and is read whole.
    expect(consonantSkeleton('والسواحل')).toBe(consonantSkeleton('Orsala'));
    expect(caselessSkeletons('والسواحل')).toEqual([]);
    expect(caselessSkeletons('والكاندوريا').map(([s]) => s)).toEqual(['KNTR']);
    expect(caselessSkeletons('واغنر').map(([s]) => s)).toEqual([consonantSkeleton('Wagner')]);
    // "ولكن" (but) is V-R-K-N, as "Ulkan" is; "لكن" and "التي" are function words too.
    expect(consonantSkeleton('ولكن')).toBe(consonantSkeleton('Ulkan'));
    expect(caselessSkeletons('ولكن')).toEqual([]);
    expect(caselessSkeletons('لكن')).toEqual([]);
    expect(caselessSkeletons('التي')).toEqual([]);
  });

  it('read a katakana long-vowel mark after a, e or o also as the r a British reading leaves unsaid, never after i or u, and only where the reading keeps four symbols', () => {
    expect(caselessSkeletons('ケスポート港').map(([s]) => s)).toEqual(['KSPT', consonantSkeleton('Kessport')]);
    expect(caselessSkeletons('パーカー氏').map(([s]) => s)).toContain(consonantSkeleton('Parker'));
    expect(caselessSkeletons('ピータース').map(([s]) => s)).toEqual(['PTS', consonantSkeleton('Peters')]);
    expect(caselessSkeletons('ルーシー')).toEqual([]);
    // An r added to two consonants tells too little apart: "ツイッター" (Twitter) is no "Chester".
    expect(caselessSkeletons('ツイッター')).toEqual([]);
  });
});

describe('skeletons standing for names', () => {
  const code = (key: string) => featureCode(`x:${key}`);
  const features = (keys: string[]): StoryFeatures => ({ terms: keys.map(code), counts: keys.map(() => 1), surfaces: [], time: null, lead: '' });
  const vocabulary = new Vocabulary();
  const read = (language: string, keys: string[], skeletons: [string, string][]) => {
    const vector = vocabulary.vectorise(features(keys));
    vocabulary.markLanguage(vector.cross, language);
    vocabulary.markSkeletons(skeletons.map(([k, s]) => [code(k), code(`§${s}`)]));
  };
  // A name in two cased languages, a capitalised noun in one, and an Arabic report carrying the
  // skeletons of both and of a loanword no cased report capitalises.
  read('en', ['tamar'], [['tamar', 'TMRKN']]);
  read('fr', ['tamar'], [['tamar', 'TMRKN']]);
  read('de', ['gewal'], [['gewal', 'KPRTS']]);
  read('ar', ['§TMRKN', '§KPRTS', '§VRKPT'], [['§TMRKN', 'TMRKN'], ['§KPRTS', 'KPRTS'], ['§VRKPT', 'VRKPT']]);
  const id = (key: string) => vocabulary.idOf(code(key))!;

  it('are the name keys seen in two cased languages, and nothing else', () => {
    const arabic = new Map([[id('§TMRKN'), 1], [id('§KPRTS'), 1], [id('§VRKPT'), 1]]);
    expect([...skeletonExpansion(vocabulary)(arabic).keys()]).toEqual([id('tamar')]);
  });

  it('leave a cased thread’s keys as they are', () => {
    const english = new Map([[id('tamar'), 1], [id('gewal'), 1]]);
    expect(skeletonExpansion(vocabulary)(english)).toBe(english);
  });

  it('the same whatever came first', () => {
    const later = new Vocabulary();
    const vector = later.vectorise(features(['§TMRKN']));
    later.markLanguage(vector.cross, 'ar');
    later.markSkeletons([[code('§TMRKN'), code('§TMRKN')]]);
    for (const language of ['en', 'fr']) {
      const v = later.vectorise(features(['tamar']));
      later.markLanguage(v.cross, language);
      later.markSkeletons([[code('tamar'), code('§TMRKN')]]);
    }
    const arabic = new Map([[later.idOf(code('§TMRKN'))!, 1]]);
    expect([...skeletonExpansion(later)(arabic).keys()]).toEqual([later.idOf(code('tamar'))]);
  });
});

describe('stories across caseless scripts', () => {
  it('joins an Arabic and a Japanese report of an event to the others by the names they spell, not a later event of the same people', () => {
    const articles = [en, ru, ar, ja, enLater];
    const stories = clusterStories(articles, articles.map(extractArticle));
    expect(sets(stories)).toEqual(['ar1,en1,ja1,ru1', 'en3']);
  });

  it('whatever the order the articles come in', () => {
    const articles = [ja, enLater, ar, ru, en];
    expect(sets(clusterStories(articles, articles.map(extractArticle)))).toEqual(['ar1,en1,ja1,ru1', 'en3']);
  });
});
