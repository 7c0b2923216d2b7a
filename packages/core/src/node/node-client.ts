/** A client for Node that finds credentials and region the way Alibaba Cloud tools do. */
import {
  createFunctionTasksClient,
  type FunctionTasksClient,
  type FunctionTasksClientOptions,
} from '../client.js';
import {
  type CredentialSource,
  type DefaultCredentialsOptions,
  resolveDefaultCredentials,
  resolveDefaultRegion,
} from './default-chain.js';

/** Options of `createNodeFunctionTasksClient`: the client's options plus where to look for credentials. */
export interface NodeFunctionTasksClientOptions
  extends Partial<FunctionTasksClientOptions>,
    DefaultCredentialsOptions {}

/** A client made by `createNodeFunctionTasksClient`, with where its credentials came from. */
export interface NodeFunctionTasksClient extends FunctionTasksClient {
  /** The source of the credentials (`null` when they were passed in the options). */
  readonly credentialSource: CredentialSource | null;
}

/**
 * Creates a signing client for Node. Without `credentials`, resolves them with the default chain
 * (environment, then `~/.aliyun/config.json`); without `endpoint`/`regionId`, uses the configured region
 * (ALIBABA_CLOUD_REGION_ID or the profile's `region_id`). Throws CredentialsError when nothing is found.
 */
export async function createNodeFunctionTasksClient(
  options: NodeFunctionTasksClientOptions = {},
): Promise<NodeFunctionTasksClient> {
  const { profile, env, homeDir, ...clientOptions } = options;
  const chain: DefaultCredentialsOptions = {
    ...(profile !== undefined ? { profile } : {}),
    ...(env !== undefined ? { env } : {}),
    ...(homeDir !== undefined ? { homeDir } : {}),
  };
  const needsRegion = clientOptions.endpoint === undefined && clientOptions.regionId === undefined;
  let credentialSource: CredentialSource | null = null;
  let regionId: string | undefined;
  if (clientOptions.credentials === undefined) {
    const resolved = await resolveDefaultCredentials(chain);
    clientOptions.credentials = resolved.credentials;
    credentialSource = resolved.source;
    regionId = resolved.regionId;
  } else if (needsRegion) {
    regionId = await resolveDefaultRegion(chain);
  }
  if (needsRegion && regionId !== undefined) clientOptions.regionId = regionId;
  const client = createFunctionTasksClient(clientOptions);
  return { ...client, credentialSource };
}
