/**
 * Names shared by every consumer interaction of the `fntasks-core` pact: who the parties are, where the pact
 * is written, the request paths, and the provider states. The states are those of `@fntasks/contract`'s
 * catalogue (`packages/contract/src/provider/state-catalogue.ts`; its tests fail on a state it does not know).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The consumer: this package's client. */
export const CONSUMER = 'fntasks-core';
/** The provider: the OpenSearch function-task API (verified against the fntasks emulator). */
export const PROVIDER = 'opensearch-function-tasks';
/** `pacts/` at the repository root, resolved from this file (not from the working directory). */
export const PACT_DIR = fileURLToPath(new URL('../../../../pacts/', import.meta.url));
/** The pact file this run writes. */
export const PACT_FILE = join(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`);

/** The instance every interaction names, as in the API page's sample request. */
export const INSTANCE = {
  appGroupIdentity: 'my-app',
  functionName: 'ctr',
  instanceName: 'ctr_test',
} as const;
/** The function's path. */
export const FUNCTION_PATH = '/v4/openapi/app-groups/my-app/functions/ctr';
/** The instance's tasks (ListFunctionTasks, CreateFunctionTask). */
export const INSTANCE_PATH = `${FUNCTION_PATH}/instances/ctr_test/tasks`;
/** An application group the provider does not know. */
export const MISSING_APP = 'no-such-app';

/** The `given` texts of the ListFunctionTasks interactions (aliases in the catalogue, kept as they were). */
export const STATES = {
  camelPage: 'instance my-app/ctr/ctr_test has the documented sample task and answers in camelCase',
  pascalPage: 'instance my-app/ctr/ctr_test has the documented sample task and answers in PascalCase',
  runningTask: 'instance my-app/ctr/ctr_test has one task still running at 42% progress',
  finishedOnly: 'instance my-app/ctr/ctr_test has only finished tasks',
  manyTasks: 'instance my-app/ctr/ctr_test has 12 successful and 3 failed tasks started on 2025-11-28',
  appMissing: 'app group no-such-app does not exist',
  signatureChecked:
    'signatures are verified, access key LTAI5tContractTestKey0001 has a secret the caller does not know, and the clock reads 2025-11-28T12:00:00Z',
  throttled: 'the next request is throttled with Throttling.User',
} as const;

/** The catalogue's state names the function-family interactions use (with parameters where they matter). */
export const CATALOGUE = {
  instanceWithTasks: 'an instance with tasks',
  noSuchInstance: 'no such instance',
  instancesOfFunction: 'instances of a function',
  appGroups: 'app groups',
  defaultInstance: 'a default instance',
  noDefaultInstance: 'no default instance',
  deletableRun: 'a run that can be deleted',
  runningRun: 'a running run',
  deletableInstance:
    'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that can be deleted',
  undeletableInstance:
    'an instance {instanceName} of function {functionName} in app group {appGroupIdentity} that cannot be deleted',
  freeInstanceName: 'no instance {instanceName} of function {functionName} in app group {appGroupIdentity}',
  resource: 'a resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
  resourceInUse:
    'a resource {resourceName} of function {functionName} in app group {appGroupIdentity} that is in use',
  noResource: 'no resource {resourceName} of function {functionName} in app group {appGroupIdentity}',
  version: 'a version {versionId} of function {functionName}',
} as const;
