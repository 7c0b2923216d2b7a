/**
 * The pact file itself: who it is between, that every provider state has a handler, that no rule lets the
 * wrong casing through, and that the committed copy is the one the consumer tests generate.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { providerStatesOf, readPact } from '../src/pact-file.js';
import { CONSUMER, CORE_PACT_FILE, PACT_DIR, PROVIDER, REPO_ROOT } from '../src/paths.js';
import { createStateHandlers, type ProviderControl } from '../src/provider-states.js';

const pact = readPact(CORE_PACT_FILE);

describe('pacts/fntasks-core-opensearch-function-tasks.json', () => {
  it('is a V4 pact between fntasks-core and opensearch-function-tasks', () => {
    expect(pact.consumer.name).toBe(CONSUMER);
    expect(pact.provider.name).toBe(PROVIDER);
    expect(pact.metadata.pactSpecification).toEqual({ version: '4.0' });
  });

  it('names only provider states the provider has handlers for, and the provider has no stale ones', () => {
    const { handlers } = createStateHandlers({} as ProviderControl);
    expect([...providerStatesOf(pact)].sort()).toEqual(Object.keys(handlers).sort());
  });

  it('has no rule that matches keys by pattern (which would accept `Result` where the client reads `result`)', () => {
    const text = JSON.stringify(pact);
    // eachKeyLike / eachKeyMatches / eachValueMatches record these; key names must stay exact.
    expect(text).not.toMatch(/"match":\s*"(values|eachKey|eachValue)"/);
  });

  it('pins a success body per casing: camelCase keys only, or PascalCase keys only', () => {
    for (const interaction of pact.interactions) {
      const body = interaction.response.body?.content;
      if (interaction.response.status !== 200 || typeof body !== 'object' || body === null) continue;
      const keys = [
        ...Object.keys(body),
        ...(
          (body as Record<string, unknown[]>).result ??
          (body as Record<string, unknown[]>).Result ??
          []
        ).flatMap((t) => Object.keys(t as object)),
      ];
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
    // The consumer tests (turbo runs them first) rewrite pacts/ from scratch; any difference from git's copy
    // means a consumer change whose pact was not committed, or a pact edited by hand.
    const status = execFileSync('git', ['status', '--porcelain', '--', relative(REPO_ROOT, PACT_DIR)], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(status, 'pacts/ differs from the committed copy: run the consumer tests and commit pacts/').toBe(
      '',
    );
  });
});
