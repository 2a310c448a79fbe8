// News agencies by the names they sign their copy with (data/outlets.json "wires").
import table from './data/outlets.json' with { type: 'json' };

const key = (name: string) => name.trim().toLowerCase().replace(/^(?:the|l['’]|la|le|die|der)\s*/, '');
const WIRES = new Map<string, string>();
for (const [name, spellings] of table.wires as [string, string[]][]) {
  for (const spelling of [name, ...spellings]) {
    // Acronyms match in their own case only ("AP", not "ap"); names in any case.
    WIRES.set(spelling === spelling.toUpperCase() && spelling.length <= 5 ? `=${spelling}` : key(spelling), name);
  }
}

/** The agency a name stands for ("l'AFP" -> "AFP", "The Associated Press" -> "AP"), or null. */
export function wireName(name: string): string | null {
  const bare = name.trim().replace(/^(?:l['’]|la\s|le\s|the\s)/i, '');
  return WIRES.get(`=${bare}`) ?? WIRES.get(key(bare)) ?? null;
}
