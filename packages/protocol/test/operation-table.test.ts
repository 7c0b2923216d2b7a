import { describe, expect, it } from 'vitest';
import { buildOperationTable } from '../scripts/operation-table.mjs';
import { FUNCTION_OPERATION_IDS, FUNCTION_OPERATIONS, operationBody } from '../src/index.js';

const ok = { '200': { description: 'ok' } };

/** A spec of one PUT /things/{thingName} whose body is the given requestBody and schemas. */
function specWith(requestBody: unknown, schemas: Record<string, unknown> = {}, method = 'put') {
  return {
    paths: {
      '/things/{thingName}': {
        parameters: [{ name: 'thingName', in: 'path', required: true, schema: { type: 'string' } }],
        [method]: {
          operationId: 'UpdateThing',
          'x-fntasks-safe-to-repeat': true,
          requestBody,
          responses: ok,
        },
      },
    },
    components: {
      schemas: {
        Cron: { type: 'string', format: 'cron', description: 'A schedule.' },
        Base: { required: ['name'], properties: { name: { type: 'string', pattern: '^[a-z]+$' } } },
        ...schemas,
      },
    },
  };
}

const body = (casing: unknown, ref = '#/components/schemas/ThingRequest') => ({
  required: true,
  ...(casing === undefined ? {} : { 'x-fntasks-body-casing': casing }),
  content: { 'application/json': { schema: { $ref: ref } } },
});

const thingRequest = {
  ThingRequest: {
    type: 'object',
    allOf: [
      { $ref: '#/components/schemas/Base' },
      {
        type: 'object',
        required: ['kind'],
        properties: {
          kind: { type: 'string', enum: ['a', 'b'], description: 'ignored' },
          cron: { $ref: '#/components/schemas/Cron' },
          label: { allOf: [{ $ref: '#/components/schemas/Cron' }], maxLength: 9 },
          items: { type: 'array', items: { type: 'object' } },
          count: { type: 'integer', minimum: 1 },
        },
      },
    ],
  },
};

