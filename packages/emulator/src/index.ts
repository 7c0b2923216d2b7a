/** @fntasks/emulator: a local OpenSearch ListFunctionTasks endpoint on SQLite, with faults, auth and a control API. */
import type { AddressInfo } from 'node:net';
import type { WireCasing } from '@fntasks/protocol';
import type { AuthSettings } from './auth-verifier.js';
import type { ClockState, ClockUpdate } from './clock.js';
import {
  type DefaultInstanceRequest,
  Emulator,
  type EmulatorOptions,
  type FinishTaskRequest,
} from './emulator.js';
import type { FaultSettings, FaultState } from './faults.js';
import type { EmulatorHandle } from './handle.js';
import type { LoadInstance } from './instances/instance-input.js';
import { loadNdjsonFiles } from './load-ndjson.js';
import { allowedHosts, checkAllowedHost } from './request-guard.js';
import type { SeedSummary } from './seed.js';
import { createEmulatorServer } from './server.js';
import type { FinishResult, InstanceSummary } from './store/types.js';
import type { LoadTask } from './task-input.js';

/** The documented default port (`fntasks-emulator`, `pnpm start`, the CLI's `--emulator`). */
export const DEFAULT_PORT = 8790;

/** Options of `startEmulator`. */
export interface StartEmulatorOptions extends EmulatorOptions {
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Port (default 0 here, a free one; the bin defaults to 8790). */
  port?: number;
  /** Write the demo data of this PRNG seed after start (replacing what the database holds). */
  seed?: number | null;
  /** NDJSON files to import after seeding; the seed and every file are one transaction (all or nothing). */
  load?: string[];
  /**
   * Extra `Host` values to answer to besides the loopback names and the bound address on its port (a container
   * name, a proxy's host): `name:port`, or a bare `name` meaning the bound port. Origins must match the same list.
   */
  allowedHosts?: string[];
}

export type { EmulatorHandle } from './handle.js';

/** Starts an emulator in this process. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<EmulatorHandle> {
  const extraHosts = (options.allowedHosts ?? []).map(checkAllowedHost);
  const emulator = new Emulator(options);
  let seeded: SeedSummary | null;
  try {
    // One transaction: a bad file leaves a file database exactly as it was, seed included.
    seeded = emulator.inTransaction(() => {
      const summary = options.seed != null ? emulator.reset(options.seed).seeded : null;
      loadNdjsonFiles(emulator, options.load ?? []);
      return summary;
    });
  } catch (error) {
    emulator.close();
    throw error;
  }
  const host = options.host ?? '127.0.0.1';
  let hosts: ReadonlySet<string> = new Set();
  const server = createEmulatorServer(emulator, () => hosts);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      emulator.close();
      reject(error);
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(host, port, extraHosts);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    seeded,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          // Only after the last response: closing the database mid-request would fail that request.
          emulator.close();
          resolve();
        });
        server.closeIdleConnections();
        // Give in-flight requests a moment, then cut what is left (e.g. a client holding a keep-alive socket).
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      });
      return closing;
    },
    reset: (seed) => emulator.reset(seed),
    loadTasks: (tasks) => emulator.loadTasks(tasks),
    listInstances: () => emulator.listInstances(),
    loadInstances: (instances) => emulator.loadInstances(instances),
    setDefaultInstance: (request) => emulator.setDefaultInstance(request),
    loadResources: (resources) => emulator.loadResources(resources),
    loadVersions: (versions) => emulator.loadVersions(versions),
    setCasing: (casing) => emulator.setCasing(casing),
    setFaults: (faults) => emulator.setFaults(faults),
    clearFaults: () => emulator.clearFaults(),
    setClock: (update) => emulator.setClock(update),
    getClock: () => emulator.getClock(),
    finishTask: (request) => emulator.finishTask(request),
    setAuth: (settings) => emulator.setAuth(settings),
  };
}

export type { AccessKey, AuthSettings } from './auth-verifier.js';
export { parseAccessKeySpec } from './auth-verifier.js';
export type { ClockState, ClockUpdate } from './clock.js';
export type { DefaultInstanceRequest, EmulatorOptions, FinishTaskRequest } from './emulator.js';
export { ControlInputError } from './emulator.js';
export type { FaultKind, FaultSettings, FaultState } from './faults.js';
export { FAULT_KINDS } from './faults.js';
export type { InstanceParameter, LoadInstance } from './instances/instance-input.js';
export { LoadFileError } from './load-ndjson.js';
export type {
  ParamSpec,
  ProviderControl,
  ResolvedStateText,
  StateAlias,
  StateDefinition,
  StateParams,
} from './provider-states/catalogue.js';
export {
  findStateText,
  knownStateTexts,
  PASCAL_CASE_SUFFIX,
  resolveParams,
  STATE_ALIASES,
  STATE_CATALOGUE,
  STATE_CATALOGUE_VERSION,
  setUpProviderState,
  unknownStateMessage,
} from './provider-states/catalogue.js';
export { PROVIDER_STATES_PATH } from './provider-states/state-change.js';
export type {
  LoadResource,
  ResourceData,
  ResourceFeature,
  ResourceGenerator,
} from './resources/resource-input.js';
export type { SeedInstance, SeedSummary } from './seed.js';
export {
  ALWAYS_RUNNING,
  formatSeedSummary,
  SEED_INSTANCES,
  SEED_LAYOUT,
  SEED_RESOURCES,
} from './seed.js';
export type { FinishResult, InstanceSummary, WireTask } from './store/types.js';
export type { LoadTask } from './task-input.js';
export { BUILT_IN_VERSIONS } from './versions/version-catalogue.js';
export type {
  LoadVersion,
  VersionConfig,
  VersionDepend,
  VersionParameter,
} from './versions/version-input.js';
