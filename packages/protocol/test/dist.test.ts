/** The built package as consumers load it: one module in Node, and a browser bundle that never names Node. */
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;

describe('the built entry', () => {
  it('is one module whose only import is the #crypto map, and signs under Node synchronously', async () => {
    const code = await readFile(new URL('../dist/index.js', import.meta.url), 'utf8');
    const imported = new Set([...code.matchAll(/^import .* from\s*["']([^"']+)["']/gm)].map((m) => m[1]));
    expect([...imported]).toEqual(['#crypto']);
    const protocol = await import('@fntasks/protocol');
    expect(typeof protocol.sha256Hex('')).toBe('string');
    expect(protocol.sha256Hex('')).toBe(protocol.EMPTY_BODY_SHA256);
  });

  it('bundles for a browser with Web Crypto: no Node built-in in the module graph or the text', async () => {
    const result = await build({
      stdin: { contents: `export * from '@fntasks/protocol';`, resolveDir: root },
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    expect(result.warnings).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.endsWith('crypto/web.js'))).toBe(true);
    expect(inputs.filter((path) => path.endsWith('crypto/node.js'))).toEqual([]);
    const text = result.outputFiles.map((file) => file.text).join('\n');
    expect(text).not.toMatch(/["'`]node:[a-z_]+/);
    expect(text).not.toMatch(/getBuiltinModule/);
  });
});
