// Korean (and Wade-Giles Chinese) given names romanised in two syllables joined by a hyphen, the
// second in lower case ("Ga-eul", "Jae-min"): one name, not a name cut at its hyphen. Invented
// articles; compounds that are no name keep their parts.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('given names written in two hyphened syllables', () => {
  it.each<SpeakerCase>([
    ['fr', 'Une bousculade a fait des dizaines de morts à Velmar. "Il y avait tant de monde, j’ai été happé par la foule", a raconté à l’AFP Kim Ga-eul, 30 ans.', [['Il y avait tant de monde', 'Kim Ga-eul']]],
    ['de', 'Nach dem Unglück in Velmar sagte Präsident Han Jae-min: „Mein Herz ist schwer.“', [['Mein Herz ist schwer', 'Han Jae-min']]],
    ['en', 'Thousands gathered in Velmar on Sunday. "We will not be intimidated," said Lin Ing-wen, the island’s leader.', [['We will not be intimidated', 'Lin Ing-wen']]],
    // "Anti-war" opening a sentence is a compound, not a name.
    ['en', 'Anti-war protests filled Velmar on Sunday. "We will be back," said Tomas Verhoek.', [['We will be back', 'Tomas Verhoek']]],
  ])('%s: %s', expectSpeakers);
});
