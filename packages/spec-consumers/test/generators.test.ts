/** Each of the six generators runs on the built spec, and its output passes `tsc --strict`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATORS, type GenerationResult, OUT } from '../src/generators.js';

const results = JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')) as {
  generation: GenerationResult[];
  typecheck: Record<string, string[]>;
};

describe.each(GENERATORS.map((g) => g.name))('%s', (name) => {
  const generation = results.generation.find((r) => r.name === name);

  it('generates from the built spec', () => {
    // The generator's chatter is shown only when it failed.
    expect(generation?.ok, generation ? readFileSync(generation.log, 'utf8') : 'not run').toBe(true);
  });

  it('typechecks with tsc --strict', () => {
    expect(results.typecheck[name]).toEqual([]);
  });
});

it('tsc saw no file outside the generators', () => {
  expect(results.typecheck.other ?? []).toEqual([]);
});
