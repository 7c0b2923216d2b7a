/**
 * Train now: `CreateFunctionTask` through core, against the dashboard server, carrying the session's CSRF
 * token (the server refuses the one write route without it, and without its Host and Origin checks).
 */
import { createFunctionTasksClient, type FunctionTasksClient } from '@fntasks/core';
import type { InstanceNames } from './instances';

/** The header the server reads the CSRF token from (a custom header: no form can send it). */
export const CSRF_HEADER = 'x-fntasks-csrf';

/** Starts a training run of the instance; resolves when the server (and the service) accepted it. */
export async function startTraining(instance: InstanceNames, csrfToken: string): Promise<void> {
  const client: FunctionTasksClient = createFunctionTasksClient({
    endpoint: location.origin,
    // The server takes a write only as JSON and with this session's token (no form can send either).
    headers: { [CSRF_HEADER]: csrfToken, 'content-type': 'application/json' },
    retry: false,
  });
  await client.createFunctionTask(instance);
}
