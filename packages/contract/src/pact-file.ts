/**
 * Reading a pact file written by any Pact implementation (pact-jvm, pact-python, pact-go, pact-js), spec V2, V3
 * or V4, into the few fields the checks need. A file that cannot be read or is not a pact is a usage error that
 * says which file and why.
 */
import { readFileSync, statSync } from 'node:fs';
import type { NamedState } from './report/model.js';
import { UsageError } from './usage-error.js';

/** One interaction, as far as the checks read it. */
export interface PactInteraction {
  /** Its position in the file's `interactions` (the spec check reports findings by it). */
  index: number;
  description: string;
  states: NamedState[];
  request: { method: string; path: string };
  /** False for V4 message and plugin interactions, which neither check can verify. */
  http: boolean;
}

/** A pact file, read and checked. */
export interface PactFile {
  file: string;
  consumer: string;
  provider: string;
  /** The major Pact specification version: 2, 3 or 4. */
  specification: 2 | 3 | 4;
  interactions: PactInteraction[];
  /** Findings about the file that do not stop the checks. */
  warnings: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The largest pact file read (pact files of thousands of interactions are a few MB). */
const MAX_PACT_BYTES = 64 * 1024 * 1024;

/** Why `file` cannot be read as a file, in words; never its content. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory; pass the pact files in it (e.g. pacts/*.json)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of its path is not a folder';
  if (code === 'ELOOP') return 'its symbolic links loop';
  return code ?? 'it cannot be read';
}

/**
 * Why the text is not JSON, without the text: Node's message quotes the file's first bytes, and an unreadable
 * "pact" may be any file (a symlink to /etc/passwd).
 */
function jsonProblem(text: string): string {
  return text.trim() === '' ? 'it is empty' : 'it is not valid JSON';
}

/** Reads and checks `file`; throws `UsageError` naming the file and what is wrong with it, never quoting it. */
export function readPactFile(file: string): PactFile {
  let text: string;
  try {
    // Only a regular file: a FIFO or a device (a symlink to /dev/zero) would block or never end.
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (!stat.isFile()) throw new UsageError(`cannot read pact file ${file}: it is not a regular file`);
    if (stat.size > MAX_PACT_BYTES) {
      throw new UsageError(
        `cannot read pact file ${file}: it is ${stat.size} bytes, more than the ${MAX_PACT_BYTES} a pact file may have`,
      );
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read pact file ${file}: ${unreadable(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not a Pact file: ${jsonProblem(text)}`);
  }
  return parsePact(file, json);
}

/** Checks the parsed JSON of `file` is a pact and reads it. */
export function parsePact(file: string, json: unknown): PactFile {
  const notAPact = (why: string) => new UsageError(`${file} is not a Pact file: ${why}`);
  if (!isObject(json)) throw notAPact('expected a JSON object with consumer, provider and interactions');
  const consumer = isObject(json.consumer) ? json.consumer.name : undefined;
  const provider = isObject(json.provider) ? json.provider.name : undefined;
  if (typeof consumer !== 'string' || consumer === '') throw notAPact('it has no consumer.name');
  if (typeof provider !== 'string' || provider === '') throw notAPact('it has no provider.name');
  if (!Array.isArray(json.interactions)) {
    throw notAPact(
      Array.isArray(json.messages)
        ? 'it is a message pact (messages, no interactions); only HTTP interactions can be verified'
        : 'it has no interactions array',
    );
  }
  const warnings: string[] = [];
  const specification = specificationOf(json.metadata, notAPact, warnings);
  const interactions = json.interactions.map((raw, index) => {
    if (!isObject(raw)) throw notAPact(`interactions[${index}] is not an object`);
    return readInteraction(raw, index, notAPact);
  });
  const nonHttp = interactions.filter((i) => !i.http).length;
  if (nonHttp > 0) {
    warnings.push(
      `${nonHttp} non-HTTP interaction(s) (messages or plugins) skipped: only HTTP can be verified`,
    );
  }
  return { file, consumer, provider, specification, interactions, warnings };
}

/** The major specification version from `metadata`, in any of the spellings the implementations write. */
function specificationOf(
  metadata: unknown,
  notAPact: (why: string) => UsageError,
  warnings: string[],
): 2 | 3 | 4 {
  const meta = isObject(metadata) ? metadata : {};
  const holder = meta.pactSpecification ?? meta['pact-specification'] ?? meta.pactSpecificationVersion;
  const version = isObject(holder) ? holder.version : holder;
  if (version === undefined) {
    warnings.push('no metadata.pactSpecification.version; read as a Pact V2 file');
    return 2;
  }
  const major = Number.parseInt(String(version), 10);
  if (major === 1 || major === 2) return 2;
  if (major === 3 || major === 4) return major;
  throw notAPact(`its Pact specification version ${JSON.stringify(version)} is not 2, 3 or 4`);
}

/** One interaction of any version: V2's `providerState`, V3/V4's `providerStates` with params. */
function readInteraction(raw: Json, index: number, notAPact: (why: string) => UsageError): PactInteraction {
  const http = raw.type === undefined || raw.type === 'Synchronous/HTTP';
  const description = raw.description;
  if (typeof description !== 'string') throw notAPact(`interactions[${index}] has no description`);
  const states: NamedState[] = [];
  if (Array.isArray(raw.providerStates)) {
    for (const state of raw.providerStates) {
      if (!isObject(state) || typeof state.name !== 'string') {
        throw notAPact(`interactions[${index}].providerStates holds an entry without a name`);
      }
      states.push({ name: state.name, params: isObject(state.params) ? state.params : {} });
    }
  } else {
    const legacy = raw.providerState ?? raw.provider_state;
    if (typeof legacy === 'string' && legacy !== '') states.push({ name: legacy, params: {} });
  }
  if (!http) return { index, description, states, request: { method: '', path: '' }, http };
  const request = raw.request;
  if (!isObject(request) || typeof request.method !== 'string' || typeof request.path !== 'string') {
    throw notAPact(`interactions[${index}] ("${description}") has no request method and path`);
  }
  if (!isObject(raw.response)) throw notAPact(`interactions[${index}] ("${description}") has no response`);
  return {
    index,
    description,
    states,
    request: { method: request.method.toUpperCase(), path: request.path },
    http,
  };
}
