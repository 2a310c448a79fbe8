import { describe, expect, it } from 'vitest';
import { article } from '../../testing/invented-event.js';
import { isCalendarOrTitle } from './calendar-words.js';
import { clusterStories } from './index.js';

describe('capitalised words that name nothing two reports share', () => {
  it('are months, weekdays and titles, in any language', () => {
    for (const w of ['March', 'Friday', 'Judge', 'Marzo', 'März', 'Freitag', 'Viernes', 'vendredi', 'марта', 'Richter', 'Minister']) expect(isCalendarOrTitle(w), w).toBe(true);
    for (const w of ['Kellor', 'Verhoek', 'Northshire', 'Dana', 'Tomas', 'Frida']) expect(isCalendarOrTitle(w), w).toBe(false);
  });

  it('are never listed as the names a member shares with its story', () => {
    const a = article('h1', 'en', '2031-03-14', 'Ferry captain charged in Northshire', 'The captain of the ferry that burned off Northshire harbour on Friday was charged, the Harbour Herald reported. In March, Judge Tomas Verhoek will hear the case, coastguard chief Dana Kellor said.');
    const b = article('h2', 'en', '2031-03-14', 'Northshire ferry captain charged', 'Coastguard chief Dana Kellor said on Friday that the ferry captain was charged over the Northshire harbour fire. Judge Tomas Verhoek set a hearing for late March.');
    const [story] = clusterStories([a, b]);
    expect(story.articles).toHaveLength(2);
    const names = story.why.flatMap((w) => w.names);
    expect(names).toEqual(expect.arrayContaining(['Verhoek', 'Kellor']));
    for (const generic of ['March', 'Friday', 'Judge']) expect(names).not.toContain(generic);
  });
});
