/**
 * ListFunctionInstances, GetFunctionInstance and GetFunctionDefaultInstance: both documented casings, the query
 * parameters by their documented names, and `Instance.NotExist` / `DefaultInstance.NotExist`. Part of the one
 * pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FUNCTION_PATH, INSTANCE } from './contract.js';
import {
  camelInstance,
  INSTANCE_EXTEND_INFO,
  instanceRead,
  instanceTask,
  JSON_CONTENT,
  pascalInstance,
  signedHeaders,
} from './matchers.js';
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

const { eachLike, constrainedArrayLike, integer, string } = MatchersV3;

const FUNCTION = { appGroupIdentity: INSTANCE.appGroupIdentity, functionName: INSTANCE.functionName };
describe('ListFunctionInstances', () => {
  const headers = signedHeaders('ListFunctionInstances');

  for (const { casing, label } of CASINGS) {
    it(`reads a page of instances (${label}), without a task`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.instancesOfFunction, { instanceNames: 'ctr_test,ctr_prod', casing })
        .uponReceiving(`a request for the instances of a function (${label} answer)`)
        .withRequest('GET', `${FUNCTION_PATH}/instances`, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              casing === 'camel'
                ? camelEnvelope({ totalCount: integer(2), result: eachLike(camelInstance()) })
                : pascalEnvelope({ TotalCount: integer(2), Result: eachLike(pascalInstance()) }),
            ),
        )
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listFunctionInstances(FUNCTION);
          expect(page).toEqual({
            instances: [instanceRead()],
            totalCount: 2,
            pageNumber: 1,
            pageSize: 10,
            ...answerMeta(casing),
          });
        });
    });
  }

  it('sends every query parameter by its documented name', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.instancesOfFunction, { instanceNames: 'ctr_test,ctr_prod' })
      .uponReceiving('a request for the instances of a function with all six parameters')
      .withRequest('GET', `${FUNCTION_PATH}/instances`, (req) =>
        req.headers(headers).query({
          functionType: 'PAAS',
          modelType: 'tf_checkpoint',
          output: 'detail',
          source: 'all',
          pageNumber: '1',
          pageSize: '1',
        }),
      )
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(
          camelEnvelope({
            totalCount: integer(2),
            // output=detail adds extendInfo; pageSize=1 gives exactly one instance.
            result: constrainedArrayLike(camelInstance({ extendInfo: INSTANCE_EXTEND_INFO }), 1, 1, 1),
          }),
        ),
      )
      .executeTest(async (mockServer) => {
        const page = await clientFor(mockServer).listFunctionInstances({
          ...FUNCTION,
          functionType: 'PAAS',
          modelType: 'tf_checkpoint',
          output: 'detail',
          source: 'all',
          pageNumber: 1,
          pageSize: 1,
        });
        expect(page).toMatchObject({
          instances: [instanceRead({ extendInfo: true })],
          pageNumber: 1,
          pageSize: 1,
        });
      });
  });
});

describe('GetFunctionInstance', () => {
  const headers = signedHeaders('GetFunctionInstance');

  for (const { casing, label } of CASINGS) {
    it(`reads one instance with its training state (${label})`, async () => {
      const result =
        casing === 'camel'
          ? { result: camelInstance({ task: instanceTask('camel') }) }
          : { Result: pascalInstance({ task: instanceTask('pascal') }) };
      await pact
        .addInteraction()
        .given(CATALOGUE.instanceWithTasks, { succeeded: 3, casing })
        .uponReceiving(`a request for an instance (${label} answer)`)
        .withRequest('GET', `${FUNCTION_PATH}/instances/ctr_test`, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(casing === 'camel' ? camelEnvelope(result) : pascalEnvelope(result)),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionInstance(INSTANCE);
          expect(answer).toEqual({
            instance: instanceRead({ task: true }),
            ...answerMeta(casing),
          });
        });
    });
  }

  it('sends output by its documented name', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.instanceWithTasks, { succeeded: 3 })
      .uponReceiving('a request for an instance with output=detail')
      .withRequest('GET', `${FUNCTION_PATH}/instances/ctr_test`, (req) =>
        req.headers(headers).query({ output: 'detail' }),
      )
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(
          camelEnvelope({
            result: camelInstance({ extendInfo: INSTANCE_EXTEND_INFO, task: instanceTask('camel') }),
          }),
        ),
      )
      .executeTest(async (mockServer) => {
        const answer = await clientFor(mockServer).getFunctionInstance({ ...INSTANCE, output: 'detail' });
        expect(answer.instance).toEqual(instanceRead({ extendInfo: true, task: true }));
      });
  });

  it('404 Instance.NotExist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noSuchInstance, { instanceName: 'ctr_gone' })
      .uponReceiving('a request for an instance that does not exist')
      .withRequest('GET', `${FUNCTION_PATH}/instances/ctr_gone`, (req) => req.headers(headers))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Instance.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).getFunctionInstance({ ...INSTANCE, instanceName: 'ctr_gone' }),
          {
            httpCode: 404,
            code: 'Instance.NotExist',
          },
        );
      });
  });
});

describe('GetFunctionDefaultInstance', () => {
  const headers = signedHeaders('GetFunctionDefaultInstance');

  it('reads the name from result.instanceName (camelCase)', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.defaultInstance, { instanceName: 'ctr_test' })
      .uponReceiving('a request for the default instance of a function (camelCase answer)')
      .withRequest('GET', `${FUNCTION_PATH}/default-instance`, (req) => req.headers(headers))
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(camelEnvelope({ result: { instanceName: string('ctr_test') } })),
      )
      .executeTest(async (mockServer) => {
        const answer = await clientFor(mockServer).getFunctionDefaultInstance(FUNCTION);
        expect(answer).toEqual({
          instanceName: 'ctr_test',
          ...answerMeta('camel'),
        });
      });
  });

  it('reads Result.InstanceName, not the stray top-level InstanceName the SDK models (PascalCase)', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.defaultInstance, { instanceName: 'ctr_test', casing: 'pascal' })
      .uponReceiving('a request for the default instance of a function (PascalCase answer)')
      .withRequest('GET', `${FUNCTION_PATH}/default-instance`, (req) => req.headers(headers))
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(
          pascalEnvelope({
            Result: { InstanceName: string('ctr_test') },
            // The page's sample carries unrelated values here; the client must not read them.
            InstanceName: string('sh-bp1oi31w1jn4ctdyv'),
            FunctionName: string('cdn_waf'),
          }),
        ),
      )
      .executeTest(async (mockServer) => {
        const answer = await clientFor(mockServer).getFunctionDefaultInstance(FUNCTION);
        expect(answer).toMatchObject({ instanceName: 'ctr_test', casing: 'pascal' });
      });
  });

  it('404 DefaultInstance.NotExist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.noDefaultInstance)
      .uponReceiving('a request for the default instance of a function that has none')
      .withRequest('GET', `${FUNCTION_PATH}/default-instance`, (req) => req.headers(headers))
      .willRespondWith(404, (res) =>
        res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'DefaultInstance.NotExist')),
      )
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).getFunctionDefaultInstance(FUNCTION), {
          httpCode: 404,
          code: 'DefaultInstance.NotExist',
        });
      });
  });
});
