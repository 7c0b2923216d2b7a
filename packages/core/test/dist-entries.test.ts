/** The built package as consumers load it: bundled entries share one copy of each module. */
import { describe, expect, it } from 'vitest';

describe('built entries', () => {
  it('share the error classes across ".", "./signing" and "./node"', async () => {
    const main = await import('@fntasks/core');
    const signing = await import('@fntasks/core/signing');
    const node = await import('@fntasks/core/node');
    // createRequestSigner (./signing) validates its options with the main entry's InvalidArgumentError class.
    expect(() => signing.createRequestSigner({ credentials: 42 as never })).toThrow(main.FunctionTasksError);
    await expect(
      node.resolveDefaultCredentials({ env: {}, homeDir: '/nonexistent-fntasks-home' }),
    ).rejects.toBeInstanceOf(main.FunctionTasksError);
  });

  it('"./raw" and "./normalize" share the client and error classes of "." and "./node"', async () => {
    const main = await import('@fntasks/core');
    const node = await import('@fntasks/core/node');
    const raw = await import('@fntasks/core/raw');
    const normalize = await import('@fntasks/core/normalize');
    // A client from the main entry, and the Node client (which spreads it), both reach their pipeline through ./raw.
    const client = main.createFunctionTasksClient({ endpoint: 'http://127.0.0.1:9' });
    await expect(raw.fetchRaw(client, 'GetFunctionTask', { generation: 1 } as never)).rejects.toBeInstanceOf(
      main.InvalidArgumentError,
    );
    const nodeClient = await node.createNodeFunctionTasksClient({
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'id', accessKeySecret: 'secret' },
    });
    await expect(raw.fetchRaw(nodeClient, 'GetFunctionTask', { generation: 1 } as never)).rejects.toThrow(
      /Invalid appGroupIdentity/,
    );
    await expect(raw.fetchRaw({} as never, 'GetFunctionTask', {} as never)).rejects.toBeInstanceOf(
      main.InvalidArgumentError,
    );
    expect(() => normalize.normalizeTask({ body: '{' })).toThrow(main.MalformedResponseError);
    expect(normalize.MAX_EXTEND_INFO_DEPTH).toBe(64);
  });

  it('keeps the main entry and every chunk it loads statically free of Node built-ins', async () => {
    const { readFile } = await import('node:fs/promises');
    const seen = new Set<string>();
    const visit = async (url: URL): Promise<void> => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const code = await readFile(url, 'utf8');
      expect(code, url.pathname).not.toMatch(/(from|import)\s*["']node:/);
      for (const [, spec] of code.matchAll(/from\s*["'](\.{1,2}\/[^"']+)["']/g))
        await visit(new URL(spec as string, url));
    };
    await visit(new URL('../dist/index.js', import.meta.url));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('bundle into a consumer without a warning (no import that only a side effect would justify)', async () => {
    const { build } = await import('esbuild');
    for (const platform of ['node', 'browser'] as const) {
      const entries = platform === 'node' ? ['@fntasks/core', '@fntasks/core/node'] : ['@fntasks/core'];
      const result = await build({
        stdin: {
          contents: entries.map((entry, i) => `export * as e${i} from '${entry}';`).join('\n'),
          resolveDir: new URL('..', import.meta.url).pathname,
        },
        bundle: true,
        write: false,
        platform,
        format: 'esm',
        external: ['undici'],
        logLevel: 'silent',
      });
      expect(
        result.warnings.map((w) => w.text),
        platform,
      ).toEqual([]);
    }
  });
});

describe('the browser build', () => {
  it('neither contains nor names a Node built-in or undici (module graph and text)', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents: `export * from '@fntasks/core';`,
        resolveDir: new URL('..', import.meta.url).pathname,
      },
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'esm',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => /undici|engine\/(node|http|proxy)|crypto\/node/.test(path))).toEqual([]);
    expect(inputs.some((path) => path.includes('engine/web'))).toBe(true);
    const text = result.outputFiles.map((file) => file.text).join('\n');
    expect(text).not.toMatch(/undici/);
    expect(text).not.toMatch(/["'`]node:[a-z_]+/);
    expect(text).not.toMatch(/getBuiltinModule/);
  });
});
