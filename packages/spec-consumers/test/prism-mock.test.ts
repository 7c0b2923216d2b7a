/**
 * Prism as a dynamic mock (`prism mock -d`): it answers every operation with data it makes up from the spec. core
 * and the CLI (a command for each operation, the writes with `--yes`) read every operation in both casings (the mock picks a casing per answer; each operation is called
 * until both came back): all succeed, as the spec leaves no room for an answer they cannot read.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { createFunctionTasksClient, type FunctionTasksClient } from '@fntasks/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASINGS, OPERATIONS, type Operation } from './fixture.js';
import { freePort, type Prism, startPrism } from './prism.js';

const KEY = { accessKeyId: 'LTAIconsumers', accessKeySecret: 'consumers-secret' };
const FUNCTION = { appGroupIdentity: 'consumers', functionName: 'ctr' };
const INSTANCE = { ...FUNCTION, instanceName: 'model_a' };
const RESOURCE = { ...FUNCTION, resourceName: 'fg_a' };
// Enough calls that a casing the mock never picks is a failure, not bad luck (each call is a coin toss).
const MAX_CALLS = 24;

/** One operation through core: its ResponseMeta (the casing core detected). */
const CALL: Record<Operation, (client: FunctionTasksClient) => Promise<{ casing: string }>> = {
  ListFunctionInstances: (c) =>
    c.listFunctionInstances({ appGroupIdentity: 'consumers', functionName: 'ctr' }),
  GetFunctionInstance: (c) => c.getFunctionInstance(INSTANCE),
  GetFunctionDefaultInstance: (c) =>
    c.getFunctionDefaultInstance({ appGroupIdentity: 'consumers', functionName: 'ctr' }),
  ListFunctionTasks: (c) => c.listFunctionTasks({ ...INSTANCE, pageSize: 10 }),
  GetFunctionTask: (c) => c.getFunctionTask({ ...INSTANCE, generation: 3 }),
  CreateFunctionTask: (c) => c.createFunctionTask(INSTANCE),
  DeleteFunctionTask: (c) => c.deleteFunctionTask({ ...INSTANCE, generation: 3 }),
  CreateFunctionInstance: (c) =>
    c.createFunctionInstance({
      ...INSTANCE,
      modelType: 'tf_checkpoint',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'fg_json', value: 'fg_a' }],
    }),
  UpdateFunctionInstance: (c) => c.updateFunctionInstance({ ...INSTANCE, description: 'updated' }),
  DeleteFunctionInstance: (c) => c.deleteFunctionInstance(INSTANCE),
  UpdateFunctionDefaultInstance: (c) => c.updateFunctionDefaultInstance(INSTANCE),
  GetFunctionCurrentVersion: (c) =>
    c.getFunctionCurrentVersion({ functionName: 'ctr', modelType: 'tf_checkpoint' }),
  GetFunctionVersion: (c) => c.getFunctionVersion({ functionName: 'ctr', versionId: '101' }),
  CreateFunctionResource: (c) =>
    c.createFunctionResource({ ...RESOURCE, resourceType: 'raw_file', data: { content: 'abc' } }),
  GetFunctionResource: (c) => c.getFunctionResource(RESOURCE),
  ListFunctionResources: (c) => c.listFunctionResources({ ...FUNCTION, resourceType: 'raw_file' }),
  UpdateFunctionResource: (c) => c.updateFunctionResource({ ...RESOURCE, description: 'updated' }),
  DeleteFunctionResource: (c) => c.deleteFunctionResource(RESOURCE),
};

const CLI = join(
  dirname(createRequire(import.meta.url).resolve('@fntasks/cli/package.json')),
  'bin',
  'fntasks.js',
);

