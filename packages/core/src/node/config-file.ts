/**
 * The aliyun CLI's `~/.aliyun/config.json`: `{ current, profiles: [{ name, mode, access_key_id,
 * access_key_secret, sts_token, region_id, … }] }`. Modes `AK` and `StsToken` carry keys; others need a
 * token service, which fntasks leaves to a credentials provider function.
 */
import { readFile } from 'node:fs';
import { type Credentials, CredentialsError, createCredentials } from '../credentials.js';

/** The profile modes that carry keys directly. */
export type SupportedProfileMode = 'AK' | 'StsToken';

/** Credentials read from one profile of the file. */
export interface ConfigFileCredentials {
  credentials: Credentials;
  file: string;
  profile: string;
  mode: SupportedProfileMode;
  regionId: string | undefined;
}

/** A parsed config file (only what fntasks reads). */
export interface AliyunConfig {
  file: string;
  current: string | undefined;
  profiles: Array<Record<string, unknown>>;
}

/** Reads and checks the file; `undefined` when it does not exist, a CredentialsError when it is unusable. */
export async function readAliyunConfig(file: string): Promise<AliyunConfig | undefined> {
  let text: string;
  try {
    // node:fs's callback form: node:fs/promises would load a dozen more modules at a CLI's start-up.
    text = await new Promise<string>((resolve, reject) =>
      readFile(file, 'utf8', (error, data) => (error ? reject(error) : resolve(data))),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new CredentialsError(
      `Cannot read ${file} (${code ?? 'unknown error'}): check that it is a readable file.`,
      {
        source: file,
        cause: error,
      },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Never the parser's message: it quotes the file's text, which holds secrets.
    throw new CredentialsError(
      `${file} is not valid JSON${jsonPosition(text, error)}; fix it or recreate it with \`aliyun configure\`.`,
      {
        source: file,
      },
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CredentialsError(`${file} must hold a JSON object with "current" and "profiles".`, {
      source: file,
    });
  }
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record.profiles)) {
    throw new CredentialsError(`${file}: field "profiles" is missing or not an array.`, {
      source: file,
      field: 'profiles',
    });
  }
  if (record.current !== undefined && typeof record.current !== 'string') {
    throw new CredentialsError(`${file}: field "current" must be a profile name (a string).`, {
      source: file,
      field: 'current',
    });
  }
  const profiles = record.profiles.filter(
    (p): p is Record<string, unknown> => typeof p === 'object' && p !== null,
  );
  return { file, current: record.current || undefined, profiles };
}

/** Reads the credentials of one profile (by name) from a parsed file. */
export function profileCredentials(config: AliyunConfig, profileName: string): ConfigFileCredentials {
  const { file } = config;
  const profile = config.profiles.find((p) => p.name === profileName);
  if (!profile) {
    const names = config.profiles.map((p) =>
      typeof p.name === 'string' ? JSON.stringify(p.name) : '(unnamed)',
    );
    throw new CredentialsError(
      `Profile "${profileName}" is not in ${file} (profiles: ${names.join(', ') || 'none'}). Choose one with ALIBABA_CLOUD_PROFILE or the profile option, or run \`aliyun configure --profile ${profileName}\`.`,
      { source: file, field: 'profiles' },
    );
  }
  const where = `${file}, profile "${profileName}"`;
  const mode = profile.mode;
  if (typeof mode !== 'string' || mode === '') {
    throw new CredentialsError(`${where}: field "mode" is missing (expected "AK" or "StsToken").`, {
      source: file,
      field: 'mode',
    });
  }
  if (mode !== 'AK' && mode !== 'StsToken') {
    throw new CredentialsError(
      `${where} uses mode "${mode}", which needs a token service that fntasks does not call. Pass a credentials provider function instead: credentials: async () => ({ accessKeyId, accessKeySecret, securityToken }) (for example from @alicloud/credentials), or use a profile of mode "AK" or "StsToken".`,
      { source: file, field: 'mode' },
    );
  }
  const required =
    mode === 'AK'
      ? ['access_key_id', 'access_key_secret']
      : ['access_key_id', 'access_key_secret', 'sts_token'];
  for (const field of required) {
    const value = profile[field];
    if (typeof value !== 'string' || value.trim() === '') {
      throw new CredentialsError(`${where} (mode ${mode}): field "${field}" is missing or empty.`, {
        source: file,
        field,
      });
    }
  }
  const credentials = createCredentials(
    {
      accessKeyId: String(profile.access_key_id).trim(),
      accessKeySecret: String(profile.access_key_secret).trim(),
      securityToken: mode === 'StsToken' ? String(profile.sts_token).trim() : undefined,
    },
    where,
  );
  const region = profile.region_id;
  return {
    credentials,
    file,
    profile: profileName,
    mode,
    regionId: typeof region === 'string' && region.trim() !== '' ? region.trim() : undefined,
  };
}

/** " (line L, column C)" from a JSON.parse error's position, or "" when it has none. */
function jsonPosition(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!match) return text.trim() === '' ? ' (the file is empty)' : '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
