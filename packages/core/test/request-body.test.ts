/**
 * The request body writer on its own: flat camelCase parameters in, the body in the casing the table declares out
 * (fields in the spec's order, nested objects through key tables), and every refusal an InvalidArgumentError that
 * names the parameter as the caller wrote it and says what is allowed.
 */
import { type OperationBody, PARAMETER_KEYS } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../src/errors.js';
import { bodyWriter, type NestedShape, publicName } from '../src/operations/body.js';

const CAMEL: OperationBody = {
  casing: 'camel',
  schema: 'Camel',
  required: ['instanceName', 'modelType'],
  fields: [
    { name: 'instanceName', type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,29}$' },
    { name: 'modelType', type: 'string', enum: ['tf_checkpoint', 'pop'] },
    { name: 'description', type: 'string', maxLength: 5 },
    { name: 'cron', type: 'string', format: 'cron' },
    { name: 'createParameters', type: 'array' },
    { name: 'count', type: 'integer' },
  ],
};

const FEATURE: NestedShape = { keys: { name: 'Name', type: 'Type' } };
const DATA: NestedShape = {
  keys: { content: 'Content', generators: 'Generators' },
  lists: {
    generators: {
      keys: { generator: 'Generator', input: 'Input', output: 'Output' },
      objects: { input: { keys: { features: 'Features' }, lists: { features: FEATURE } } },
    },
  },
};

const PASCAL: OperationBody = {
  casing: 'pascal',
  schema: 'Pascal',
  required: ['ResourceName', 'Data'],
  fields: [
    { name: 'ResourceName', type: 'string', minLength: 1 },
    { name: 'Description', type: 'string' },
    { name: 'Data', type: 'object' },
  ],
};

const camel = bodyWriter(CAMEL, {
  instanceName: { allowed: '1 to 30 letters, digits or _, starting with a letter.' },
  createParameters: { nested: { keys: PARAMETER_KEYS } },
});
const pascal = bodyWriter(PASCAL, { data: { nested: DATA } });

function refusal(write: () => unknown): InvalidArgumentError {
  try {
    write();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return error as InvalidArgumentError;
  }
  throw new Error('expected a refusal');
}

describe('a camelCase body', () => {
  it('takes the declared fields in the spec’s order, leaves out what is not given and ignores path names', () => {
    const body = camel({
      count: 2,
      appGroupIdentity: 'my-app',
      createParameters: [{ value: 'x', name: 'label' }],
      modelType: 'pop',
      instanceName: 'ctr_new',
      cron: '0 3 ? * 0,1,3,5',
    });
    expect(JSON.stringify(body)).toBe(
      '{"instanceName":"ctr_new","modelType":"pop","cron":"0 3 ? * 0,1,3,5","createParameters":[{"name":"label","value":"x"}],"count":2}',
    );
  });

  it('refuses a missing required field, naming it and what it takes', () => {
    const error = refusal(() => camel({ modelType: 'pop' }));
    expect(error.argument).toBe('instanceName');
    expect(error.message).toMatch(/required: 1 to 30 letters/);
    expect(refusal(() => camel({ instanceName: 'a' })).message).toMatch(
      /modelType.*one of tf_checkpoint, pop/,
    );
  });

  it('checks enums, patterns (in the declaration’s words), lengths and integers', () => {
    expect(refusal(() => camel({ instanceName: 'a', modelType: 'nope' })).message).toMatch(
      /Invalid modelType: "nope"\. Allowed values: tf_checkpoint, pop\./,
    );
    const name = refusal(() => camel({ instanceName: '1abc', modelType: 'pop' }));
    expect(name.message).toBe(
      'Invalid instanceName: "1abc". 1 to 30 letters, digits or _, starting with a letter.',
    );
    expect(
      refusal(() => camel({ instanceName: 'a', modelType: 'pop', description: 'toolong' })).message,
    ).toMatch(/at most 5 characters/);
    expect(refusal(() => camel({ instanceName: 'a', modelType: 'pop', count: 1.5 })).argument).toBe('count');
    expect(refusal(() => camel({ instanceName: 'a', modelType: 'pop', cron: 5 })).message).toMatch(
      /Expected a string/,
    );
  });

  it('checks a cron with protocol’s checkCron, with its message; "" is no schedule', () => {
    expect(camel({ instanceName: 'a', modelType: 'pop', cron: '' })).toMatchObject({ cron: '' });
    const error = refusal(() => camel({ instanceName: 'a', modelType: 'pop', cron: '61 3 * * *' }));
    expect(error.argument).toBe('cron');
    expect(error.message).toMatch(/Minutes 61 is outside 0-59/);
    expect(refusal(() => camel({ instanceName: 'a', modelType: 'pop', cron: '0 3 * *' })).message).toMatch(
      /five fields/,
    );
  });

  it('checks each parameter entry: an object of strings, known keys only, named by its index', () => {
    const base = { instanceName: 'a', modelType: 'pop' };
    expect(refusal(() => camel({ ...base, createParameters: 'label=x' })).message).toMatch(
      /Expected an array/,
    );
    expect(refusal(() => camel({ ...base, createParameters: [{ name: 'a', value: 3 }] })).argument).toBe(
      'createParameters[0].value',
    );
    expect(refusal(() => camel({ ...base, createParameters: [{ name: 'a', Value: 'b' }] })).message).toMatch(
      /createParameters\[0\]\.Value.*Unknown field; expected name, value/,
    );
  });
});

describe('a PascalCase body', () => {
  it('is written from camelCase parameters, nested objects and lists through their key tables', () => {
    const body = pascal({
      resourceName: 'fg',
      description: 'd',
      data: {
        generators: [
          {
            generator: 'id_feature',
            input: { features: [{ name: 'user_id', type: 'item' }] },
            output: 'out',
          },
        ],
      },
    });
    expect(body).toEqual({
      ResourceName: 'fg',
      Description: 'd',
      Data: {
        Generators: [
          {
            Generator: 'id_feature',
            Input: { Features: [{ Name: 'user_id', Type: 'item' }] },
            Output: 'out',
          },
        ],
      },
    });
  });

  it('names a bad nested value by its path, and refuses the wire’s own casing as an unknown field', () => {
    expect(refusal(() => pascal({ resourceName: 'r', data: { content: 1 } })).argument).toBe('data.content');
    expect(
      refusal(() =>
        pascal({ resourceName: 'r', data: { generators: [{ input: { features: [{ Name: 'x' }] } }] } }),
      ).argument,
    ).toBe('data.generators[0].input.features[0].Name');
    expect(refusal(() => pascal({ resourceName: 'r', data: [] })).message).toMatch(/Expected an object/);
    expect(refusal(() => pascal({ resourceName: '', data: {} })).message).toMatch(
      /Expected at least 1 character\./,
    );
    expect(refusal(() => pascal({ data: {} })).argument).toBe('resourceName');
  });

  it('the public name of a wire field is its camelCase form', () => {
    expect(publicName('ResourceName')).toBe('resourceName');
    expect(publicName('instanceName')).toBe('instanceName');
  });
});