/** The CLI commands and the operations each one calls (the writes with `--yes`: off a terminal they need it). */
const COMMANDS: { args: string[]; operations: Operation[] }[] = [
  { args: ['instances', 'consumers', 'ctr', '-o', 'json'], operations: ['ListFunctionInstances'] },
  {
    args: ['instance', 'consumers', 'ctr', 'model_a', '-o', 'json'],
    operations: ['GetFunctionInstance', 'GetFunctionDefaultInstance'],
  },
  { args: ['list', 'consumers', 'ctr', 'model_a', '-o', 'json'], operations: ['ListFunctionTasks'] },
  { args: ['get', 'consumers', 'ctr', 'model_a', '3', '-o', 'json'], operations: ['GetFunctionTask'] },
  { args: ['delete', 'consumers', 'ctr', 'model_a', '3', '--yes'], operations: ['DeleteFunctionTask'] },
  {
    args: [
      'instance',
      'create',
      'consumers',
      'ctr',
      'model_b',
      '--model-type',
      'tf_checkpoint',
      '--cron',
      '0 3 ? * 0,1,3,5',
      '--yes',
    ],
    operations: ['CreateFunctionInstance'],
  },
  {
    args: ['instance', 'update', 'consumers', 'ctr', 'model_b', '--description', 'updated', '--yes'],
    operations: ['UpdateFunctionInstance'],
  },
  {
    args: ['instance', 'delete', 'consumers', 'ctr', 'model_b', '--yes'],
    operations: ['DeleteFunctionInstance'],
  },
  {
    args: ['default', 'set', 'consumers', 'ctr', 'model_a', '--yes'],
    operations: ['UpdateFunctionDefaultInstance'],
  },
  {
    args: ['versions', 'current', 'ctr', '--model-type', 'tf_checkpoint', '-o', 'json'],
    operations: ['GetFunctionCurrentVersion'],
  },
  { args: ['versions', 'get', 'ctr', '101', '-o', 'json'], operations: ['GetFunctionVersion'] },
  { args: ['resources', 'list', 'consumers', 'ctr', '-o', 'json'], operations: ['ListFunctionResources'] },
  {
    args: ['resources', 'get', 'consumers', 'ctr', 'fg_a', '-o', 'json'],
    operations: ['GetFunctionResource'],
  },
  {
    args: [
      'resources',
      'create',
      'consumers',
      'ctr',
      'fg_a',
      '--type',
      'raw_file',
      '--content',
      'abc',
      '--yes',
    ],
    operations: ['CreateFunctionResource'],
  },
  {
    args: ['resources', 'update', 'consumers', 'ctr', 'fg_a', '--description', 'updated', '--yes'],
    operations: ['UpdateFunctionResource'],
  },
  {
    args: ['resources', 'delete', 'consumers', 'ctr', 'fg_a', '--yes'],
    operations: ['DeleteFunctionResource'],
  },
];

const SUBCOMMANDS = new Set(['show', 'create', 'update', 'delete', 'set', 'unset', 'current', 'get', 'list']);
/** A command's name for the test title: the command and its subcommand, if any. */
const commandName = (args: string[]) => args.slice(0, SUBCOMMANDS.has(args[1] ?? '') ? 2 : 1).join(' ');

// Which operation a request is: the first route whose method and path match (the longest paths first).
const ROUTES: [method: string, path: RegExp, operation: Operation][] = [
  ['GET', /\/current-version$/, 'GetFunctionCurrentVersion'],
  ['GET', /\/versions\/[^/]+$/, 'GetFunctionVersion'],
  ['GET', /\/resources\/[^/]+$/, 'GetFunctionResource'],
  ['PUT', /\/resources\/[^/]+$/, 'UpdateFunctionResource'],
  ['DELETE', /\/resources\/[^/]+$/, 'DeleteFunctionResource'],
  ['GET', /\/resources$/, 'ListFunctionResources'],
  ['POST', /\/resources$/, 'CreateFunctionResource'],
  ['GET', /\/default-instance$/, 'GetFunctionDefaultInstance'],
  ['PUT', /\/default-instance$/, 'UpdateFunctionDefaultInstance'],
  ['GET', /\/tasks\/[^/]+$/, 'GetFunctionTask'],
  ['DELETE', /\/tasks\/[^/]+$/, 'DeleteFunctionTask'],
  ['GET', /\/tasks$/, 'ListFunctionTasks'],
  ['POST', /\/tasks$/, 'CreateFunctionTask'],
  ['GET', /\/instances\/[^/]+$/, 'GetFunctionInstance'],
  ['PUT', /\/instances\/[^/]+$/, 'UpdateFunctionInstance'],
  ['DELETE', /\/instances\/[^/]+$/, 'DeleteFunctionInstance'],
  ['GET', /\/instances$/, 'ListFunctionInstances'],
  ['POST', /\/instances$/, 'CreateFunctionInstance'],
];