describe('the request body in the operation table', () => {
  it('records casing, schema, required names and the top-level fields in order, following $ref and allOf', () => {
    const table = buildOperationTable(specWith(body('camel'), thingRequest));
    expect(table.UpdateThing?.method).toBe('PUT');
    expect(table.UpdateThing?.body).toEqual({
      casing: 'camel',
      schema: 'ThingRequest',
      required: ['name', 'kind'],
      fields: [
        { name: 'name', type: 'string', pattern: '^[a-z]+$' },
        { name: 'kind', type: 'string', enum: ['a', 'b'] },
        { name: 'cron', type: 'string', format: 'cron' },
        { name: 'label', type: 'string', maxLength: 9, format: 'cron' },
        { name: 'items', type: 'array' },
        { name: 'count', type: 'integer' },
      ],
    });
  });

  it('records null for an operation without a body', () => {
    expect(buildOperationTable(specWith(undefined)).UpdateThing?.body).toBeNull();
  });

  it('needs x-fntasks-body-casing camel or pascal on a body', () => {
    expect(() => buildOperationTable(specWith(body(undefined), thingRequest))).toThrow(
      /UpdateThing: the requestBody needs x-fntasks-body-casing/,
    );
    expect(() => buildOperationTable(specWith(body('snake'), thingRequest))).toThrow(/camel or pascal/);
  });

  it('refuses a body on a GET, an inline body schema, an untyped field and a name both parameter and field', () => {
    expect(() => buildOperationTable(specWith(body('camel'), thingRequest, 'get'))).toThrow(
      /GET has no body/,
    );
    const inline = { ...body('camel'), content: { 'application/json': { schema: { type: 'object' } } } };
    expect(() => buildOperationTable(specWith(inline))).toThrow(/\$ref to a named schema/);
    const untyped = { ThingRequest: { type: 'object', properties: { data: { description: 'any' } } } };
    expect(() => buildOperationTable(specWith(body('pascal'), untyped))).toThrow(
      /body field data needs a type/,
    );
    const clash = { ThingRequest: { type: 'object', properties: { thingName: { type: 'string' } } } };
    expect(() => buildOperationTable(specWith(body('camel'), clash))).toThrow(
      /body field thingName is also a parameter/,
    );
    const pascalClash = { ThingRequest: { type: 'object', properties: { ThingName: { type: 'string' } } } };
    expect(() => buildOperationTable(specWith(body('pascal'), pascalClash))).toThrow(
      /body field ThingName is also a parameter/,
    );
    const missing = { ThingRequest: { type: 'object', required: ['ghost'], properties: {} } };
    expect(() => buildOperationTable(specWith(body('camel'), missing))).toThrow(/required body field ghost/);
  });

  it('gives every operation of the spec a body or null, and none to a GET or a DELETE', () => {
    for (const id of FUNCTION_OPERATION_IDS) {
      const declared = operationBody(id);
      const { method } = FUNCTION_OPERATIONS[id];
      if (method === 'GET' || method === 'DELETE') expect(declared, id).toBeNull();
      for (const name of declared?.required ?? []) {
        expect(
          declared?.fields.map((f) => f.name),
          id,
        ).toContain(name);
      }
    }
    expect(operationBody('CreateFunctionTask')).toBeNull();
  });

  it('declares the instance writes: camelCase bodies, the cron checked as a cron, PUT for the updates', () => {
    const create = operationBody('CreateFunctionInstance');
    expect(create).toMatchObject({
      casing: 'camel',
      schema: 'CreateFunctionInstanceRequest',
      required: ['instanceName', 'modelType'],
    });
    expect(create?.fields.map((f) => f.name)).toEqual([
      'instanceName',
      'modelType',
      'functionType',
      'description',
      'cron',
      'createParameters',
      'usageParameters',
    ]);
    expect(create?.fields.find((f) => f.name === 'cron')).toEqual({
      name: 'cron',
      type: 'string',
      format: 'cron',
    });
    expect(create?.fields.find((f) => f.name === 'instanceName')?.pattern).toBe(
      '^[A-Za-z][A-Za-z0-9_]{0,29}$',
    );
    expect(operationBody('UpdateFunctionInstance')).toMatchObject({ casing: 'camel', required: [] });
    const setDefault = operationBody('UpdateFunctionDefaultInstance');
    expect(setDefault?.fields).toHaveLength(1);
    expect(new RegExp(setDefault?.fields[0]?.pattern ?? '^$').test('')).toBe(true);
    expect(FUNCTION_OPERATIONS.UpdateFunctionInstance.method).toBe('PUT');
    expect(FUNCTION_OPERATIONS.UpdateFunctionDefaultInstance.method).toBe('PUT');
    expect(FUNCTION_OPERATIONS.CreateFunctionInstance.safeToRepeat).toBe(false);
    expect(FUNCTION_OPERATIONS.DeleteFunctionInstance.safeToRepeat).toBe(true);
  });

  it('declares the versions: no app group, modelType required, functionType PAAS by default, numeric versionId', () => {
    const current = FUNCTION_OPERATIONS.GetFunctionCurrentVersion;
    expect(current.path).toBe('/v4/openapi/functions/{functionName}/current-version');
    expect(current.query.map((q) => q.name)).toEqual(['modelType', 'functionType', 'domain', 'category']);
    expect(current.query[0]).toMatchObject({ name: 'modelType', required: true });
    expect(current.query[1]).toMatchObject({ name: 'functionType', required: false, default: 'PAAS' });
    expect(current.body).toBeNull();
    const version = FUNCTION_OPERATIONS.GetFunctionVersion;
    expect(version.pathParams.map((p) => p.name)).toEqual(['functionName', 'versionId']);
    expect(version.pathParams[1]).toMatchObject({ type: 'string', pattern: '^[0-9]+$' });
    expect(version.success.schemas).toEqual(['GetFunctionVersionCamelBody', 'GetFunctionVersionPascalBody']);
  });

  it('declares the resource writes: PascalCase bodies, Data an object, Delete safe to repeat and Create not', () => {
    expect(operationBody('CreateFunctionResource')).toEqual({
      casing: 'pascal',
      schema: 'CreateFunctionResourceRequest',
      required: ['ResourceName', 'ResourceType', 'Data'],
      fields: [
        { name: 'ResourceName', type: 'string', minLength: 1 },
        { name: 'ResourceType', type: 'string', enum: ['feature_generator', 'raw_file'] },
        { name: 'Description', type: 'string' },
        { name: 'Data', type: 'object' },
      ],
    });
    expect(operationBody('UpdateFunctionResource')).toMatchObject({ casing: 'pascal', required: [] });
    expect(operationBody('UpdateFunctionResource')?.fields.map((f) => f.name)).toEqual([
      'Description',
      'Data',
    ]);
    expect(FUNCTION_OPERATIONS.ListFunctionResources.paged).toBe(true);
    expect(FUNCTION_OPERATIONS.ListFunctionResources.query.find((q) => q.name === 'pageSize')).toMatchObject({
      default: 10,
      minimum: 1,
    });
    expect(FUNCTION_OPERATIONS.CreateFunctionResource.safeToRepeat).toBe(false);
    expect(FUNCTION_OPERATIONS.DeleteFunctionResource.safeToRepeat).toBe(true);
    expect(FUNCTION_OPERATIONS.UpdateFunctionResource.method).toBe('PUT');
  });
});
