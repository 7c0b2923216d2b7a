/**
 * `--file`: a write's fields from a JSON or YAML file, read and checked before any request. JSON for `.json`,
 * YAML for `.yaml`/`.yml`, and by content otherwise (a document starting with `{` is JSON). The document must be
 * a mapping of the command's own fields (core's camelCase names); the values are checked by core with every
 * other parameter. Every problem is a usage error (exit 2) naming the file and what is wrong with it.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UsageError } from './errors.js';

/** Larger than any body the API takes: a bigger file is a mistake (a wrong path), not a request. */
export const MAX_BODY_FILE_BYTES = 1024 * 1024;

/** The fields a file gave, and the file's name for messages about them. */
export interface BodyFile {
  readonly path: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Reads `path` and returns its fields; `allowed` are the names the command takes from a file. */
export async function readBodyFile(path: string, allowed: readonly string[]): Promise<BodyFile> {
  const fail = (problem: string, hint?: string): never => {
    throw new UsageError(`--file ${JSON.stringify(path)}: ${problem}`, hint === undefined ? {} : { hint });
  };
  const text = await readTextFile(path, '--file');
  if (text.trim() === '') fail('is empty.', `Write a mapping of fields: ${allowed.join(', ')}.`);
  const document = await parseDocument(text, path, fail);
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    fail(
      `holds ${Array.isArray(document) ? 'a list' : document === null ? 'null' : `a ${typeof document}`}, not a mapping of fields.`,
      `Write a mapping of fields: ${allowed.join(', ')}.`,
    );
  }
  const fields = document as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (allowed.includes(key)) continue;
    const camel = key.charAt(0).toLowerCase() + key.slice(1);
    fail(
      `unknown field ${JSON.stringify(key)}.`,
      allowed.includes(camel)
        ? `Fields are camelCase here: write ${camel} (core sends the casing the API wants).`
        : `Allowed fields: ${allowed.join(', ')}.`,
    );
  }
  return { path, fields };
}

/**
 * The text of a file an option names (`--file`, `--content-file`), at most {@link MAX_BODY_FILE_BYTES}; a
 * missing, unreadable or oversized file is a usage error naming the option and the path.
 */
export async function readTextFile(path: string, option: string): Promise<string> {
  const fail = (problem: string): never => {
    throw new UsageError(`${option} ${JSON.stringify(path)}: ${problem}`);
  };
  try {
    const info = await stat(path);
    if (info.isDirectory()) fail('is a directory, not a file.');
    if (info.size > MAX_BODY_FILE_BYTES) {
      fail(`is ${info.size} bytes; a request body is at most ${MAX_BODY_FILE_BYTES} bytes.`);
    }
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      code === 'ENOENT'
        ? 'no such file.'
        : code === 'EACCES'
          ? 'permission denied.'
          : `cannot be read (${code ?? (error as Error).message}).`,
    );
  }
}

/** JSON or YAML, by extension or content; a syntax error names where it is. */
async function parseDocument(
  text: string,
  path: string,
  fail: (problem: string, hint?: string) => never,
): Promise<unknown> {
  const extension = extname(path).toLowerCase();
  const json =
    extension === '.json' || (extension !== '.yaml' && extension !== '.yml' && /^\s*[{[]/.test(text));
  if (json) {
    try {
      return JSON.parse(text);
    } catch (error) {
      return fail(`is not valid JSON: ${(error as Error).message}.`);
    }
  }
  const { parseDocument: parseYaml } = await import('yaml');
  const document = parseYaml(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors;
  if (error) {
    const where = error.linePos ? ` (line ${error.linePos[0].line}, column ${error.linePos[0].col})` : '';
    // yaml's message continues with a snippet on the following lines: the first line says what is wrong.
    const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    return fail(`is not valid YAML${where}: ${what}.`);
  }
  return document.toJS();
}

/**
 * Core's name of a field (`createParameters[0].value`) as the user gave it: the flag when an option set it,
 * else the field in the file. `flags` maps the fields options can set to their flags.
 */
export function fieldTerm(
  argument: string,
  flags: Readonly<Record<string, string>>,
  given: { readonly flags: ReadonlySet<string>; readonly file?: BodyFile | undefined },
): string | undefined {
  const field = /^[A-Za-z]+/.exec(argument)?.[0] ?? argument;
  const flag = flags[field];
  if (given.flags.has(field)) return flag;
  if (given.file && Object.hasOwn(given.file.fields, field)) return `${argument} in ${given.file.path}`;
  return flag;
}

/** A write's body fields, from `--file` and options, and how to name each in a message. */
export interface GatheredBody {
  /** The file's fields with the options' over them (an option given wins). */
  readonly fields: Record<string, unknown>;
  /** Core's argument name as the user gave it: the flag, the field in the file, or the positional argument. */
  readonly userTerms: (argument: string) => string | undefined;
}

/**
 * Gathers a write's fields: `file` (when given) read with `allowed` fields, then the options that were given
 * (`undefined` is not given) over them. `flags` names each field's option, and the positional arguments.
 */
export async function gatherBody(
  file: string | undefined,
  allowed: readonly string[],
  options: Readonly<Record<string, unknown>>,
  flags: Readonly<Record<string, string>>,
): Promise<GatheredBody> {
  const fromFile = file === undefined ? undefined : await readBodyFile(file, allowed);
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  const byFlag = new Set(given.map(([name]) => name));
  return {
    fields: { ...fromFile?.fields, ...Object.fromEntries(given) },
    userTerms: (argument) => fieldTerm(argument, flags, { flags: byFlag, file: fromFile }),
  };
}
