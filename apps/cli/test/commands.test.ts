/** Each command as a plain function (no argv): output per format and TTY-ness, errors, connection rules. */
import { createFunctionTasksClient, type FunctionTasksClient } from '@fntasks/core';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get } from '../src/commands/get.js';
import { list } from '../src/commands/list.js';
import { wait } from '../src/commands/wait.js';
import { watch } from '../src/commands/watch.js';
import { connect } from '../src/connection.js';
import { CliError, ExitCode, UsageError } from '../src/errors.js';
import { bufferIo, FIXTURE, startFixtureEmulator, stripAnsi } from './helpers.js';

let emulator: EmulatorHandle;
let client: FunctionTasksClient;
const args = {
  appGroup: FIXTURE.appGroupIdentity,
  functionName: FIXTURE.functionName,
  instance: FIXTURE.instanceName,
};

beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  client = createFunctionTasksClient({ endpoint: emulator.url });
});
afterAll(async () => {
  await emulator?.close();
});

describe('list', () => {
  it('prints a table with a footer on a TTY, ndjson when piped', async () => {
    const tty = bufferIo({ tty: true, env: { NO_COLOR: '1' } });
    await list({ ...args, pageSize: 20, utc: true }, tty.io, { client });
    expect(tty.stdout.text).toMatch(/RUN ID/);
    expect(tty.stdout.text).toContain('Page 1 of 1 · 5 tasks\n');
    const piped = bufferIo();
    await list({ ...args, pageSize: 2 }, piped.io, { client });
    expect(
      piped.stdout.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).generation),
    ).toEqual(['5', '4']);
  });

  it('colours on a TTY unless NO_COLOR or --no-color', async () => {
    const coloured = bufferIo({ tty: true });
    await list({ ...args, pageSize: 20 }, coloured.io, { client });
    expect(coloured.stdout.text).toContain('\u001b[32msuccess');
    const off = bufferIo({ tty: true });
    await list({ ...args, pageSize: 20, color: false }, off.io, { client });
    expect(off.stdout.text).toBe(stripAnsi(off.stdout.text));
  });

  it('says how to get the next page, and when a page is empty', async () => {
    const first = bufferIo({ tty: true, env: { NO_COLOR: '1' } });
    await list({ ...args, pageSize: 2 }, first.io, { client });
    expect(first.stdout.text).toContain('Page 1 of 3 · 5 tasks · next: --page 2, or --all\n');
    const beyond = bufferIo({ tty: true, env: { NO_COLOR: '1' } });
    await list({ ...args, pageSize: 2, page: 9 }, beyond.io, { client });
    expect(beyond.stdout.text).toBe('No tasks on page 9 (5 in total).\n');
    const none = bufferIo({ tty: true, env: { NO_COLOR: '1' } });
    await list(
      { ...args, pageSize: 2, status: 'failed', since: { text: '1s', millis: Date.now() - 1000 } },
      none.io,
      { client },
    );
    expect(none.stdout.text).toBe('No tasks match.\n');
  });

  it('rejects option combinations that make no sense', async () => {
    const { io } = bufferIo();
    await expect(list({ ...args, pageSize: 20, page: 2, all: true }, io, { client })).rejects.toThrow(
      UsageError,
    );
    await expect(
      list({ ...args, pageSize: 20, output: 'json', columns: ['status'] }, io, { client }),
    ).rejects.toThrow('--columns applies to the table and csv formats, not json.');
  });
});

