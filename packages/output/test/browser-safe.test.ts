import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url);

describe('browser safety', () => {
  it('imports nothing but its own modules (no Node built-in, no package)', () => {
    for (const file of readdirSync(src)) {
      const text = readFileSync(new URL(file, src), 'utf8');
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'/g)].map(
        (m) => m[1] ?? m[2],
      );
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\//);
    }
  });
});
