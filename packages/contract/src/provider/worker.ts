/**
 * The provider check's worker process. It starts the emulator in-process on 127.0.0.1 (port 0), runs pact-js's
 * Verifier against it with the catalogue's state handlers, and answers over IPC. It is a process of its own
 * because the native verifier prints its ~1,500-line report straight to file descriptor 1: the parent keeps
 * that output out of the user's terminal (it is in the JSON the verifier returns, for `--verifier-log`).
 */
import { startEmulator } from '@fntasks/emulator';
import { MUTATIONS, type MutatingProxy, startMutatingProxy } from '../mutating-proxy.js';
import { PROVIDER_NAME } from '../names.js';
import { createStateHandlers } from './state-handlers.js';
import { runVerifier, type VerifierRun } from './verifier-run.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

async function serve(request: WorkerRequest): Promise<WorkerResponse> {
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
  let proxy: MutatingProxy | null = null;
  try {
    const mutation = request.mutation ? MUTATIONS[request.mutation] : null;
    if (mutation) {
      // The control API passes through untouched; only the API's answers are rewritten.
      proxy = await startMutatingProxy(emulator.url, (body, path) =>
        path.startsWith('/__fntasks/') ? body : mutation(body),
      );
    }
    const providerBaseUrl = proxy?.url ?? emulator.url;
    const { handlers, failures } = createStateHandlers(emulator);
    const runs: VerifierRun[] = [];
    for (const pact of request.pacts) {
      runs.push(
        await runVerifier(pact.file, {
          provider: pact.provider,
          providerBaseUrl,
          pactUrls: [pact.file],
          stateHandlers: handlers,
        }),
      );
    }
    const broker = request.broker;
    if (broker) {
      runs.push(
        await runVerifier('broker', {
          provider: PROVIDER_NAME,
          providerBaseUrl,
          stateHandlers: handlers,
          pactBrokerUrl: broker.url,
          ...(broker.token ? { pactBrokerToken: broker.token } : {}),
          ...(broker.username ? { pactBrokerUsername: broker.username } : {}),
          ...(broker.password ? { pactBrokerPassword: broker.password } : {}),
          ...(broker.consumerVersionSelectors
            ? { consumerVersionSelectors: broker.consumerVersionSelectors }
            : {}),
          ...(broker.providerVersionBranch ? { providerVersionBranch: broker.providerVersionBranch } : {}),
          ...(broker.enablePending ? { enablePending: true } : {}),
          ...(broker.publish
            ? { publishVerificationResult: true, providerVersion: broker.publish.providerVersion }
            : {}),
        }),
      );
    }
    return { runs, stateFailures: failures, mutated: proxy?.mutated ?? 0 };
  } finally {
    await proxy?.close();
    await emulator.close();
  }
}

process.once('message', (request: WorkerRequest) => {
  serve(request).then(
    (response) => process.send?.(response, () => process.exit(0)),
    (error: unknown) => {
      process.send?.({ fatal: error instanceof Error ? error.message : String(error) }, () =>
        process.exit(1),
      );
    },
  );
});
