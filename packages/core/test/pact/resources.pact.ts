/**
 * The five resource operations: the PascalCase request bodies exactly as the client writes them (signed content
 * type and hash), a resource of each type in both documented casings, the list's query by its documented names
 * (the requests the CLI's and the dashboard's listings make), and the refusals `Resource.Duplicated`,
 * `Resource.NotExist` and `Resource.InUse`. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3, type TemplateQuery } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { ListFunctionResourcesParams } from '../../src/index.js';
import { CATALOGUE, FUNCTION_PATH, INSTANCE } from './contract.js';
import { JSON_CONTENT, signedHeaders, signedJsonHeaders, stringMatching } from './matchers.js';
import {
  answerMeta,
  CASINGS,
  camelEnvelope,
  clientFor,
  errorBody,
  expectApiError,
  pact,
  pascalEnvelope,
} from './pact-run.js';

const { eachLike, integer, regex, string } = MatchersV3;

const FUNCTION = { appGroupIdentity: INSTANCE.appGroupIdentity, functionName: INSTANCE.functionName };
const NAME = 'ctr_resource';
const STATE = { ...FUNCTION, resourceName: NAME };
const RESOURCES = `${FUNCTION_PATH}/resources`;
/** The state's create and modify time, 2025-11-01T08:00:00Z. */
const STATE_TIME = 1_761_984_000_000;

type ResourceType = 'raw_file' | 'feature_generator';

/** The state's resource of `type` in `casing`: typed values, the data of its type. */
function resource(casing: 'camel' | 'pascal', type: ResourceType): Record<string, unknown> {
  const data =
    type === 'raw_file'
      ? { Content: string('a,b,c') }
      : {
          Generators: eachLike({
            Generator: string('id_feature'),
            Input: { Features: eachLike({ Name: string('user_id'), Type: string('item') }) },
            Output: string('user_id_feature'),
          }),
        };
  const pascal = {
    ResourceName: string(NAME),
    ResourceType: stringMatching('^(feature_generator|raw_file)$', type),
    Description: string(`contract test resource ${NAME}`),
    FunctionName: string(FUNCTION.functionName),
    CreateTime: integer(STATE_TIME),
    ModifyTime: integer(STATE_TIME),
    ReferencedInstances: [],
    Data: data,
  };
  return casing === 'pascal' ? pascal : camelKeys(pascal);
}

/** The same template with camelCase keys at every level (matchers' own keys untouched). */
function camelKeys(value: unknown): Record<string, unknown> {
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, inner]) => [
        key.startsWith('pact:') || key === 'value' || key === 'min'
          ? key
          : `${key[0]?.toLowerCase()}${key.slice(1)}`,
        convert(inner),
      ]),
    );
  };
  return convert(value) as Record<string, unknown>;
}

/** What the client makes of `resource()` (either casing). */
function resourceRead(type: ResourceType) {
  return {
    resourceName: NAME,
    resourceType: type,
    description: `contract test resource ${NAME}`,
    functionName: FUNCTION.functionName,
    createTime: STATE_TIME,
    modifyTime: STATE_TIME,
    referencedInstances: [],
    data:
      type === 'raw_file'
        ? { content: 'a,b,c' }
        : {
            generators: [
              {
                generator: 'id_feature',
                input: { features: [{ name: 'user_id', type: 'item' }] },
                output: 'user_id_feature',
              },
            ],
          },
    warnings: [],
  };
}

/** The cases both casings are read in: a raw file in camelCase, a feature generator in PascalCase, and back. */
const READ_CASES = [
  { casing: 'camel', label: 'camelCase', type: 'raw_file' },
  { casing: 'pascal', label: 'PascalCase', type: 'feature_generator' },
  { casing: 'camel', label: 'camelCase', type: 'feature_generator' },
  { casing: 'pascal', label: 'PascalCase', type: 'raw_file' },
] as const;

