/**
 * The built binary: configuration, authentication, API and network failures, each with its one-line
 * message, hint and exit code; `--debug` output with secrets kept out.
 */
import { createServer } from 'node:net';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARGS, runCli, startFixtureEmulator } from './helpers.js';

let emulator: EmulatorHandle;
let conn: string[];

beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
});
afterEach(() => {
  emulator.setAuth({ mode: 'off' });
  emulator.clearFaults();
});
afterAll(async () => {
  await emulator?.close();
});

const KEY = { accessKeyId: 'LTAI5tCliE2eKey', accessKeySecret: 'the-right-secret-3f9a' };
const envKeys = (id: string, secret: string) => ({
  ALIBABA_CLOUD_ACCESS_KEY_ID: id,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: secret,
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('configuration (exit 3): never a silent fallback', () => {
  it('no endpoint, region or emulator: says how to configure one', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS]);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^error: No endpoint configured: nothing says which OpenSearch region or endpoint to ask\.\nhint: Pass --region <id>/,
    );
    expect(result.stderr).toContain('ALIBABA_CLOUD_REGION_ID');
    expect(result.stderr).toContain('--emulator [url]');
  });

  it('wait with nothing configured fails too (a CI gate can never pass on demo data)', async () => {
    const result = await runCli(['wait', ...FIXTURE_ARGS, '1']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('No endpoint configured');
  });

  it('a region but no credentials', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, '--region', 'cn-hangzhou']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: .*credentials/i);
    expect(result.stderr).toMatch(/hint: .*ALIBABA_CLOUD_ACCESS_KEY_ID/);
  });

  it('an unknown --profile', async () => {
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--profile', 'nope']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: .*nope/);
  });
});

describe('usage (exit 2) from the binary', () => {
  it.each([
    [
      ['list', ...FIXTURE_ARGS, '--status', 'done'],
      'Unknown status "done". Allowed: success, failed, running.',
    ],
    [
      ['list', ...FIXTURE_ARGS, '--since', 'last tuesday'],
      "option '--since <time>' argument 'last tuesday' is invalid. --since takes",
    ],
    [
      ['wait', ...FIXTURE_ARGS, '1', '--timeout', '2 hours'],
      "argument '2 hours' is invalid. Use a number with a unit",
    ],
    [
      ['list', ...FIXTURE_ARGS, '-o', 'xml'],
      'Unknown output format "xml". Allowed: table, json, ndjson, csv, yaml.',
    ],
    [['get', 'a', 'f'], "missing required argument 'instance'"],
    [['list', ...FIXTURE_ARGS, '--endpoint', 'not a url'], 'Invalid endpoint: "not a url"'],
    [
      ['list', ...FIXTURE_ARGS, '--emulator', '--region', 'cn-hangzhou'],
      '--emulator cannot be combined with --endpoint or --region.',
    ],
    [
      ['list', ...FIXTURE_ARGS, '--emulator=my-app'],
      '--emulator "my-app" is not a URL: it needs a URL with its scheme: --emulator http://my-app.',
    ],
    [
      ['list', ...FIXTURE_ARGS, '--emulator', 'localhost:40539'],
      '--emulator "localhost:40539" is not a URL: it needs a URL with its scheme: --emulator http://localhost:40539.',
    ],
  ])('%j', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(/Usage: fntasks (list|get|wait) \[options\]/);
    expect(result.stdout).toBe('');
  });
});

