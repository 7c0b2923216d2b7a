/**
 * `@fntasks/contract`: verify a consumer's pact against the OpenSearch function-task spec and the fntasks
 * emulator. The `fntasks-contract` bin is the usual way in; this entry gives the same to a script.
 */

export {
  STATE_ALIASES,
  STATE_CATALOGUE,
  STATE_CATALOGUE_VERSION,
  type StateAlias,
  type StateDefinition,
} from '@fntasks/emulator';
export { type VerifyOptions, type VerifyOutcome, verify } from './commands/verify.js';
export { main } from './main.js';
export { PROVIDER_NAME } from './names.js';
export type { BrokerSettings } from './provider/worker-protocol.js';
export { formatJunit } from './report/junit.js';
export type {
  CheckKind,
  CheckResult,
  InteractionReport,
  NamedState,
  PactReport,
  Problem,
  VerifyReport,
} from './report/model.js';
export { formatSummary } from './report/summary.js';
export { UsageError } from './usage-error.js';
