// A capitalised word right after a quote's closing mark and before a speech verb is the speaker's
// name, even when the article names that person nowhere else or spells them differently there
// ("…," Kelor tweeted.). Only there in English, where sentences open with capitalised nouns.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('a bare name between a closing quote mark and a speech verb', () => {
  it.each<SpeakerCase>([
    ['en', 'The plane landed in Kessport on Thursday.\n\n"He felt unwell on board. We are on our way to a hospital," Kelor tweeted.', [['He felt unwell on board', 'Kelor']]],
    ['en', 'The ferry ran aground off Port Velmar.\n\n"Nobody was hurt," Verhoek said on Friday.', [['Nobody was hurt', 'Verhoek']]],
    ['en', 'The ferry ran aground off Port Velmar. "Nobody was hurt!" Verhoek said.', [['Nobody was hurt', 'Verhoek']]],
  ])('%s: %s', expectSpeakers);

  it('does not make a sentence-opening noun a name when no quote closes before it', () => {
    expectSpeakers('en', 'The ferry ran aground off Port Velmar. Officials said that "nobody was hurt in the grounding".', [['nobody was hurt in the grounding', null]]);
  });
});
