import { describe, expect, it } from 'vitest';
import { namedOutletForm, outletForms, sameOutlet } from './outlet.js';

describe('outletForms / namedOutletForm', () => {
  it('finds the outlet by its name, a host in its notes, or its address, in any script', () => {
    const forms = outletForms('Harbour Herald (harbourherald.example)', 'https://news.harbourherald.example/a/b');
    expect(forms).toEqual(['harbour herald', 'harbourherald example', 'news harbourherald example']);
    expect(namedOutletForm('Storm closes road.\n(De la Redacción de HARBOUR HERALD)', forms)).toBe('harbour herald');
    expect(namedOutletForm('Write to editors@harbourherald.example.', forms)).toBe('harbourherald example');
    expect(namedOutletForm('СЕВЕРОГРАД, 12 мар — Вести Севера. Два парома', outletForms('Vesti Severa', 'https://vesti.example/1'))).toBe('vesti severa');
  });

  it('needs the whole name: a word of it, or "the regional" security council, is not the outlet', () => {
    const forms = outletForms('The Regional (Kestria)', 'https://theregionalnews.example/x');
    expect(namedOutletForm('The prime minister chaired a regional security council meeting.', forms)).toBeNull();
    expect(namedOutletForm('The harbour was closed.', outletForms('Harbour Herald', 'https://harbourherald.example/x'))).toBeNull();
    expect(outletForms('e (enews.example)', 'https://enews.example/x')).not.toContain('e');
  });
});

describe('sameOutlet', () => {
  it('accepts a name that contains or is contained in a form, and nothing else', () => {
    const forms = outletForms('Bystrytsia International', 'https://en.bystrytsia.example/posts/x');
    expect(sameOutlet('Bystrytsia', forms)).toBe(true);
    expect(sameOutlet('bystrytsia.example', forms)).toBe(true);
    expect(sameOutlet('Wire Service', forms)).toBe(false);
    expect(sameOutlet('', forms)).toBe(false);
    // The manifest's notes may name the origin a repost states as its own.
    expect(sameOutlet('Example Agency', outletForms('Forum (Example Agency repost)', 'https://forum.example/t/1'), 'Forum (Example Agency repost)')).toBe(true);
  });
});