describe('GetFunctionResource', () => {
  const headers = signedHeaders('GetFunctionResource');

  for (const { casing, label, type } of READ_CASES) {
    it(`reads a ${type} resource (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.resource, { ...STATE, resourceType: type, casing })
        .uponReceiving(`a request for a ${type} resource (${label} answer)`)
        .withRequest('GET', `${RESOURCES}/${NAME}`, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              casing === 'camel'
                ? camelEnvelope({ result: resource('camel', type) })
                : pascalEnvelope({ Result: resource('pascal', type) }),
            ),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionResource({ ...STATE });
          expect(answer).toEqual({ resource: resourceRead(type), ...answerMeta(casing) });
        });
    });
  }

  it('sends output by its documented name', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.resource, STATE)
      .uponReceiving('a request for a resource with output=detail')
      .withRequest('GET', `${RESOURCES}/${NAME}`, (req) => req.headers(headers).query({ output: 'detail' }))
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(camelEnvelope({ result: resource('camel', 'raw_file') })),
      )
      .executeTest(async (mockServer) => {
        const answer = await clientFor(mockServer).getFunctionResource({ ...STATE, output: 'detail' });
        expect(answer.resource).toEqual(resourceRead('raw_file'));
      });
  });

  it('404 Resource.NotExist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noResource, STATE)
      .uponReceiving('a request for a resource that does not exist')
      .withRequest('GET', `${RESOURCES}/${NAME}`, (req) => req.headers(headers))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Resource.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).getFunctionResource(STATE), {
          httpCode: 404,
          code: 'Resource.NotExist',
        });
      });
  });
});

describe('ListFunctionResources', () => {
  const headers = signedHeaders('ListFunctionResources');
  const page = regex('^[1-9][0-9]*$', '1');
  const size = regex('^[1-9][0-9]*$', '100');

  for (const { casing, label } of CASINGS) {
    it(`reads a page of resources (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.resource, { ...STATE, casing })
        .uponReceiving(`a request for the resources of a function (${label} answer)`)
        .withRequest('GET', RESOURCES, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(
            casing === 'camel'
              ? camelEnvelope({ totalCount: integer(1), result: eachLike(resource('camel', 'raw_file')) })
              : pascalEnvelope({
                  TotalCount: integer(1),
                  Result: eachLike(resource('pascal', 'raw_file')),
                }),
          ),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).listFunctionResources(FUNCTION);
          expect(answer).toEqual({
            resources: [resourceRead('raw_file')],
            totalCount: 1,
            pageNumber: 1,
            pageSize: 10,
            ...answerMeta(casing),
          });
        });
    });
  }

  // iterateFunctionResources (the CLI's listing) pages with pageNumber and pageSize, filtered by type or not.
  const queries: Array<
    [string, Omit<ListFunctionResourcesParams, 'appGroupIdentity' | 'functionName'>, TemplateQuery]
  > = [
    ['a page', { pageNumber: 1, pageSize: 100 }, { pageNumber: page, pageSize: size }],
    [
      'a page of one type',
      { resourceType: 'raw_file', pageNumber: 1, pageSize: 100 },
      { resourceType: 'raw_file', pageNumber: page, pageSize: size },
    ],
    [
      'every query parameter by its documented name',
      { output: 'detail', resourceType: 'raw_file', pageNumber: 1, pageSize: 100 },
      { output: 'detail', resourceType: 'raw_file', pageNumber: page, pageSize: size },
    ],
  ];
  for (const [what, params, query] of queries) {
    it(`sends ${what}`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.resource, STATE)
        .uponReceiving(`a request for ${what} of the resources of a function`)
        .withRequest('GET', RESOURCES, (req) => req.headers(headers).query(query))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              camelEnvelope({ totalCount: integer(1), result: eachLike(resource('camel', 'raw_file')) }),
            ),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).listFunctionResources({ ...FUNCTION, ...params });
          expect(answer.resources).toEqual([resourceRead('raw_file')]);
        });
    });
  }

  it('an empty list when the function has no resource', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noResource, STATE)
      .uponReceiving('a request for the resources of a function that has none')
      .withRequest('GET', RESOURCES, (req) => req.headers(headers))
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(camelEnvelope({ totalCount: 0, result: [] })),
      )
      .executeTest(async (mockServer) => {
        await expect(clientFor(mockServer).listFunctionResources(FUNCTION)).resolves.toMatchObject({
          resources: [],
          totalCount: 0,
        });
      });
  });
});

