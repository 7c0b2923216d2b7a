/**
 * Where to connect and as whom. Never a silent fallback: with no `--emulator`, `--endpoint`, `--region` or
 * region from the credential chain, this fails and says how to configure one, so a CI `wait` can never
 * pass against demo data.
 */
import { createFunctionTasksClient, type FunctionTasksClient, resolveEndpoint } from '@fntasks/core';
import { resolveDefaultCredentials, resolveDefaultRegion } from '@fntasks/core/node';
import { DEFAULT_EMULATOR_URL, parseQps } from './args.js';
import { toCliError } from './core-errors.js';
import { debugLine, debugPrinter, maskKeyId } from './debug.js';
import { emulatorRecordPath, readEmulatorRecord } from './emulator-record.js';
import { CliError, ExitCode, UsageError } from './errors.js';
import type { GlobalOptions, Io } from './io.js';
import { attachServiceClock, createServiceClock } from './service-clock.js';

/** The client and a description of where it points, for messages. */
export interface Connection {
  readonly client: FunctionTasksClient;
  /** The base URL requests go to. */
  readonly endpoint: string;
  /** Where the credentials came from (`environment`, a profile…), or `none` (emulator without auth). */
  readonly credentialsSource: string;
}

/** Builds a client from the connection options, or explains what is missing (exit code 3) or wrong (2). */
export async function connect(options: GlobalOptions, io: Io): Promise<Connection> {
  const chosen =
    options.emulator === undefined || options.emulator === false
      ? undefined
      : findEmulator(options.emulator, io);
  const emulator = chosen?.url;
  if (chosen?.note) io.stderr.write(`note: ${chosen.note}\n`);
  if (emulator !== undefined && (options.endpoint !== undefined || options.region !== undefined)) {
    throw new UsageError('--emulator cannot be combined with --endpoint or --region.', {
      hint: 'Use --emulator [url] for a local emulator, or --endpoint / --region for the service.',
    });
  }
  if (options.endpoint !== undefined && options.region !== undefined) {
    throw new UsageError('--endpoint and --region both given: pick one.', {
      hint: '--region cn-hangzhou means --endpoint https://opensearch.cn-hangzhou.aliyuncs.com.',
    });
  }

  // A bad --emulator / --endpoint / --region value is a usage error, reported before anything else.
  try {
    if (emulator !== undefined) resolveEndpoint({ endpoint: emulator });
    else if (options.endpoint !== undefined) resolveEndpoint({ endpoint: options.endpoint });
    else if (options.region !== undefined) resolveEndpoint({ regionId: options.region });
  } catch (error) {
    throw toCliError(error);
  }

  // The credential chain: environment, then ~/.aliyun/config.json (its profile may also give the region).
  let resolved: Awaited<ReturnType<typeof resolveDefaultCredentials>> | undefined;
  let credentialsProblem: unknown;
  try {
    resolved = await resolveDefaultCredentials({
      ...(options.profile !== undefined ? { profile: options.profile } : {}),
      env: io.env,
    });
  } catch (error) {
    credentialsProblem = error;
  }
  // An explicit --profile that cannot be read is an error even for the emulator.
  if (credentialsProblem !== undefined && options.profile !== undefined)
    throw configError(credentialsProblem);
  // Without credentials the chain still tells a configured region, so the error below names the real gap.
  const chainRegion =
    resolved?.regionId ??
    (resolved || emulator || options.endpoint || options.region
      ? undefined
      : await resolveDefaultRegion({
          ...(options.profile !== undefined ? { profile: options.profile } : {}),
          env: io.env,
        }));

  const target = chosen
    ? { endpoint: chosen.url, from: chosen.from }
    : options.endpoint !== undefined
      ? { endpoint: options.endpoint, from: '--endpoint' }
      : options.region !== undefined
        ? { regionId: options.region, from: '--region' }
        : chainRegion
          ? {
              regionId: chainRegion,
              from: `the configured region (${resolved ? resolved.source.description : 'ALIBABA_CLOUD_REGION_ID or the aliyun profile'})`,
            }
          : undefined;
  if (!target) {
    throw new CliError(
      'No endpoint configured: nothing says which OpenSearch region or endpoint to ask.',
      ExitCode.Config,
      {
        hint:
          'Pass --region <id> (e.g. cn-hangzhou) or --endpoint <url>, set ALIBABA_CLOUD_REGION_ID, set region_id in your aliyun profile ' +
          '(aliyun configure), or use --emulator [url] for a local emulator (default http://127.0.0.1:8790).',
      },
    );
  }
  if (!resolved && !emulator) throw configError(credentialsProblem);

  const debug = options.debug === true;
  const envQps = io.env.FNTASKS_QPS;
  const qps =
    options.qps ?? (envQps !== undefined && envQps !== '' ? parseQps(envQps, 'FNTASKS_QPS') : undefined);
  let client: FunctionTasksClient;
  const clock = createServiceClock(io.now);
  const printer = debug ? debugPrinter(io.stderr, io.now) : undefined;
  try {
    client = createFunctionTasksClient({
      ...(qps !== undefined ? { rateLimit: { qps } } : {}),
      ...('endpoint' in target ? { endpoint: target.endpoint } : { regionId: target.regionId }),
      ...(resolved ? { credentials: resolved.credentials } : {}),
      ...(options.requestTimeoutMs !== undefined ? { timeoutMs: options.requestTimeoutMs } : {}),
      onEvent: (event) => {
        clock.observe(event);
        printer?.(event);
      },
    });
    attachServiceClock(client, clock);
  } catch (error) {
    const cliError = toCliError(error);
    // A bad value typed on the command line is a usage error; one read from a config file is a config error.
    if (cliError instanceof UsageError && target.from.startsWith('the configured region')) {
      throw new CliError(cliError.message, ExitCode.Config, { hint: `It came from ${target.from}.` });
    }
    throw cliError;
  }
  const credentialsSource = resolved ? resolved.source.description : 'none';
  if (debug) {
    debugLine(
      io.stderr,
      `endpoint ${client.endpoint} (from ${target.from}); credentials: ${resolved ? `${maskKeyId(resolved.credentials.accessKeyId)} from ${resolved.source.description}` : 'none (unsigned requests)'}`,
      io.now,
    );
  }
  return { client, endpoint: client.endpoint, credentialsSource };
}

