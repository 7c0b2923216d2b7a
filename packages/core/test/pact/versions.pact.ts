/**
 * GetFunctionCurrentVersion and GetFunctionVersion: both documented casings, the query of the current version by
 * its documented names (the combinations the CLI and the dashboard send), `required` read from its "true"/"false"
 * string, and `Version.NotExist`. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { GetFunctionCurrentVersionParams } from '../../src/index.js';
import { CATALOGUE } from './contract.js';
import { JSON_CONTENT, signedHeaders, stringMatching } from './matchers.js';
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

const { eachLike, integer, string } = MatchersV3;

const FUNCTION_NAME = 'ctr';
const VERSION_ID = 101;
const STATE = { functionName: FUNCTION_NAME, versionId: String(VERSION_ID), modelType: 'tf_checkpoint' };

/** The state's version in `casing`: typed values, `required` a "true"/"false" string. */
function version(casing: 'camel' | 'pascal'): Record<string, unknown> {
  const fields = {
    functionName: string(FUNCTION_NAME),
    functionType: stringMatching('^(PAAS|SAAS)$', 'PAAS'),
    modelType: string('tf_checkpoint'),
    versionId: integer(VERSION_ID),
    versionName: string(`v${VERSION_ID}`),
  };
  const parameter = { name: string('fg_json'), required: stringMatching('^(true|false)$', 'true') };
  if (casing === 'camel') {
    return {
      ...fields,
      // The state's version has no dependencies and no usage parameters (states-27.md).
      versionConfig: { createParameters: eachLike(parameter), depends: [], usageParameters: [] },
    };
  }
  return {
    FunctionName: fields.functionName,
    FunctionType: fields.functionType,
    ModelType: fields.modelType,
    VersionId: fields.versionId,
    VersionName: fields.versionName,
    VersionConfig: {
      CreateParameters: eachLike({ Name: parameter.name, Required: parameter.required }),
      Depends: [],
      UsageParameters: [],
    },
  };
}

/** What the client makes of `version()` (either casing). */
const VERSION_READ = {
  functionName: FUNCTION_NAME,
  functionType: 'PAAS',
  modelType: 'tf_checkpoint',
  versionId: VERSION_ID,
  versionName: `v${VERSION_ID}`,
  versionConfig: {
    createParameters: [{ name: 'fg_json', required: true }],
    depends: [],
    usageParameters: [],
  },
  warnings: [],
};

function body(casing: 'camel' | 'pascal') {
  return casing === 'camel'
    ? camelEnvelope({ result: version('camel') })
    : pascalEnvelope({ Result: version('pascal') });
}

describe('GetFunctionVersion', () => {
  const headers = signedHeaders('GetFunctionVersion');

  for (const { casing, label } of CASINGS) {
    it(`reads a version by its id (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.version, { ...STATE, casing })
        .uponReceiving(`a request for a version of a function (${label} answer)`)
        .withRequest('GET', `/v4/openapi/functions/${FUNCTION_NAME}/versions/${VERSION_ID}`, (req) =>
          req.headers(headers),
        )
        .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(body(casing)))
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionVersion({
            functionName: FUNCTION_NAME,
            versionId: VERSION_ID,
          });
          expect(answer).toEqual({ version: VERSION_READ, ...answerMeta(casing) });
        });
    });
  }

  it('404 Version.NotExist for an id the function has no version of', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.version, STATE)
      .uponReceiving('a request for a version that does not exist')
      .withRequest('GET', `/v4/openapi/functions/${FUNCTION_NAME}/versions/999`, (req) =>
        req.headers(headers),
      )
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Version.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).getFunctionVersion({ functionName: FUNCTION_NAME, versionId: 999 }),
          {
            httpCode: 404,
            code: 'Version.NotExist',
          },
        );
      });
  });
});

describe('GetFunctionCurrentVersion', () => {
  const headers = signedHeaders('GetFunctionCurrentVersion');
  const path = `/v4/openapi/functions/${FUNCTION_NAME}/current-version`;

  for (const { casing, label } of CASINGS) {
    it(`reads the current version of a model type (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.version, { ...STATE, casing })
        .uponReceiving(`a request for the current version of a model type (${label} answer)`)
        .withRequest('GET', path, (req) => req.headers(headers).query({ modelType: 'tf_checkpoint' }))
        .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(body(casing)))
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionCurrentVersion({
            functionName: FUNCTION_NAME,
            modelType: 'tf_checkpoint',
          });
          expect(answer).toEqual({ version: VERSION_READ, ...answerMeta(casing) });
        });
    });
  }

  // The dashboard asks for an instance's model and function type; the CLI adds the domain and category when given.
  const queries: Array<[string, GetFunctionCurrentVersionParams]> = [
    [
      'its model and function type',
      { functionName: FUNCTION_NAME, modelType: 'tf_checkpoint', functionType: 'PAAS' },
    ],
    [
      'every query parameter by its documented name',
      {
        functionName: FUNCTION_NAME,
        modelType: 'tf_checkpoint',
        functionType: 'PAAS',
        domain: 'ecommerce',
        category: 'general',
      },
    ],
  ];
  for (const [what, params] of queries) {
    it(`sends ${what}`, async () => {
      const { functionName: _, ...query } = params;
      await pact
        .addInteraction()
        .given(CATALOGUE.version, STATE)
        .uponReceiving(`a request for the current version with ${what}`)
        .withRequest('GET', path, (req) => req.headers(headers).query(query))
        .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(body('camel')))
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionCurrentVersion(params);
          expect(answer.version).toEqual(VERSION_READ);
        });
    });
  }
});
