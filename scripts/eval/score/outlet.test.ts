import { describe, expect, it } from 'vitest';
import { namedOutletForm, outletForms, sameOutlet } from './outlet.js';

describe('outletForms / namedOutletForm', () => {
  it('finds the outlet by its name, a host in its notes, or its address, in any script', () => {
    const forms = outletForms('Harbour Herald (harbourherald.example)', 'https://news.harbourherald.example/a/b');
    expect(forms).toEqual(['harbour herald', 'harbourherald example', 'news harbourherald example']);
    expect(namedOutletForm('Storm closes road.\n(De la Redacción de HARBOUR HERALD)', forms)).toBe('harbour herald');
    expect(namedOutletForm('Write to editors@harbourherald.example.', forms)).toBe('harbourherald example');
    expect(namedOutletForm('СИМФЕРОПОЛЬ, 26 ноя — РИА Новости. Три корабля', outletForms('RIA Novosti', 'https://ria.example/1'))).toBe('ria novosti');
  });

  it('needs the whole name: a word of it, or "the national" security council, is not the outlet', () => {
    const forms = outletForms('The National (UAE)', 'https://thenationalnews.example/x');
    expect(namedOutletForm('The prime minister chaired a national security council meeting.', forms)).toBeNull();
    expect(namedOutletForm('The harbour was closed.', outletForms('Harbour Herald', 'https://dobleamarilla.com.ar/x'))).toBeNull();
    expect(outletForms('i (inews.co.uk)', 'https://inews.co.uk/x')).not.toContain('i');
  });
});

describe('sameOutlet', () => {
  it('accepts a name that contains or is contained in a form, and nothing else', () => {
    const forms = outletForms('Hromadske International', 'https://en.hromadske.example/posts/x');
    expect(sameOutlet('Hromadske', forms)).toBe(true);
    expect(sameOutlet('hromadske.example', forms)).toBe(true);
    expect(sameOutlet('Reuters', forms)).toBe(false);
    expect(sameOutlet('', forms)).toBe(false);
    // The manifest's notes may name the origin a repost states as its own.
    expect(sameOutlet('Example Agency', outletForms('Forum (Example Agency repost)', 'https://forum.example/t/1'), 'Forum (Example Agency repost)')).toBe(true);
  });
});
