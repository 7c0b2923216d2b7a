/** Credentials and region from environment variables: the names the Alibaba Cloud SDKs and the aliyun CLI read. */
import { type Credentials, CredentialsError, createCredentials } from '../credentials.js';

/** Environment variables, as in `process.env`. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** Each setting's variables, most preferred first (`ALIBABA_CLOUD_*`, then the older names the aliyun CLI reads). */
export const ENV_NAMES = {
  accessKeyId: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABACLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY_ID'],
  accessKeySecret: [
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'ALIBABACLOUD_ACCESS_KEY_SECRET',
    'ALICLOUD_ACCESS_KEY_SECRET',
  ],
  securityToken: ['ALIBABA_CLOUD_SECURITY_TOKEN', 'ALIBABACLOUD_SECURITY_TOKEN', 'ALICLOUD_SECURITY_TOKEN'],
  regionId: ['ALIBABA_CLOUD_REGION_ID', 'ALIBABACLOUD_REGION_ID', 'ALICLOUD_REGION_ID'],
  profile: ['ALIBABA_CLOUD_PROFILE', 'ALIBABACLOUD_PROFILE', 'ALICLOUD_PROFILE'],
} as const;

/** The first non-empty variable of a setting, with its name. */
export function readEnv(
  env: Environment,
  names: readonly string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/** What the environment holds: credentials (with the variables used), or nothing. */
export interface EnvironmentCredentials {
  credentials: Credentials;
  variables: string[];
}

/** Reads an AccessKey pair (and token) from the environment; `undefined` when neither id nor secret is set. */
export function readEnvironmentCredentials(env: Environment): EnvironmentCredentials | undefined {
  const id = readEnv(env, ENV_NAMES.accessKeyId);
  const secret = readEnv(env, ENV_NAMES.accessKeySecret);
  const token = readEnv(env, ENV_NAMES.securityToken);
  if (!id && !secret) return undefined;
  const source = 'the environment';
  if (!id) {
    throw new CredentialsError(
      `${secret?.name} is set but no AccessKey id is: set ${ENV_NAMES.accessKeyId[0]} too.`,
      { source, field: ENV_NAMES.accessKeyId[0] },
    );
  }
  if (!secret) {
    throw new CredentialsError(
      `${id.name} is set but no AccessKey secret is: set ${ENV_NAMES.accessKeySecret[0]} too.`,
      {
        source,
        field: ENV_NAMES.accessKeySecret[0],
      },
    );
  }
  const credentials = createCredentials(
    { accessKeyId: id.value, accessKeySecret: secret.value, securityToken: token?.value },
    `the environment (${id.name})`,
  );
  return { credentials, variables: [id.name, secret.name, ...(token ? [token.name] : [])] };
}
