// Each new article is named once in the upload answer's line, whatever title its story carries.
import { describe, expect, it } from 'vitest';
import { uploadLine, type UploadedArticle } from './upload-view.js';

const base: UploadedArticle = {
  article: 'a1',
  file: 'upload/pier.txt',
  headline: 'Marlow council closes the old ferry pier',
  story: 'story-7f3a',
  title: 'Ferry operator moves boats to the north quay',
  story_articles: 4,
};

/** The line as the page shows it, links as plain text. */
function text(u: UploadedArticle): string {
  const l = uploadLine(u);
  return `${l.article} (${l.file}) ${'none' in l.story ? l.story.none : `${l.story.before}${l.story.link}${l.story.after}`}`;
}

const times = (hay: string, needle: string) => hay.split(needle).length - 1;

describe('uploadLine', () => {
  it('names the story it joined by its title when that is another article\'s', () => {
    expect(text(base)).toBe('Marlow council closes the old ferry pier (pier.txt) joined Ferry operator moves boats to the north quay (4 articles)');
  });

  it('names the article once when its own headline titles the story it joined', () => {
    const line = text({ ...base, title: 'Marlow Council closes the old ferry pier.' });
    expect(line).toBe('Marlow council closes the old ferry pier (pier.txt) joined its story (4 articles)');
    expect(times(line.toLowerCase(), 'marlow council closes')).toBe(1);
  });

  it('says a story of its own when the article is alone in it, and no story yet before the analysis', () => {
    expect(text({ ...base, title: base.headline, story_articles: 1 })).toBe('Marlow council closes the old ferry pier (pier.txt) started a story of its own');
    expect(text({ ...base, story: null, title: null, story_articles: null })).toBe('Marlow council closes the old ferry pier (pier.txt) is in no story yet');
  });
});
