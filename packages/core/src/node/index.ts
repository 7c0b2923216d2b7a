/**
 * @fntasks/core/node: Node-only helpers. The default credential chain (environment, then the aliyun CLI's
 * `~/.aliyun/config.json`) and a client factory that uses it. Never imported by the browser entry.
 */

/** The default chain: environment, then `~/.aliyun/config.json`. */
export {
  aliyunConfigPath,
  type CredentialSource,
  type DefaultCredentialsOptions,
  type ResolvedCredentials,
  resolveDefaultCredentials,
  resolveDefaultRegion,
} from './default-chain.js';
/** The environment variable names read, most preferred first. */
export { ENV_NAMES, type Environment } from './env-credentials.js';
/** A signing client whose credentials and region come from the default chain. */
export {
  createNodeFunctionTasksClient,
  type NodeFunctionTasksClient,
  type NodeFunctionTasksClientOptions,
} from './node-client.js';
