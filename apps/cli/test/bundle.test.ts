/** The bundle's shape: `fntasks --help` must load only commander and the option parsers, never core. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

interface Metafile {
  outputs: Record<
    string,
    { imports: Array<{ path: string; kind: string; external?: boolean }>; inputs: Record<string, unknown> }
  >;
}

const metafile = JSON.parse(
  readFileSync(new URL('../dist/metafile.json', import.meta.url), 'utf8'),
) as Metafile;

/** Every output file loaded by static imports from `start`, itself included. */
function staticClosure(start: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of metafile.outputs[name]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(start);
  return [...seen];
}

describe('bundle', () => {
  const startup = staticClosure('dist/cli.js');
  const inputs = startup.flatMap((name) => Object.keys(metafile.outputs[name]?.inputs ?? {}));

  it('what loads at start-up is commander and the CLI declarations only', () => {
    expect(inputs.filter((p) => !p.includes('node_modules/')).sort()).toEqual([
      'src/args.ts',
      'src/cli.ts',
      'src/errors.ts',
    ]);
    const packages = new Set(
      inputs
        .filter((p) => p.includes('node_modules/'))
        .map((p) => p.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1')),
    );
    expect([...packages]).toEqual(['commander']);
    expect(inputs.some((p) => p.includes('packages/core/'))).toBe(false);
  });

  it('each command, core and the formatters are dynamic imports', () => {
    const dynamic =
      metafile.outputs['dist/cli.js']?.imports
        .filter((i) => i.kind === 'dynamic-import')
        .map((i) => i.path) ?? [];
    for (const command of ['list', 'get', 'watch', 'wait', 'completion']) {
      expect(dynamic.some((p) => p.includes(`/${command}-`))).toBe(true);
    }
    const externals = startup.flatMap(
      (name) => metafile.outputs[name]?.imports.filter((i) => i.external).map((i) => i.path) ?? [],
    );
    expect(externals.every((p) => p.startsWith('node:'))).toBe(true);
  });

  it('the built binary prints completion scripts', async () => {
    const bash = await runCli(['completion', 'bash']);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain('complete -F _fntasks fntasks');
    const zsh = await runCli(['completion', 'zsh']);
    expect(zsh.code).toBe(0);
    expect(zsh.stdout.startsWith('#compdef fntasks')).toBe(true);
  });
});
