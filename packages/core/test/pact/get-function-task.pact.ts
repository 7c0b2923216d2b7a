/**
 * GetFunctionTask: one run by its generation, in both documented casings, and `Task.NotExist` for a generation
 * the instance never had. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, INSTANCE, INSTANCE_PATH } from './contract.js';
import { camelTask, JSON_CONTENT, pascalTask, SAMPLE_TASK_READ, signedHeaders } from './matchers.js';
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

const HEADERS = signedHeaders('GetFunctionTask');

describe('GetFunctionTask', () => {
  for (const { casing, label } of CASINGS) {
    it(`reads one run by its generation (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.instanceWithTasks, { succeeded: 3, casing })
        .uponReceiving(`a request for run 3 of an instance (${label} answer)`)
        .withRequest('GET', `${INSTANCE_PATH}/3`, (req) => req.headers(HEADERS))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              casing === 'camel'
                ? camelEnvelope({ result: camelTask() })
                : pascalEnvelope({ Result: pascalTask() }),
            ),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).getFunctionTask({ ...INSTANCE, generation: 3 });
          expect(answer).toEqual({
            task: SAMPLE_TASK_READ,
            ...answerMeta(casing),
          });
        });
    });
  }

  it('404 Task.NotExist for a generation the instance never had', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.instanceWithTasks, { succeeded: 3 })
      .uponReceiving('a request for a run that does not exist')
      .withRequest('GET', `${INSTANCE_PATH}/99`, (req) => req.headers(HEADERS))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Task.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).getFunctionTask({ ...INSTANCE, generation: '99' }), {
          httpCode: 404,
          code: 'Task.NotExist',
        });
      });
  });
});