describe('CreateFunctionResource', () => {
  const raw = {
    ResourceName: NAME,
    ResourceType: 'raw_file',
    Description: 'labels',
    Data: { Content: 'a,b,c' },
  };

  for (const { casing, label } of CASINGS) {
    it(`creates a raw_file resource from camelCase parameters, sent in PascalCase (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.noResource, { ...STATE, casing })
        .uponReceiving(`a request to create a raw_file resource (${label} answer)`)
        .withRequest('POST', RESOURCES, (req) =>
          req.headers(signedJsonHeaders('CreateFunctionResource', raw)).jsonBody(raw),
        )
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).createFunctionResource({
            ...STATE,
            resourceType: 'raw_file',
            description: 'labels',
            data: { content: 'a,b,c' },
          });
          expect(answer).toEqual(answerMeta(casing));
        });
    });
  }

  it('creates a feature_generator resource with nested generators', async () => {
    const body = {
      ResourceName: NAME,
      ResourceType: 'feature_generator',
      Data: {
        Generators: [
          {
            Generator: 'id_feature',
            Input: { Features: [{ Name: 'user_id', Type: 'item' }] },
            Output: 'user_id_feature',
          },
        ],
      },
    };
    await pact
      .addInteraction()
      .given(CATALOGUE.noResource, STATE)
      .uponReceiving('a request to create a feature_generator resource')
      .withRequest('POST', RESOURCES, (req) =>
        req.headers(signedJsonHeaders('CreateFunctionResource', body)).jsonBody(body),
      )
      .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelEnvelope()))
      .executeTest(async (mockServer) => {
        await expect(
          clientFor(mockServer).createFunctionResource({
            ...STATE,
            resourceType: 'feature_generator',
            data: {
              generators: [
                {
                  generator: 'id_feature',
                  input: { features: [{ name: 'user_id', type: 'item' }] },
                  output: 'user_id_feature',
                },
              ],
            },
          }),
        ).resolves.toEqual(answerMeta('camel'));
      });
  });

  it('400 Resource.Duplicated for a name that is taken', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.resource, STATE)
      .uponReceiving('a request to create a resource whose name is taken')
      .withRequest('POST', RESOURCES, (req) =>
        req.headers(signedJsonHeaders('CreateFunctionResource', raw)).jsonBody(raw),
      )
      .willRespondWith(400, (res) =>
        res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Resource.Duplicated')),
      )
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).createFunctionResource({
            ...STATE,
            resourceType: 'raw_file',
            description: 'labels',
            data: { content: 'a,b,c' },
          }),
          { httpCode: 400, code: 'Resource.Duplicated' },
        );
      });
  });
});

describe('UpdateFunctionResource', () => {
  const body = { Description: 'new labels', Data: { Content: 'x,y' } };
  const params = { ...STATE, description: 'new labels', data: { content: 'x,y' } };

  for (const { casing, label } of CASINGS) {
    it(`changes the description and data, sent in PascalCase (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.resource, { ...STATE, casing })
        .uponReceiving(`a request to change a resource (${label} answer)`)
        .withRequest('PUT', `${RESOURCES}/${NAME}`, (req) =>
          req.headers(signedJsonHeaders('UpdateFunctionResource', body)).jsonBody(body),
        )
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          await expect(clientFor(mockServer).updateFunctionResource(params)).resolves.toEqual(
            answerMeta(casing),
          );
        });
    });
  }

  it('404 Resource.NotExist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noResource, STATE)
      .uponReceiving('a request to change a resource that does not exist')
      .withRequest('PUT', `${RESOURCES}/${NAME}`, (req) =>
        req.headers(signedJsonHeaders('UpdateFunctionResource', body)).jsonBody(body),
      )
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Resource.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).updateFunctionResource(params), {
          httpCode: 404,
          code: 'Resource.NotExist',
        });
      });
  });
});

describe('DeleteFunctionResource', () => {
  const headers = signedHeaders('DeleteFunctionResource');

  for (const { casing, label } of CASINGS) {
    it(`deletes a resource no instance uses (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.resource, { ...STATE, casing })
        .uponReceiving(`a request to delete a resource (${label} answer)`)
        .withRequest('DELETE', `${RESOURCES}/${NAME}`, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          await expect(clientFor(mockServer).deleteFunctionResource(STATE)).resolves.toEqual({
            ...answerMeta(casing),
            alreadyDeleted: false,
          });
        });
    });
  }

  it('400 Resource.InUse while an instance uses it', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.resourceInUse, { ...STATE, instanceName: INSTANCE.instanceName })
      .uponReceiving('a request to delete a resource an instance uses')
      .withRequest('DELETE', `${RESOURCES}/${NAME}`, (req) => req.headers(headers))
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Resource.InUse')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).deleteFunctionResource(STATE), {
          httpCode: 400,
          code: 'Resource.InUse',
        });
      });
  });

  it('404 Resource.NotExist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noResource, STATE)
      .uponReceiving('a request to delete a resource that does not exist')
      .withRequest('DELETE', `${RESOURCES}/${NAME}`, (req) => req.headers(headers))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Resource.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).deleteFunctionResource(STATE), {
          httpCode: 404,
          code: 'Resource.NotExist',
        });
      });
  });
});
