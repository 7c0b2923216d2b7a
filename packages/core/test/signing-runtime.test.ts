/**
 * Runtime split: no Node import reaches the browser graph (core's, through `@fntasks/protocol`'s `#crypto`), and
 * HMAC-SHA1 refuses browsers. (Web Crypto equals node:crypto: `@fntasks/protocol`'s tests.)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFunctionTasksClient, InvalidArgumentError } from '../src/index.js';
import { isBrowserLike } from '../src/signing/environment.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The workspace's protocol package, whose `#crypto` map a browser bundle of core follows.
const protocol = resolve(root, '../protocol');

describe('the browser graph', () => {
  it('#engine maps node → node:http and everything else → fetch; types first', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.imports['#engine'])).toEqual(['types', 'node', 'default']);
    expect(pkg.imports['#engine'].default).toBe('./dist/engine/web.js');
    expect(Object.keys(pkg.exports['./signing'])[0]).toBe('types');
    expect(Object.keys(pkg.exports['./node'])[0]).toBe('types');
  });

  it('no static node: import is reachable from the main entry or ./signing when #crypto is the web one', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      // Static imports, and dynamic ones (the engine is imported on the first request).
      for (const match of text.matchAll(
        /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/gms,
      )) {
        const spec = match[1] ?? match[2] ?? '';
        if (/^import\s+type\s/.test(match[0].trim()) || /^export\s+type\s/.test(match[0].trim())) continue;
        if (spec === '@fntasks/protocol') visit(join(protocol, 'src/index.ts'));
        else if (spec === '#crypto') visit(join(protocol, 'src/signing/crypto/web.ts'));
        else if (spec === '#engine') visit(join(root, 'src/engine/web.ts'));
        else if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else if (spec.startsWith('node:')) offenders.push(`${file}: ${spec}`);
      }
    };
    visit(join(root, 'src/index.ts'));
    visit(join(root, 'src/signing/index.ts'));
    expect(seen.has(join(protocol, 'src/signing/crypto/web.ts'))).toBe(true);
    expect(seen.has(join(protocol, 'src/signing/crypto/node.ts'))).toBe(false);
    expect(seen.has(join(root, 'src/engine/web.ts'))).toBe(true);
    expect(seen.has(join(root, 'src/engine/http.ts'))).toBe(false);
    expect(offenders).toEqual([]);
  });
});

describe('HMAC-SHA1 in a browser-like runtime', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.window;
    delete g.document;
  });

  it('isBrowserLike tells pages and workers from Node', () => {
    expect(isBrowserLike()).toBe(false);
    expect(isBrowserLike({ window: {}, document: {} })).toBe(true);
    expect(isBrowserLike({ importScripts: () => undefined, WorkerGlobalScope: class {} })).toBe(true);
    expect(isBrowserLike({ window: {} })).toBe(false);
  });

  it('fails at client creation with a clear error; ACS3 is still allowed', () => {
    g.window = {};
    g.document = {};
    const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };
    let thrown: unknown;
    try {
      createFunctionTasksClient({
        endpoint: 'https://example.test',
        credentials,
        signatureAlgorithm: 'HMAC-SHA1',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as Error).message).toMatch(/Date header, which browsers do not let scripts set/);
    expect((thrown as Error).message).toContain('ACS3-HMAC-SHA256');
    expect(() => createFunctionTasksClient({ endpoint: 'https://example.test', credentials })).not.toThrow();
  });
});

describe('option checks', () => {
  const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };
  it.each([
    [{ credentials, signatureAlgorithm: 'HMAC-SHA256' }, 'signatureAlgorithm'],
    [{ signatureAlgorithm: 'HMAC-SHA1' }, 'signatureAlgorithm'],
    [{ credentials, clock: 5 }, 'clock'],
    [{ credentials, nonce: 'fixed' }, 'nonce'],
    [{ credentials: 'id:secret' }, 'credentials'],
  ])('%j is rejected naming %s', (options, argument) => {
    let thrown: unknown;
    try {
      createFunctionTasksClient({ endpoint: 'https://example.test', ...(options as object) });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidArgumentError);
    expect((thrown as InvalidArgumentError).argument).toBe(argument);
  });
});
