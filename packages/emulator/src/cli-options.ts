/** The command line of fntasks-emulator, parsed into start options (no side effects, so tests can call it). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type AccessKey, parseAccessKeySpec } from './auth-verifier.js';
import { CLOCK_RANGE, isClockSpeed, isClockTime, MAX_CLOCK_SPEED } from './clock.js';
import { FAULT_KINDS, type FaultKind, type FaultSettings } from './faults.js';
import { DEFAULT_PORT, type StartEmulatorOptions } from './index.js';
import { checkAllowedHost } from './request-guard.js';

/** The --help text. */
export const USAGE = `Usage: fntasks-emulator [options]

  --host <addr>               interface to bind (default 127.0.0.1)
  --allowed-host <host[:port]>
                              also answer to this Host (repeatable), e.g. a container name or a proxy's
                              host; always: 127.0.0.1, localhost, [::1] and --host on the bound port
  --port <n|0>                port (default ${DEFAULT_PORT}; 0 picks a free one)
  --db <path|:memory:>        SQLite database (default :memory:)
  --seed [n]                  replace the data with the demo data of PRNG seed n (default 1)
  --load <file.ndjson>        import tasks, one JSON object per line (repeatable; all or nothing per file)
  --casing camel|pascal       wire casing (default camel, the documented sample)
  --auth off|verify           signature verification (default off)
  --access-key <id>:<secret>  accepted key pair (repeatable); also FNTASKS_EMULATOR_ACCESS_KEYS
                              (comma-separated) and --access-key-file (one id:secret per line)
  --access-key-file <path>    file of key pairs, so secrets stay out of ps
  --clock <epochMs|ISO>       start the emulator clock at this time (1970 to the end of 9999)
  --clock-speed <n>           emulator ms per real ms (default 1; 0 freezes the clock; at most 1000000)
  --latency <ms>              added latency on every API request (every operation)
  --qps <n>                   the gateway's cap: n calls per second per AccessKey id (per client address
                              when unsigned), bursts of n; beyond it 400 Throttling.User with
                              x-acs-retry-after (default 0: no cap)
  --internal-error-rate <r>   share (0-1) answered 500 InternalError
  --throttle-rate <r>         share (0-1) answered 400 Throttling.User
  --retry-after <ms>          x-acs-retry-after of throttled answers (default 1000)
  --html-502-rate <r>         share (0-1) answered by an HTML 502 page
  --truncated-rate <r>        share (0-1) whose body is cut short
  --drop-rate <r>             share (0-1) whose connection is dropped
  --fault <kind>[:count]      fault for the next requests (repeatable): ${FAULT_KINDS.join(', ')}
  --help                      show this help
`;

/** A bad flag: the bin prints it and exits 2. */
export class UsageError extends Error {}

function number(name: string, value: string | undefined, integer = true): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isSafeInteger(n)) || n < 0) {
    throw new UsageError(
      `--${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${JSON.stringify(value)}`,
    );
  }
  return n;
}

// An ISO 8601 date, optionally with a time and zone: Date.parse alone reads "-1" or "5" as a year.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** `--clock`: epoch milliseconds or an ISO date-time, within the clock's range. */
function clockFlag(value: string): number {
  const at = /^\d{1,16}$/.test(value)
    ? Number(value)
    : ISO_DATE_TIME.test(value)
      ? Date.parse(value)
      : Number.NaN;
  if (!isClockTime(at))
    throw new UsageError(
      `--clock must be epoch milliseconds or an ISO date-time (e.g. 2026-01-31T09:00:00Z) from ${CLOCK_RANGE}, got ${JSON.stringify(value)}`,
    );
  return at;
}

function keyLines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** `--seed` takes an optional value; parseArgs cannot, so a bare `--seed` becomes `--seed=1`. */
function normaliseArgv(argv: string[]): string[] {
  return argv.map((arg, i) => (arg === '--seed' && !/^\d+$/.test(argv[i + 1] ?? '') ? '--seed=1' : arg));
}

