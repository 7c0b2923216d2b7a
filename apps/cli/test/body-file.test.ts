/** `--file` and `--content-file`: JSON and YAML read into fields, and every bad file a usage error naming it. */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldTerm, gatherBody, MAX_BODY_FILE_BYTES, readBodyFile, readTextFile } from '../src/body-file.js';
import { ExitCode, UsageError } from '../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'fntasks-body-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ALLOWED = ['modelType', 'cron', 'createParameters'] as const;

/** The usage error a read throws. */
async function failure(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  expect((error as UsageError).exitCode).toBe(ExitCode.Usage);
  return error as UsageError;
}

describe('readBodyFile', () => {
  it('reads JSON by extension, YAML by extension, and either by content', async () => {
    const fields = {
      modelType: 'tf_checkpoint',
      cron: '0 3 ? * 0,1,3,5',
      createParameters: [{ name: 'a', value: 'b' }],
    };
    expect((await readBodyFile(file('a.json', JSON.stringify(fields)), ALLOWED)).fields).toEqual(fields);
    const yaml =
      'modelType: tf_checkpoint\ncron: "0 3 ? * 0,1,3,5"\ncreateParameters:\n  - name: a\n    value: b\n';
    expect((await readBodyFile(file('a.yaml', yaml), ALLOWED)).fields).toEqual(fields);
    expect((await readBodyFile(file('a.yml', yaml), ALLOWED)).fields).toEqual(fields);
    expect((await readBodyFile(file('a.body', yaml), ALLOWED)).fields).toEqual(fields);
    expect((await readBodyFile(file('b.body', JSON.stringify(fields)), ALLOWED)).fields).toEqual(fields);
  });

  it.each([
    ['missing.json', null, /^--file ".*missing\.json": no such file\.$/],
    ['empty.json', '  \n', /: is empty\.$/],
    ['bad.json', '{"modelType": }', /: is not valid JSON: .*\.$/],
    [
      'bad.yaml',
      'modelType: a\nmodelType: b\n',
      /: is not valid YAML \(line 2, column 1\): Map keys must be unique\.$/,
    ],
    ['list.yaml', '- a\n- b\n', /: holds a list, not a mapping of fields\.$/],
    ['scalar.yaml', 'just text\n', /: holds a string, not a mapping of fields\.$/],
    ['null.json', 'null', /: holds null, not a mapping of fields\.$/],
    ['unknown.json', '{"modelType":"x","bogus":1}', /: unknown field "bogus"\.$/],
  ])('%s is a usage error naming the file and the problem', async (name, text, message) => {
    const path = text === null ? join(dir, name) : file(name, text);
    const error = await failure(readBodyFile(path, ALLOWED));
    expect(error.message).toContain(`--file ${JSON.stringify(path)}`);
    expect(error.message).toMatch(message);
  });

  it('a PascalCase field is told to be camelCase; another unknown field lists the allowed ones', async () => {
    const pascal = await failure(readBodyFile(file('p.json', '{"ModelType":"x"}'), ALLOWED));
    expect(pascal.hint).toBe(
      'Fields are camelCase here: write modelType (core sends the casing the API wants).',
    );
    const other = await failure(readBodyFile(file('o.json', '{"zzz":"x"}'), ALLOWED));
    expect(other.hint).toBe('Allowed fields: modelType, cron, createParameters.');
  });

  it('a directory, an unreadable file and a file over the limit are refused before reading', async () => {
    expect((await failure(readBodyFile(dir, ALLOWED))).message).toMatch(/: is a directory, not a file\.$/);
    const big = file('big.json', `{"cron":"${'x'.repeat(MAX_BODY_FILE_BYTES)}"}`);
    expect((await failure(readBodyFile(big, ALLOWED))).message).toMatch(
      /: is \d+ bytes; a request body is at most 1048576 bytes\.$/,
    );
    if (process.getuid?.() !== 0) {
      const locked = file('locked.json', '{}');
      chmodSync(locked, 0o000);
      expect((await failure(readBodyFile(locked, ALLOWED))).message).toMatch(/: permission denied\.$/);
    }
  });

  it('readTextFile names its own option', async () => {
    expect(await readTextFile(file('c.txt', 'a,b,c\n'), '--content-file')).toBe('a,b,c\n');
    const error = await failure(readTextFile(join(dir, 'nope.txt'), '--content-file'));
    expect(error.message).toMatch(/^--content-file ".*nope\.txt": no such file\.$/);
  });
});

describe('gatherBody', () => {
  const FLAGS = {
    cron: '--cron',
    modelType: '--model-type',
    createParameters: '--create-param',
    instanceName: 'the instance name',
  };

  it('options given win over the file; options not given leave the file alone', async () => {
    const path = file('g.yaml', 'modelType: tf_checkpoint\ncron: "0 1 * * *"\n');
    const body = await gatherBody(path, ALLOWED, { cron: '0 3 ? * 0', modelType: undefined }, FLAGS);
    expect(body.fields).toEqual({ modelType: 'tf_checkpoint', cron: '0 3 ? * 0' });
  });

  it('names a field as the user gave it: the flag, the field in the file, or the argument', async () => {
    const path = file('h.yaml', 'createParameters:\n  - name: a\n    value: 1\n');
    const body = await gatherBody(path, ALLOWED, { cron: '0 3 ? * 0' }, FLAGS);
    expect(body.userTerms('cron')).toBe('--cron');
    expect(body.userTerms('createParameters[0].value')).toBe(`createParameters[0].value in ${path}`);
    expect(body.userTerms('instanceName')).toBe('the instance name');
    expect(body.userTerms('modelType')).toBe('--model-type');
    expect(fieldTerm('other', FLAGS, { flags: new Set() })).toBeUndefined();
  });
});
