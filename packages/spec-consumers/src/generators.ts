/** The client generators of the matrix: how each is run on the built spec, and what it writes. */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The package root. */
export const ROOT = resolve(here, '..');
/** Where every generator writes (git-ignored; rewritten on each run). */
export const OUT = join(ROOT, 'generated');
/** The built spec as a consumer installs it (`@fntasks/openapi/function-tasks.json`). */
export const SPEC = createRequire(import.meta.url).resolve('@fntasks/openapi/function-tasks.json');
const BIN = join(ROOT, 'node_modules', '.bin');

/** Stands for the spec's path in a command (openapi/README.md: `SPEC=$(node -p "require.resolve(…)")`). */
export const SPEC_TOKEN = '$SPEC';
const RESOLVE_SPEC = "require.resolve('@fntasks/openapi/function-tasks.json')";

/** One generator: its name (also its output folder) and the commands a consumer would run. */
export interface Generator {
  readonly name: string;
  /** Each command: the bin and its arguments (`SPEC_TOKEN` for the spec), run in the output folder. */
  readonly commands: readonly (readonly [bin: string, ...args: string[]])[];
  /** Files (relative to its folder) the commands write before running, e.g. a config file. */
  readonly files?: Readonly<Record<string, string>>;
  /** Whether it writes zod schemas (then `zod` names the module to import, relative to its folder). */
  readonly zod?: string;
}

/** The six generators, with the commands (and files) openapi/README.md documents; a test holds them equal. */
export const GENERATORS: readonly Generator[] = [
  {
    name: 'hey-api',
    commands: [['openapi-ts', '-i', SPEC_TOKEN, '-o', '.', '-c', '@hey-api/client-fetch']],
  },
  {
    name: 'swagger-typescript-api',
    commands: [['swagger-typescript-api', 'generate', '-p', SPEC_TOKEN, '-o', '.', '-n', 'api.ts']],
  },
  {
    name: 'openapi-zod-client',
    commands: [['openapi-zod-client', SPEC_TOKEN, '-o', 'client.ts']],
    zod: 'client.ts',
  },
  {
    name: 'orval',
    commands: [['orval', '--config', 'orval.config.cjs']],
    files: {
      'orval.config.cjs': `module.exports = {
  client: {
    input: { target: ${RESOLVE_SPEC} },
    output: { target: 'client.ts', client: 'fetch', override: { mutator: { path: 'base-url.ts', name: 'customFetch' } } },
  },
  zod: { input: { target: ${RESOLVE_SPEC} }, output: { target: 'zod.ts', client: 'zod' } },
};
`,
      // orval's documented way to choose the base URL at run time: a fetch mutator.
      'base-url.ts': `export const customFetch = async <T>(url: string, init: RequestInit): Promise<T> => {
  const response = await fetch(new URL(url, process.env.OPENSEARCH_BASE_URL), init);
  const text = await response.text();
  return { data: text ? JSON.parse(text) : {}, status: response.status, headers: response.headers } as T;
};
`,
    },
    zod: 'zod.ts',
  },
  {
    name: 'oazapfts',
    commands: [['oazapfts', SPEC_TOKEN, 'api.ts']],
  },
  {
    name: 'typed-openapi',
    // Its zod runtime's client does not typecheck (it passes a record of schemas to z.infer), so: zod schemas
    // only, and the typed client with the default runtime and its fetcher.
    commands: [
      ['typed-openapi', SPEC_TOKEN, '-o', 'api.zod.ts', '-r', 'zod', '--schemas-only'],
      ['typed-openapi', SPEC_TOKEN, '-o', 'api.client.ts', '--default-fetcher', 'fetcher.ts'],
    ],
    zod: 'api.zod.ts',
  },
];

/** The outcome of one generator: ok, and where its chatter went. */
export interface GenerationResult {
  readonly name: string;
  readonly ok: boolean;
  readonly log: string;
  readonly ms: number;
}

function run(bin: string, args: readonly string[], cwd: string): Promise<string> {
  const argv = args.map((a) => (a === SPEC_TOKEN ? SPEC : a));
  return new Promise((resolvePromise, reject) => {
    execFile(
      join(BIN, bin),
      argv,
      { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const text = `$ ${bin} ${argv.join(' ')}\n${stdout}${stderr}`;
        if (error) reject(Object.assign(error, { text }));
        else resolvePromise(text);
      },
    );
  });
}

/** Runs one generator into `OUT/<name>`, its chatter to `OUT/logs/<name>.log`. */
export async function generate(generator: Generator): Promise<GenerationResult> {
  const dir = join(OUT, generator.name);
  const log = join(OUT, 'logs', `${generator.name}.log`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await mkdir(dirname(log), { recursive: true });
  for (const [file, text] of Object.entries(generator.files ?? {})) await writeFile(join(dir, file), text);
  const started = performance.now();
  let chatter = '';
  let ok = true;
  for (const [bin, ...args] of generator.commands) {
    try {
      chatter += await run(bin, args, dir);
    } catch (error) {
      chatter += (error as { text?: string }).text ?? String(error);
      ok = false;
      break;
    }
  }
  await writeFile(log, chatter);
  return { name: generator.name, ok, log, ms: Math.round(performance.now() - started) };
}

/** Runs every generator, two at a time (the machine has two cores). */
export async function generateAll(): Promise<GenerationResult[]> {
  const results: GenerationResult[] = [];
  const queue = [...GENERATORS];
  const worker = async () => {
    for (let g = queue.shift(); g; g = queue.shift()) results.push(await generate(g));
  };
  await Promise.all([worker(), worker()]);
  return GENERATORS.map((g) => results.find((r) => r.name === g.name) as GenerationResult);
}

/** A command as openapi/README.md shows it: `npx <bin> <args>`, the spec as "$SPEC". */
export function shellLine([bin, ...args]: readonly string[]): string {
  return ['npx', bin, ...args.map((a) => (a === SPEC_TOKEN ? `"${SPEC_TOKEN}"` : a))].join(' ');
}
