/**
 * Issue 12 against the built binary and a hostile server on loopback: wire text never reaches a terminal raw
 * (class 2, on a real pseudo-terminal via `script` and piped), deep extendInfo never crashes a printer (class 4),
 * an echoed STS token never reaches the output (class 5), and endless paging ends in exit 4 (class 7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPty, runCli } from './helpers.js';
import { ATTACKS, containsAttack, HOSTILE_RUN_ID, startHostileServer } from './hostile-server.js';

let server: Awaited<ReturnType<typeof startHostileServer>>;
let conn: string[];
beforeAll(async () => {
  server = await startHostileServer();
  conn = ['--emulator', server.url];
});
afterAll(async () => {
  await server?.close();
});

describe('class 2: wire text is inert on a terminal', () => {
  it('list: the table shows escapes as text, with colours still on', async () => {
    const { code, output } = await onPty(['list', 'app', 'ctr', 'evil', ...conn]);
    expect(code).toBe(0);
    expect(containsAttack(output)).toBe(false);
    expect(output).toContain('run\\x1b]0;pwned\\x07\\x1b[2J');
    expect(output).toContain('\u001b[32m'); // our own colour: still a terminal
  });

  it('get: the detail view, extendInfo keys and values, errors and raw extendInfo', async () => {
    const parsed = await onPty(['get', 'app', 'ctr', 'evil', '5', ...conn]);
    expect(parsed.code).toBe(0);
    expect(containsAttack(parsed.output)).toBe(false);
    // Parsed extendInfo is pretty-printed JSON: its strings show escapes as JSON does.
    expect(parsed.output).toContain('"\\u001b]52;c;ZXZpbA==\\u0007x"');
    expect(parsed.output).toContain('boom\\x1b[2J');
    const raw = await onPty(['get', 'app', 'ctr', 'evil', '4', ...conn]);
    expect(raw.code).toBe(0);
    expect(containsAttack(raw.output)).toBe(false);
    expect(raw.output).toContain('not json \\x1b]0;pwned\\x07');
  });

  it('watch: the live view of one task', async () => {
    const { code, output } = await onPty([
      'watch',
      'app',
      'ctr',
      'evil',
      HOSTILE_RUN_ID,
      ...conn,
      '--interval',
      '100ms',
    ]);
    expect(code).toBe(0);
    expect(containsAttack(output)).toBe(false);
    expect(output).toContain('run\\x1b]0;pwned');
  });

  it('an API error message', async () => {
    const { code, output } = await onPty(['list', 'app', 'ctr', 'error', ...conn]);
    expect(code).toBe(4);
    expect(containsAttack(output)).toBe(false);
    expect(output).toContain('bad value \\x1b]8;;http://evil.example');
  });

  it('piped -o table and the human watch lines too', async () => {
    const table = await runCli(['list', 'app', 'ctr', 'evil', ...conn, '-o', 'table']);
    expect(table.code).toBe(0);
    expect(containsAttack(table.stdout)).toBe(false);
    expect(table.stdout).toContain('\\x1b]0;pwned');
  });

  it('json stays exact JSON: the same strings, with no raw control character on the terminal', async () => {
    const result = await runCli(['list', 'app', 'ctr', 'evil', ...conn, '-o', 'json']);
    expect(result.code).toBe(0);
    expect(containsAttack(result.stdout)).toBe(false);
    const tasks = JSON.parse(result.stdout);
    expect(tasks[0].runId).toBe(HOSTILE_RUN_ID);
    expect(tasks[0].status).toBe(`success${ATTACKS.c1}`);
  });
});

describe('class 4: deep extendInfo never crashes a printer', () => {
  it.each(['json', 'ndjson', 'yaml', 'csv', 'table'])('list -o %s prints the whole page', async (format) => {
    const result = await runCli(['list', 'app', 'ctr', 'evil', ...conn, '-o', format]);
    expect(result.stderr).not.toMatch(/Maximum call stack|RangeError/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('trigger__3');
    expect(result.stdout).toContain('trigger__2');
  });

  it('get shows the 100,000-level raw string and the 6,000-level object as sent', async () => {
    for (const generation of ['3', '2']) {
      const detail = await runCli(['get', 'app', 'ctr', 'evil', generation, ...conn, '-o', 'table']);
      expect(detail.stderr).toBe('');
      expect(detail.code).toBe(0);
      expect(detail.stdout).toMatch(
        /nested too deep to show parsed, shown as sent|not valid JSON, shown as sent/,
      );
      const json = await runCli(['get', 'app', 'ctr', 'evil', generation, ...conn, '-o', 'json']);
      expect(json.code).toBe(0);
      const task = JSON.parse(json.stdout);
      expect(task.extendInfo).toBeNull();
      expect(task.extendInfoRaw.length).toBeGreaterThan(12_000);
    }
  });
});

describe('class 5: an echoed STS token never reaches the output', () => {
  it('SignatureDoesNotMatch echoing the string to sign is redacted', async () => {
    const token = 'CAISsecretSTStokenValue0123456789abcdef';
    const result = await runCli(['list', 'app', 'ctr', 'echo-token', ...conn, '--debug'], {
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tHostileTestKey',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'hostile-test-secret-value',
        ALIBABA_CLOUD_SECURITY_TOKEN: token,
      },
    });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('SignatureDoesNotMatch');
    expect(result.stderr).not.toContain(token);
    expect(result.stderr).not.toContain('LTAI5tHostileTestKey');
    expect(result.stderr).not.toContain('hostile-test-secret-value');
  });
});

describe('class 3: a redirect is never followed', () => {
  it('exit 4, naming the status and the origin it pointed at', async () => {
    const result = await runCli(['list', 'app', 'ctr', 'redirect', ...conn]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /^error: The server answered with a redirect \(HTTP 302 to http:\/\/evil\.example\)/,
    );
    expect(result.stderr).not.toContain('/steal');
  });
});

describe('class 7: paging that makes no progress', () => {
  it('list --all stops with the stalled-pagination error and exit 4', async () => {
    const before = server.requests();
    const result = await runCli(['list', 'app', 'ctr', 'endless', ...conn, '--all', '-o', 'ndjson']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/^error: Paging stopped after \d+ requests/m);
    expect(result.stderr).toMatch(/hint: The endpoint does not page as OpenSearch does/);
    expect(server.requests() - before).toBeLessThan(20);
  });
});
