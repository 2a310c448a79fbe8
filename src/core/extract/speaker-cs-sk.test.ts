// Czech and Slovak speech verbs after a quote, titles with the genitive of what they head, and a
// genitive place before a given name. Invented articles.
import { describe, it } from 'vitest';
import { expectSpeakers, type SpeakerCase } from '../../testing/speaker-cases.js';

describe('speakers in Czech and Slovak', () => {
  it.each<SpeakerCase>([
    ['cs', 'V přístavu Velmar v pondělí najel trajekt na mělčinu.\n\n„Přístav zůstane zavřený až do pátku,“ uvedl ministr dopravy Tomas Verhoek.', [['Přístav zůstane zavřený', 'Tomas Verhoek']]],
    ['cs', 'V přístavu Velmar v pondělí najel trajekt na mělčinu.\n\nStarostka Velmaru Anna Kellor novinářům řekla, že cestující jsou v bezpečí. „Nikdo nebyl zraněn,“ dodala.', [['Nikdo nebyl zraněn', 'Anna Kellor']]],
    ['sk', 'V prístave Velmar v pondelok narazil trajekt na plytčinu.\n\n„Prístav zostane zatvorený do piatku,“ uviedol minister dopravy Tomas Verhoek.', [['Prístav zostane zatvorený', 'Tomas Verhoek']]],
    ['sk', 'V prístave Velmar v pondelok narazil trajekt na plytčinu.\n\n„Všetci cestujúci sú v bezpečí,“ povedala hovorkyňa prístavu Anna Kellor.', [['Všetci cestujúci', 'Anna Kellor']]],
  ])('%s: %s', expectSpeakers);
});