/** Turns argv (and the environment) into start options. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv): StartEmulatorOptions | 'help' {
  const { values } = parseArgs({
    args: normaliseArgv(argv),
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      port: { type: 'string' },
      db: { type: 'string' },
      seed: { type: 'string' },
      load: { type: 'string', multiple: true },
      casing: { type: 'string' },
      auth: { type: 'string' },
      'access-key': { type: 'string', multiple: true },
      'access-key-file': { type: 'string' },
      clock: { type: 'string' },
      'clock-speed': { type: 'string' },
      latency: { type: 'string' },
      qps: { type: 'string' },
      'internal-error-rate': { type: 'string' },
      'throttle-rate': { type: 'string' },
      'retry-after': { type: 'string' },
      'html-502-rate': { type: 'string' },
      'truncated-rate': { type: 'string' },
      'drop-rate': { type: 'string' },
      fault: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return 'help';
  const port = number('port', values.port) ?? DEFAULT_PORT;
  if (port > 65535) throw new UsageError(`--port must be at most 65535, got ${port}`);
  if (values.casing !== undefined && values.casing !== 'camel' && values.casing !== 'pascal') {
    throw new UsageError(`--casing must be camel or pascal, got ${JSON.stringify(values.casing)}`);
  }
  if (values.auth !== undefined && values.auth !== 'off' && values.auth !== 'verify') {
    throw new UsageError(`--auth must be off or verify, got ${JSON.stringify(values.auth)}`);
  }
  const specs = [...(values['access-key'] ?? []), ...keyLines(env.FNTASKS_EMULATOR_ACCESS_KEYS ?? '')];
  if (values['access-key-file']) {
    try {
      specs.push(...keyLines(readFileSync(values['access-key-file'], 'utf8')));
    } catch (error) {
      throw new UsageError(`cannot read --access-key-file: ${(error as Error).message}`);
    }
  }
  const keys: AccessKey[] = specs.map((spec) => {
    try {
      return parseAccessKeySpec(spec);
    } catch (error) {
      // Never echo the spec: it holds a secret.
      throw new UsageError((error as Error).message);
    }
  });
  if (values.auth === 'verify' && keys.length === 0) {
    throw new UsageError(
      '--auth verify needs at least one key: --access-key, --access-key-file or FNTASKS_EMULATOR_ACCESS_KEYS',
    );
  }

  const faults: FaultSettings = {};
  const rate = (flag: string) => {
    const r = number(flag, values[flag as 'drop-rate'], false);
    if (r !== undefined && r > 1) throw new UsageError(`--${flag} must be from 0 to 1, got ${r}`);
    return r;
  };
  const set = <K extends keyof FaultSettings>(key: K, value: FaultSettings[K] | undefined) => {
    if (value !== undefined) faults[key] = value;
  };
  set('latencyMs', number('latency', values.latency));
  set('retryAfterMs', number('retry-after', values['retry-after']));
  const qps = number('qps', values.qps);
  if (qps !== undefined && qps > 1_000_000) throw new UsageError(`--qps must be at most 1000000, got ${qps}`);
  set('qps', qps);
  set('internalErrorRate', rate('internal-error-rate'));
  set('throttleRate', rate('throttle-rate'));
  set('html502Rate', rate('html-502-rate'));
  set('truncatedRate', rate('truncated-rate'));
  set('dropRate', rate('drop-rate'));
  if (values.fault) {
    faults.next = values.fault.map((spec) => {
      const [kind, count = '1'] = spec.split(':');
      if (!(FAULT_KINDS as readonly string[]).includes(kind ?? '')) {
        throw new UsageError(
          `--fault kind must be one of ${FAULT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`,
        );
      }
      const n = number('fault count', count) ?? 1;
      if (n < 1) throw new UsageError('--fault count must be at least 1');
      return { kind: kind as FaultKind, count: n };
    });
  }

  const options: StartEmulatorOptions = {
    host: values.host ?? '127.0.0.1',
    port,
    db: values.db ?? ':memory:',
    faults,
    auth: { mode: (values.auth as 'off' | 'verify' | undefined) ?? 'off', keys },
  };
  if (values['allowed-host']) {
    options.allowedHosts = values['allowed-host'].map((value) => {
      try {
        return checkAllowedHost(value);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    });
  }
  if (values.casing) options.casing = values.casing as 'camel' | 'pascal';
  if (values.seed !== undefined) options.seed = number('seed', values.seed) ?? 1;
  if (values.load) options.load = values.load;
  const clock: StartEmulatorOptions['clock'] = {};
  if (values.clock !== undefined) clock.now = clockFlag(values.clock);
  const speed = number('clock-speed', values['clock-speed'], false);
  if (speed !== undefined) {
    if (!isClockSpeed(speed))
      throw new UsageError(
        `--clock-speed must be a number from 0 to ${MAX_CLOCK_SPEED}, got ${values['clock-speed']}`,
      );
    clock.speed = speed;
  }
  options.clock = clock;
  return options;
}
