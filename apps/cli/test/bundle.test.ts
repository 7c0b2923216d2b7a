/** The bundle's shape: start-up (`--help`, `--version`, usage errors) loads commander and the parsers only. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

interface Output {
  imports: Array<{ path: string; kind: string; external?: boolean }>;
  inputs: Record<string, unknown>;
}
interface Metafile {
  outputs: Record<string, Output>;
}

const metafiles = JSON.parse(readFileSync(new URL('../dist/metafile.json', import.meta.url), 'utf8')) as {
  entry: Metafile;
  commands: Metafile;
};
const packageOf = (path: string) => path.replace(/^.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*$/, '$1');

describe('bundle', () => {
  const entry = metafiles.entry.outputs['dist/cli.cjs'] as Output;

  it('the start-up bundle (CommonJS) holds commander and the CLI declarations only', () => {
    const inputs = Object.keys(entry.inputs);
    expect(inputs.filter((p) => !p.includes('node_modules/')).sort()).toEqual([
      'src/args.ts',
      'src/cli.ts',
      'src/errors.ts',
    ]);
    expect([...new Set(inputs.filter((p) => p.includes('node_modules/')).map(packageOf))]).toEqual([
      'commander',
    ]);
  });

  it('it requires only Node built-ins and imports each command’s ES module bundle on use', () => {
    const required = entry.imports.filter((i) => i.kind !== 'dynamic-import');
    expect(required.every((i) => i.external && i.path.startsWith('node:'))).toBe(true);
    expect(entry.imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path)).toEqual(
      ['list', 'get', 'watch', 'wait', 'completion'].map((name) => `./esm/commands/${name}.js`),
    );
    for (const name of ['list', 'get', 'watch', 'wait', 'completion']) {
      expect(metafiles.commands.outputs[`dist/esm/commands/${name}.js`]).toBeDefined();
    }
  });

  it('core is only in the command bundles, and undici (core’s proxy engine) is a lazy chunk', () => {
    const withCore = Object.entries(metafiles.commands.outputs).filter(([, o]) =>
      Object.keys(o.inputs).some((p) => p.includes('packages/core/')),
    );
    expect(withCore.length).toBeGreaterThan(0);
    const undici = Object.entries(metafiles.commands.outputs).filter(([, o]) =>
      Object.keys(o.inputs).some((p) => packageOf(p) === 'undici'),
    );
    expect(undici).toHaveLength(1);
    const lazyOnly = Object.values(metafiles.commands.outputs).every((o) =>
      o.imports.every((i) => i.kind === 'dynamic-import' || i.path !== undici[0]?.[0]),
    );
    expect(lazyOnly).toBe(true);
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
