/**
 * The root scripts a contributor runs by hand: `pnpm run docs` says where its output went and lands on core's
 * README; `pnpm dev` says that it stopped on Ctrl-C. Each runs as the root script runs it (after its builds).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { referenceReadme } from '../scripts/lib/reference-docs.mjs';

const root = resolve(import.meta.dirname, '../../..');

describe('pnpm run docs', () => {
  it('prints where the reference went, and its TypeDoc landing page is core README with working links', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['packages/release-checks/scripts/docs.mjs'],
      { cwd: root, env: { ...process.env, REDOCLY_TELEMETRY: 'off' } },
    );
    expect(stderr).toBe('');
    const out = 'packages/release-checks/dist/reference';
    expect(stdout).toContain(`Reference docs written to ${out}/:`);
    for (const page of ['index.html', 'core/index.html', 'api/index.html']) {
      expect(stdout).toContain(`  ${out}/${page}  (`);
      expect(readFileSync(join(root, out, page), 'utf8')).toMatch(/^<!doctype html>/i);
    }
    const landing = readFileSync(join(root, out, 'core/index.html'), 'utf8');
    // core's README, not a bare list of modules
    expect(landing).toContain('How a call flows');
    expect(landing).toContain('A typed client for the function-task operations');
    // the spec link leads to the rendered spec beside core/; no link leads out of the reference folder
    expect(landing).toContain('<a href="../api/index.html"><code>openapi/</code></a>');
    expect(landing).not.toMatch(/href="\.\.\/\.\.\/openapi|href="\.\.\/protocol"/);
  });

  it('rewrites repository links for the reference: the spec to its page, others to their text', () => {
    const copy = readFileSync(referenceReadme(join(root, 'packages/core/README.md')), 'utf8');
    expect(copy).toContain('<a href="../api/index.html"><code>openapi/</code></a>');
    expect(copy).toContain('live in `@fntasks/protocol`, a dependency');
    expect(copy).not.toMatch(/\]\(\.\.?\//);
  });
});

/** A free loopback port for Vite's dev server (its own default, 5173, may be in use). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(address)));
    });
  });
}

describe('pnpm dev', () => {
  it('says on Ctrl-C that everything stopped, and exits 0', async () => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/dev.mjs'], {
      cwd: root,
      env: { ...process.env, FNTASKS_DEV_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('Ctrl-C stops all three.')) child.kill('SIGINT');
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise((done) => child.on('close', done));
    clearTimeout(killer);
    expect(stderr).toBe('');
    expect(stdout).toContain('Ctrl-C stops all three.');
    expect(stdout).toMatch(
      /\n {2}Stopped: the emulator, the dashboard server and the dev server are down\.\n$/,
    );
    expect(code).toBe(0);
  });
});