describe('get, wait, watch', () => {
  it('get prints the detailed view on a TTY and json when piped', async () => {
    const tty = bufferIo({ tty: true, env: { NO_COLOR: '1' } });
    await get({ ...args, task: { generation: '1' } }, tty.io, { client });
    expect(tty.stdout.text).toContain('Generation  1\n');
    expect(tty.stdout.text).toContain('"recall": 91.5');
    const piped = bufferIo();
    await get({ ...args, task: { runId: 'trigger__fixture-1' } }, piped.io, { client });
    expect(JSON.parse(piped.stdout.text)).toMatchObject({ generation: '1', status: 'success' });
  });

  it('get of an unknown task throws NotFound (exit 7)', async () => {
    const { io } = bufferIo();
    const error = await get({ ...args, task: { runId: 'nope' } }, io, { client }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(ExitCode.NotFound);
    expect((error as CliError).message).toBe('No task with run id "nope" in cli-e2e/ctr/fixture.');
  });

  it('wait resolves for a finished success and throws TaskFailed (5) for a failure', async () => {
    const ok = bufferIo();
    await wait({ ...args, task: { generation: '3' }, intervalMs: 50 }, ok.io, { client });
    expect(ok.stdout.text).toMatch(
      /^✔ =HYPERLINK\("http:\/\/evil\.example"\) \(generation 3\) succeeded after 30m 00s · recall=88\n$/,
    );
    const failed = bufferIo();
    const error = await wait(
      { ...args, task: { generation: '2' }, intervalMs: 50, output: 'yaml' },
      failed.io,
      { client },
    ).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(ExitCode.TaskFailed);
    expect(failed.stdout.text).toContain('status: failed');
  });

  it('wait off a terminal says what it waits for and repeats the last state when nothing changes', async () => {
    const quiet = bufferIo({ now: undefined });
    const io = { ...quiet.io, now: Date.now };
    const error = await wait(
      { ...args, task: { generation: '4' }, intervalMs: 50, timeoutMs: 1200, heartbeatMs: 150, utc: true },
      io,
      {
        client,
      },
    ).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(ExitCode.WaitTimeout);
    const lines = quiet.stderr.text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[.*Z\] waiting for generation 4 of cli-e2e\/ctr\/fixture \(timeout 1s\)$/);
    // On a loaded machine the first answer may come after a heartbeat ("still waiting … to be listed").
    const first = lines.findIndex((line) =>
      /trigger__fixture-4 \(generation 4\): running 40%, running for 20m \d\ds$/.test(line),
    );
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first + 1).some((line) => /: still running 40%/.test(line))).toBe(true);
  });

  it('wait throws WaitTimeout (6) and watch stops on abort', async () => {
    const { io } = bufferIo();
    const error = await wait({ ...args, task: { generation: '4' }, intervalMs: 50, timeoutMs: 200 }, io, {
      client,
    }).catch((e: unknown) => e);
    expect((error as CliError).exitCode).toBe(ExitCode.WaitTimeout);

    const controller = new AbortController();
    const watched = bufferIo({ signal: controller.signal });
    const running = watch({ ...args, intervalMs: 50, pageSize: 20 }, watched.io, { client });
    // Stop once the first poll has printed (however slow the machine), then the watch must end by itself.
    const started = Date.now();
    while (!watched.stdout.text.includes('"generation":"4"') && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    controller.abort();
    await running;
    expect(
      watched.stdout.text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).generation),
    ).toEqual(['5', '4']);
  });
});

describe('connect: never a silent fallback', () => {
  it('fails with how to configure an endpoint when nothing is configured', async () => {
    const { io } = bufferIo({ env: { HOME: '/nonexistent-fntasks-home' } });
    const error = (await connect({}, io).catch((e: unknown) => e)) as CliError;
    expect(error.exitCode).toBe(ExitCode.Config);
    expect(error.message).toMatch(/No endpoint configured/);
    expect(error.hint).toMatch(
      /--region <id>.*--endpoint <url>.*ALIBABA_CLOUD_REGION_ID.*--emulator \[url\]/s,
    );
  });

  it('--emulator with no URL means the documented default port', async () => {
    const { io } = bufferIo({ env: {} });
    expect((await connect({ emulator: true }, io)).endpoint).toBe('http://127.0.0.1:8790');
  });

  it('takes the region from the environment when credentials are there', async () => {
    const { io } = bufferIo({
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAIabc',
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: 's',
        ALIBABA_CLOUD_REGION_ID: 'cn-shanghai',
      },
    });
    const connection = await connect({}, io);
    expect(connection.endpoint).toBe('https://opensearch.cn-shanghai.aliyuncs.com');
  });

  it('rejects contradictory and malformed connection options as usage errors', async () => {
    const { io } = bufferIo({ env: {} });
    await expect(connect({ emulator: true, endpoint: 'http://x' }, io)).rejects.toThrow(UsageError);
    await expect(connect({ endpoint: 'http://x', region: 'cn-hangzhou' }, io)).rejects.toThrow(UsageError);
    await expect(connect({ region: 'Not A Region' }, io)).rejects.toThrow(UsageError);
  });
});