/** Which operation a request is, by method and path. */
function operationOf(method: string, path: string): Operation {
  const p = path.split('?')[0] ?? '';
  const route = ROUTES.find(([m, pattern]) => m === method && pattern.test(p));
  if (!route) throw new Error(`no operation for ${method} ${p}`);
  return route[2];
}

/**
 * A loopback step between the CLI and the mock that passes every request and answer through unchanged and notes
 * the casing of each answer (the CLI does not print it).
 */
function startObserver(
  upstream: string,
): Promise<{ server: Server; url: string; seen: Map<Operation, Set<string>> }> {
  const seen = new Map<Operation, Set<string>>();
  const server = createServer(async (req, res) => {
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'connection') as [string, string][],
    );
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const answer = await fetch(`${upstream}${req.url}`, {
      method: req.method,
      headers,
      body,
      redirect: 'error',
    });
    const text = await answer.text();
    const casing = text.includes('"RequestId"')
      ? 'pascal'
      : text.includes('"requestId"')
        ? 'camel'
        : 'neither';
    const op = operationOf(req.method ?? 'GET', req.url ?? '');
    seen.set(op, (seen.get(op) ?? new Set()).add(casing));
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(text);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen }),
    ),
  );
}

/** Runs the built CLI with only PATH, an empty HOME and an AccessKey in its environment. */
function runCli(args: string[], endpoint: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args, '--endpoint', endpoint],
      {
        timeout: 30_000,
        env: {
          PATH: process.env.PATH,
          HOME: '/nonexistent-fntasks-home',
          ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
          ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

let prism: Prism;
let observer: Awaited<ReturnType<typeof startObserver>>;
beforeAll(async () => {
  prism = await startPrism('mock', await freePort(), 'mock', ['-d']);
  observer = await startObserver(prism.url);
});
afterAll(async () => {
  observer?.server.close();
  await prism?.close();
});

describe('core', () => {
  it.each(OPERATIONS)('%s reads the mock in both casings', async (op) => {
    const client = createFunctionTasksClient({ endpoint: prism.url, credentials: KEY, retry: false });
    const seen = new Set<string>();
    for (let i = 0; i < MAX_CALLS && seen.size < CASINGS.length; i += 1) {
      const meta = await CALL[op](client);
      seen.add(meta.casing);
    }
    expect([...seen].sort()).toEqual([...CASINGS].sort());
  });
});

describe('the CLI', () => {
  it.each(COMMANDS.map((c) => [commandName(c.args), c] as const))(
    '%s reads the mock in both casings (exit 0)',
    async (_name, command) => {
      const bothSeen = () =>
        command.operations.every((op) => CASINGS.every((casing) => observer.seen.get(op)?.has(casing)));
      observer.seen.clear();
      for (let i = 0; i < MAX_CALLS && !bothSeen(); i += 1) {
        const run = await runCli(command.args, observer.url);
        expect(run.code, run.output).toBe(0);
      }
      for (const op of command.operations)
        expect([...(observer.seen.get(op) ?? [])].sort()).toEqual([...CASINGS].sort());
    },
  );
});
