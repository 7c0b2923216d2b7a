/**
 * CreateFunctionTask and DeleteFunctionTask: envelope-only answers in both documented casings (no result, no
 * generation), and the refusals `Task.IsRunning`, `Task.UnableDelete` and `Task.NotExist`. Part of the one pact
 * run of `fntasks-core.pact.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, INSTANCE, INSTANCE_PATH } from './contract.js';
import { JSON_CONTENT, signedHeaders } from './matchers.js';
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

describe('CreateFunctionTask', () => {
  const headers = signedHeaders('CreateFunctionTask');

  for (const { casing, label } of CASINGS) {
    it(`starts a run and reads the envelope-only answer (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.deletableRun, { generation: 3, casing })
        .uponReceiving(`a request to start a run of an instance (${label} answer)`)
        .withRequest('POST', INSTANCE_PATH, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).createFunctionTask(INSTANCE);
          expect(answer).toEqual(answerMeta(casing));
        });
    });
  }

  it('400 Task.IsRunning while a run is in progress', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.runningRun, { generation: 4 })
      .uponReceiving('a request to start a run while one is running')
      .withRequest('POST', INSTANCE_PATH, (req) => req.headers(headers))
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Task.IsRunning')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).createFunctionTask(INSTANCE), {
          httpCode: 400,
          code: 'Task.IsRunning',
        });
      });
  });
});

describe('DeleteFunctionTask', () => {
  const headers = signedHeaders('DeleteFunctionTask');

  for (const { casing, label } of CASINGS) {
    it(`deletes a finished run and reads the envelope-only answer (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.deletableRun, { generation: 3, casing })
        .uponReceiving(`a request to delete a finished run (${label} answer)`)
        .withRequest('DELETE', `${INSTANCE_PATH}/3`, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).deleteFunctionTask({ ...INSTANCE, generation: 3 });
          expect(answer).toEqual({ ...answerMeta(casing), alreadyDeleted: false });
        });
    });
  }

  it('400 Task.UnableDelete for a running run', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.runningRun, { generation: 4 })
      .uponReceiving('a request to delete a running run')
      .withRequest('DELETE', `${INSTANCE_PATH}/4`, (req) => req.headers(headers))
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Task.UnableDelete')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).deleteFunctionTask({ ...INSTANCE, generation: 4 }), {
          httpCode: 400,
          code: 'Task.UnableDelete',
        });
      });
  });

  it('404 Task.NotExist for a run that does not exist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.deletableRun, { generation: 3 })
      .uponReceiving('a request to delete a run that does not exist')
      .withRequest('DELETE', `${INSTANCE_PATH}/99`, (req) => req.headers(headers))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Task.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).deleteFunctionTask({ ...INSTANCE, generation: 99 }), {
          httpCode: 404,
          code: 'Task.NotExist',
        });
      });
  });
});