describe('authentication in the emulator verify mode (exit 3)', () => {
  it('the right keys pass', async () => {
    emulator.setAuth({ mode: 'verify', keys: [KEY] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '-o', 'json'], {
      env: envKeys(KEY.accessKeyId, KEY.accessKeySecret),
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(5);
  });

  it('a wrong secret: SignatureDoesNotMatch with requestId and a hint about secret and clock', async () => {
    emulator.setAuth({ mode: 'verify', keys: [KEY] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn], {
      env: envKeys(KEY.accessKeyId, 'a-wrong-secret'),
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^error: API error SignatureDoesNotMatch: .* \(HTTP 400, requestId [\w-]+\)\n/,
    );
    expect(result.stderr).toContain(
      'hint: Check the AccessKey secret, and that this machine’s clock is right',
    );
    expect(result.stderr).not.toContain('a-wrong-secret');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack without --debug
  });

  it('an unknown key id: InvalidAccessKeyId.NotFound', async () => {
    emulator.setAuth({ mode: 'verify', keys: [KEY] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn], {
      env: envKeys('LTAI5tSomeoneElse', 'x'),
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: API error InvalidAccessKeyId\.NotFound: .*requestId/);
    expect(result.stderr).toContain('hint: Check the AccessKey id');
  });

  it('no credentials at all against a verifying emulator', async () => {
    emulator.setAuth({ mode: 'verify', keys: [KEY] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: API error /);
  });
});

describe('API and network failures (exit 4)', () => {
  it('App.NotFound names the app group, with a hint', async () => {
    const result = await runCli(['list', 'no-such-app', 'ctr', 'x', ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /^error: API error App\.NotFound: App not found: no-such-app \(HTTP 404, requestId [\w-]+\)\n/,
    );
    expect(result.stderr).toContain('hint: Check the app group name (the first argument) and the region.');
  });

  it('Instance.NotExist', async () => {
    const result = await runCli(['list', 'cli-e2e', 'ctr', 'no-such-instance', ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/error: API error Instance\.NotExist/);
    expect(result.stderr).toContain('hint: Check the instance name');
  });

  it('an unreachable endpoint', async () => {
    const port = await closedPort();
    const result = await runCli(['list', ...FIXTURE_ARGS, '--emulator', `http://127.0.0.1:${port}`]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      new RegExp(`^error: Cannot reach http://127\\.0\\.0\\.1:${port}: ECONNREFUSED`),
    );
    expect(result.stderr).toContain('hint: Is the emulator running? Start one with `pnpm start`');
  });

  it('InternalError that outlasts the retries', async () => {
    emulator.setFaults({ next: [{ kind: 'internal-error', count: 50 }] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: API error InternalError: .* after \d+ attempts\n/);
    expect(result.stderr).toContain('hint: The service failed even after retries');
  });

  it('a gateway HTML page instead of JSON', async () => {
    emulator.setFaults({ next: [{ kind: 'html-502', count: 50 }] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: Malformed response \(HTTP 502\)/);
    expect(result.stderr).toContain('did not answer like OpenSearch');
  });

  it('a transient fault is retried by core and the command succeeds', async () => {
    emulator.setFaults({ next: [{ kind: 'throttle', count: 1 }] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '-o', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(5);
  });
});

describe('proxies', () => {
  it('with a proxy variable set, core’s own engine (bundled undici) carries the request; NO_PROXY is honoured', async () => {
    const port = await closedPort();
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '-o', 'json'], {
      env: { HTTP_PROXY: `http://127.0.0.1:${port}`, NO_PROXY: '127.0.0.1' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(5);
  });

  it('and a proxy that is down is a network error', async () => {
    const port = await closedPort();
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn], {
      env: { HTTP_PROXY: `http://127.0.0.1:${port}` },
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: Cannot reach /);
  });
});

describe('--debug', () => {
  it('prints each request with requestId and latency, and never the secret', async () => {
    emulator.setAuth({ mode: 'verify', keys: [KEY] });
    emulator.setFaults({ next: [{ kind: 'internal-error', count: 1 }] });
    const result = await runCli(['list', ...FIXTURE_ARGS, ...conn, '--debug', '-o', 'json'], {
      env: envKeys(KEY.accessKeyId, KEY.accessKeySecret),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /\[debug [\d:.]+\] endpoint http:\/\/127\.0\.0\.1:\d+ \(from --emulator\); credentials: LTAI\*\*\*\* from /,
    );
    expect(result.stderr).toMatch(
      /→ GET http:\/\/127\.0\.0\.1:\d+\/v4\/openapi\/app-groups\/cli-e2e\/functions\/ctr\/instances\/fixture\/tasks\?.*pageSize=20/,
    );
    expect(result.stderr).toMatch(/↻ attempt 1 failed \(InternalError: .*\); retrying in \d+ms/);
    expect(result.stderr).toMatch(/← HTTP 200 requestId=[\w-]+ latency=\d+ms/);
    expect(result.stderr).not.toContain(KEY.accessKeySecret);
    expect(result.stderr).not.toContain(KEY.accessKeyId);
  });

  it('shows the stack of a failure only with --debug', async () => {
    const port = await closedPort();
    const plain = await runCli(['list', ...FIXTURE_ARGS, '--emulator', `http://127.0.0.1:${port}`]);
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli([
      'list',
      ...FIXTURE_ARGS,
      '--emulator',
      `http://127.0.0.1:${port}`,
      '--debug',
    ]);
    expect(debug.code).toBe(4);
    expect(debug.stderr).toMatch(/NetworkError: .*\n\s+at /);
  });
});
