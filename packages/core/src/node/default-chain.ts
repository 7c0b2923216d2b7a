/**
 * The default credential chain users of Alibaba Cloud tools expect: environment variables first, then the
 * aliyun CLI's `~/.aliyun/config.json` (its `current` profile, or the one named by ALIBABA_CLOUD_PROFILE).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Credentials, CredentialsError } from '../credentials.js';
import { profileCredentials, readAliyunConfig } from './config-file.js';
import { ENV_NAMES, type Environment, readEnv, readEnvironmentCredentials } from './env-credentials.js';

/** Options of `resolveDefaultCredentials`. */
export interface DefaultCredentialsOptions {
  /** Use this profile of the config file (skips the environment's keys). */
  profile?: string;
  /** The environment to read (defaults to `process.env`). */
  env?: Environment;
  /** The home directory holding `.aliyun/config.json` (defaults to `env.HOME`, then the OS's). */
  homeDir?: string;
}

/** Where resolved credentials came from (never the secret). */
export type CredentialSource =
  | { kind: 'environment'; variables: string[]; description: string }
  | { kind: 'config-file'; file: string; profile: string; mode: 'AK' | 'StsToken'; description: string };

/** Resolved credentials, the default region (when one was configured) and their source. */
export interface ResolvedCredentials {
  credentials: Credentials;
  regionId?: string;
  source: CredentialSource;
}

/** The path of the aliyun CLI config file under a home directory. */
export function aliyunConfigPath(homeDir: string): string {
  return join(homeDir, '.aliyun', 'config.json');
}

function homeOf(options: DefaultCredentialsOptions, env: Environment): string {
  return options.homeDir ?? (env.HOME || env.USERPROFILE || homedir());
}

/** Resolves credentials from the environment, then `~/.aliyun/config.json`; throws CredentialsError naming what failed. */
export async function resolveDefaultCredentials(
  options: DefaultCredentialsOptions = {},
): Promise<ResolvedCredentials> {
  const env = options.env ?? process.env;
  const file = aliyunConfigPath(homeOf(options, env));
  const envRegion = readEnv(env, ENV_NAMES.regionId)?.value;

  if (options.profile === undefined) {
    const fromEnv = readEnvironmentCredentials(env);
    if (fromEnv) {
      const regionId = envRegion ?? (await regionFromFile(file, env).catch(() => undefined));
      return {
        credentials: fromEnv.credentials,
        ...(regionId ? { regionId } : {}),
        source: {
          kind: 'environment',
          variables: fromEnv.variables,
          description: `environment variables ${fromEnv.variables.join(', ')}`,
        },
      };
    }
  }

  const config = await readAliyunConfig(file);
  if (!config) {
    throw new CredentialsError(
      options.profile === undefined
        ? `No Alibaba Cloud credentials found: neither ${ENV_NAMES.accessKeyId[0]} / ${ENV_NAMES.accessKeySecret[0]} (or the older ALICLOUD_* names) are set, nor does ${file} exist. Set the variables, run \`aliyun configure\`, or pass credentials.`
        : `Profile "${options.profile}" was asked for, but ${file} does not exist. Run \`aliyun configure --profile ${options.profile}\` or pass credentials.`,
      { source: file },
    );
  }
  const profile = options.profile ?? readEnv(env, ENV_NAMES.profile)?.value ?? config.current ?? 'default';
  const found = profileCredentials(config, profile);
  const regionId = envRegion ?? found.regionId;
  return {
    credentials: found.credentials,
    ...(regionId ? { regionId } : {}),
    source: {
      kind: 'config-file',
      file,
      profile: found.profile,
      mode: found.mode,
      description: `${file}, profile "${found.profile}" (${found.mode})`,
    },
  };
}

/** The region of the profile the chain would pick, if the file says one (errors propagate to the caller). */
async function regionFromFile(file: string, env: Environment, profile?: string): Promise<string | undefined> {
  const config = await readAliyunConfig(file);
  if (!config) return undefined;
  const name = profile ?? readEnv(env, ENV_NAMES.profile)?.value ?? config.current ?? 'default';
  const entry = config.profiles.find((p) => p.name === name);
  const region = entry?.region_id;
  return typeof region === 'string' && region.trim() !== '' ? region.trim() : undefined;
}

/** The default region: the environment's, else the chosen profile's `region_id` (best effort, never throws). */
export async function resolveDefaultRegion(
  options: DefaultCredentialsOptions = {},
): Promise<string | undefined> {
  const env = options.env ?? process.env;
  const fromEnv = readEnv(env, ENV_NAMES.regionId)?.value;
  if (fromEnv) return fromEnv;
  return regionFromFile(aliyunConfigPath(homeOf(options, env)), env, options.profile).catch(() => undefined);
}
