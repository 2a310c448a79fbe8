import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));

describe('the view layer', () => {
  it('imports only core types and its own modules, so it runs in a browser and decides nothing', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const source = readFileSync(join(here, file), 'utf8');
      for (const m of source.matchAll(/^(import|export)\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
        const [, , typeOnly, target] = m;
        if (target.startsWith('./')) continue;
        expect(target, `${file}: ${m[0]}`).toBe('../core/types.js');
        expect(typeOnly, `${file}: ${m[0]}`).toBeTruthy();
      }
    }
  });
});
