/**
 * The verifier stays light: `@fntasks/contract` users install the emulator and the spec, not the client (core,
 * openapi-fetch). The emulator depends on `@fntasks/protocol` only, in its manifest and in its sources.
 */
import { describe, expect, it } from 'vitest';
import { packageImports } from '../scripts/lib/import-cycles.mjs';
import { listWorkspacePackages } from '../scripts/lib/workspace.mjs';

const packages = new Map(listWorkspacePackages().map((pkg) => [pkg.name, pkg]));

/** Every package a consumer installs with `name`: its runtime dependencies, through the workspace's manifests. */
function installClosure(name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dep of Object.keys(packages.get(name)?.manifest.dependencies ?? {})) installClosure(dep, seen);
  return seen;
}

describe('layers', () => {
  it('installing @fntasks/contract brings neither @fntasks/core nor openapi-fetch', () => {
    const closure = installClosure('@fntasks/contract');
    expect(closure.has('@fntasks/emulator')).toBe(true);
    expect([...closure].filter((name) => name === '@fntasks/core' || name === 'openapi-fetch')).toEqual([]);
  });

  it('the emulator sources import no @fntasks package but protocol', () => {
    const emulator = packages.get('@fntasks/emulator');
    expect(emulator).toBeDefined();
    const imported = [...packageImports(emulator?.dir ?? '')].filter((name) => name.startsWith('@fntasks/'));
    expect(imported).toEqual(['@fntasks/protocol']);
  });
});
