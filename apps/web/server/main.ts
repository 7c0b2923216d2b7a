#!/usr/bin/env node
/**
 * `node dist/server/main.js [--emulator URL | --endpoint URL | --region ID | --real] [--port 8791]
 *   [--host 127.0.0.1] [--instance app/function/instance ...] [--app-group NAME ...] [--allow-train]
 *   [--profile NAME] [--sign] [--allowed-host HOST:PORT ...]`
 *
 * Against the emulator (the default, http://127.0.0.1:8790) requests go unsigned unless `--sign`; against
 * the real endpoint, credentials (and, with `--real`, the region) come from core's Node chain
 * (environment, then ~/.aliyun/config.json).
 */
import { parseArgs } from 'node:util';
import { type InstanceRef, startDashboardServer } from './app.js';
import type { UpstreamOptions } from './upstream.js';

const DEFAULT_EMULATOR = 'http://127.0.0.1:8790';

function parseInstance(text: string): InstanceRef {
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((p) => p === '')) {
    throw new Error(`--instance expects "appGroup/function/instance", got ${JSON.stringify(text)}.`);
  }
  const [appGroupIdentity, functionName, instanceName] = parts as [string, string, string];
  return { appGroupIdentity, functionName, instanceName };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      emulator: { type: 'string' },
      endpoint: { type: 'string' },
      region: { type: 'string' },
      real: { type: 'boolean', default: false },
      port: { type: 'string', default: process.env.FNTASKS_WEB_PORT ?? '8791' },
      host: { type: 'string', default: '127.0.0.1' },
      instance: { type: 'string', multiple: true, default: [] },
      profile: { type: 'string' },
      sign: { type: 'boolean', default: false },
      'allowed-host': { type: 'string', multiple: true, default: [] },
      'app-group': { type: 'string', multiple: true, default: [] },
      'allow-train': { type: 'boolean', default: false },
      'cache-window': { type: 'string', default: process.env.FNTASKS_WEB_CACHE_WINDOW },
      qps: { type: 'string', default: process.env.FNTASKS_QPS },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(
      'Usage: fntasks-web [--emulator URL | --endpoint URL | --region ID | --real] [--port N] [--host H]\n' +
        '                   [--instance app/function/instance ...] [--app-group NAME ...] [--allow-train]\n' +
        '                   [--profile NAME] [--sign] [--allowed-host HOST:PORT ...] [--cache-window MS] [--qps N]\n' +
        '  --cache-window MS  share identical upstream reads for MS milliseconds (default 3000; 0: only reads in flight)\n' +
        '  --qps N            at most N upstream calls a second for the whole server, slowing down on throttling\n' +
        "                     (core's rateLimit; also FNTASKS_QPS; default: no limit)",
    );
    return;
  }
  const envInstances = (process.env.FNTASKS_INSTANCES ?? '').split(',').filter(Boolean);
  const instances = [...envInstances, ...(values.instance ?? [])].map(parseInstance);
  const toEmulator = values.endpoint === undefined && values.region === undefined && !values.real;
  if (!toEmulator && values.emulator !== undefined) {
    throw new Error(
      'Give either --emulator URL or the real service (--endpoint, --region or --real), not both.',
    );
  }
  const upstream: UpstreamOptions = toEmulator
    ? {
        endpoint: values.emulator ?? process.env.FNTASKS_EMULATOR_URL ?? DEFAULT_EMULATOR,
        useDefaultCredentials: values.sign ?? false,
      }
    : {
        // Without --endpoint/--region, core's Node client takes the region configured with the credentials.
        ...(values.endpoint
          ? { endpoint: values.endpoint }
          : values.region
            ? { regionId: values.region }
            : {}),
        useDefaultCredentials: true,
      };
  if (values.profile) upstream.profile = values.profile;
  if (values.qps !== undefined) upstream.qps = parseQps(values.qps);

  const cacheWindow = values['cache-window'];
  if (cacheWindow !== undefined && !/^\d+$/.test(cacheWindow)) {
    throw new Error(
      `--cache-window expects milliseconds from 0 to 600000, got ${JSON.stringify(cacheWindow)}.`,
    );
  }
  const server = await startDashboardServer({
    upstream,
    instances,
    host: values.host,
    port: Number(values.port),
    allowedHosts: values['allowed-host'] ?? [],
    appGroups: [
      ...(process.env.FNTASKS_APP_GROUPS ?? '').split(',').filter(Boolean),
      ...(values['app-group'] ?? []),
    ],
    allowTrain: values['allow-train'] ?? false,
    ...(cacheWindow !== undefined ? { readCacheWindowMs: Number(cacheWindow) } : {}),
  });
  console.log(`fntasks dashboard: ${server.url}  (forwarding to ${server.upstreamUrl})`);
  if (values['allow-train'])
    console.log('Train now is on (--allow-train): the dashboard can start training runs.');
  if (server.credentialSource)
    console.log(`Signing with credentials from ${server.credentialSource}; they stay on this server.`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`fntasks-web: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

/** `--qps` / `FNTASKS_QPS`: calls per second, above 0 and at most 100000 (0.5: one call in 2 s). */
function parseQps(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || n > 100_000) {
    throw new Error(
      `--qps expects calls per second, above 0 and at most 100000, got ${JSON.stringify(value)} (e.g. --qps 20 under a gateway cap of 20 calls a second).`,
    );
  }
  return n;
}
