// A name with particles ("van der") after an office whose institution is named before it, in
// languages that capitalise every noun or put the institution after the office. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('speakers named with particles after an office and its institution', () => {
  it.each<SpeakerCase>([
    ['de', 'Ein Sturm traf am Montag den Hafen von Velmar. Auf X meldete sich EU-Kommissionspräsidentin Anna van der Kellor zu Wort und schrieb:\n“Ich verurteile den Angriff aufs Schärfste.”', [['Ich verurteile den Angriff', 'Anna van der Kellor']]],
    ['it', 'Un sisma ha colpito Velmar lunedì. Come sottolinea la presidente della Commissione Ue Anna van der Kellor: “Ciò a cui stiamo assistendo è devastante.”', [['Ciò a cui stiamo assistendo', 'Anna van der Kellor']]],
    ['it', 'Un sisma ha colpito Velmar lunedì. Come sottolinea la presidente della Commissione Ue Anna Kellor: “Ciò a cui stiamo assistendo è devastante.”', [['Ciò a cui stiamo assistendo', 'Anna Kellor']]],
    // "von der Polizei" after a given name is where she is from: an institution, no surname.
    ['de', 'Ein Sturm traf am Montag den Hafen von Velmar. Die Präsidentin Anna von der Polizei sagte: “Alles ist ruhig.”', [['Alles ist ruhig', 'Anna']]],
  ])('%s: %s', expectSpeakers);
});
