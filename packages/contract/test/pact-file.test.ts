/**
 * The pact file of `fntasks-core` itself: who it is between, that every provider state is in the catalogue,
 * that no rule lets the wrong casing through, and that the committed copy is the one the consumer tests write.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { knownStateTexts } from '@fntasks/emulator';
import { describe, expect, it } from 'vitest';
import { readPactFile } from '../src/pact-file.js';
import { CORE_PACT_FILE, REPO_ROOT } from './helpers.js';

const pact = readPactFile(CORE_PACT_FILE);
const raw = JSON.parse(readFileSync(CORE_PACT_FILE, 'utf8')) as {
  interactions: { description: string; response: { status: number; body?: { content?: unknown } } }[];
};

describe('pacts/fntasks-core-opensearch-function-tasks.json', () => {
  it('is a V4 pact between fntasks-core and opensearch-function-tasks', () => {
    expect(pact.consumer).toBe('fntasks-core');
    expect(pact.provider).toBe('opensearch-function-tasks');
    expect(pact.specification).toBe(4);
  });

  it('names only provider states of the catalogue (or its aliases)', () => {
    const known = new Set(knownStateTexts());
    const unknown = pact.interactions
      .flatMap((i) => i.states.map((s) => s.name))
      .filter((n) => !known.has(n));
    expect(unknown).toEqual([]);
  });

  it('has no rule that matches keys by pattern (which would accept `Result` where the client reads `result`)', () => {
    // eachKeyLike / eachKeyMatches / eachValueMatches record these; key names must stay exact.
    expect(JSON.stringify(raw)).not.toMatch(/"match":\s*"(values|eachKey|eachValue)"/);
  });

  it('pins a success body per casing: camelCase keys only, or PascalCase keys only', () => {
    for (const interaction of raw.interactions) {
      const body = interaction.response.body?.content;
      if (interaction.response.status !== 200 || typeof body !== 'object' || body === null) continue;
      const record = body as Record<string, unknown>;
      const result = record.result ?? record.Result;
      const items = Array.isArray(result) ? result : result && typeof result === 'object' ? [result] : [];
      const keys = [...Object.keys(record), ...items.flatMap((t) => Object.keys(t as object))];
      const casings = new Set(keys.map((k) => (/^[A-Z]/.test(k) ? 'pascal' : 'camel')));
      expect({ interaction: interaction.description, casings: [...casings] }).toEqual({
        interaction: interaction.description,
        casings: [interaction.description.includes('PascalCase') ? 'pascal' : 'camel'],
      });
    }
  });
});

/** True when the repository is a git checkout with git on the PATH. */
function inGitCheckout(): boolean {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: REPO_ROOT, stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!inGitCheckout())('the committed pacts', () => {
  it('are exactly what the consumer tests generate (commit pacts/ with the consumer test change)', () => {
    const status = execFileSync(
      'git',
      ['status', '--porcelain', '--', relative(REPO_ROOT, `${REPO_ROOT}/pacts`)],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      },
    );
    expect(status, 'pacts/ differs from the committed copy: run the consumer tests and commit pacts/').toBe(
      '',
    );
  });
});