function configError(problem: unknown): CliError {
  const converted = toCliError(problem);
  if (converted instanceof CliError) return converted;
  const reason =
    problem instanceof Error ? problem.message : problem === undefined ? 'none found' : String(problem);
  return new CliError(`No usable credentials: ${reason}`, ExitCode.Config, {
    hint: 'Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or run `aliyun configure` and pick it with --profile.',
    cause: problem,
  });
}

/** The emulator `--emulator [url]` names, where that came from, and a note when a recorded one was passed over. */
export interface ChosenEmulator {
  readonly url: string;
  readonly from: string;
  readonly note?: string;
}

/**
 * `--emulator URL` is that URL; `--emulator` alone is `FNTASKS_EMULATOR_URL`, else the emulator `pnpm start`
 * recorded (emulator-record.ts), else the default http://127.0.0.1:8790 — saying so when a record was ignored.
 */
export function findEmulator(given: string | true, io: Pick<Io, 'env'>): ChosenEmulator {
  if (given !== true) {
    if (!/^https?:\/\//i.test(given)) {
      const fix = /^[a-z][a-z0-9+.-]*:\/\//i.test(given)
        ? 'an http:// or https:// URL'
        : `a URL with its scheme: --emulator http://${given}`;
      throw new UsageError(`--emulator ${JSON.stringify(given)} is not a URL: it needs ${fix}.`, {
        hint: '--emulator alone uses $FNTASKS_EMULATOR_URL, else the emulator `pnpm start` started, else http://127.0.0.1:8790.',
      });
    }
    return { url: given, from: '--emulator' };
  }
  const fromEnv = io.env.FNTASKS_EMULATOR_URL?.trim();
  if (fromEnv) {
    if (!/^https?:\/\//i.test(fromEnv)) {
      throw new CliError(
        `FNTASKS_EMULATOR_URL ${JSON.stringify(fromEnv)} is not an http(s) URL.`,
        ExitCode.Config,
        {
          hint: 'Set it to the URL `pnpm start` printed, e.g. http://127.0.0.1:8790.',
        },
      );
    }
    return { url: fromEnv, from: 'FNTASKS_EMULATOR_URL' };
  }
  const path = emulatorRecordPath(io.env);
  const state = readEmulatorRecord(path);
  if (state.kind === 'live')
    return { url: state.record.url, from: `the emulator \`pnpm start\` started (${path})` };
  const fallback = { url: DEFAULT_EMULATOR_URL, from: '--emulator (default URL)' };
  if (state.kind === 'stale') {
    return {
      ...fallback,
      note: `the emulator \`pnpm start\` recorded at ${state.record.url} has stopped; trying the default ${DEFAULT_EMULATOR_URL}.`,
    };
  }
  if (state.kind === 'untrusted')
    return { ...fallback, note: `ignoring ${state.reason}; trying the default ${DEFAULT_EMULATOR_URL}.` };
  return fallback;
}
