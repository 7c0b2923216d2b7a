/**
 * The read behind the overview's cards and `fntasks health`: one page of an instance's 50 newest runs
 * (`pageNumber=1&pageSize=50`), whose metrics `instanceHealth` judges. Part of the one pact run of
 * `fntasks-core.pact.test.ts`; its own file so the CLI's other reads can be added beside it.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { HEALTH_PAGE_SIZE, instanceHealth } from '../../src/index.js';
import { INSTANCE, INSTANCE_PATH, STATES } from './contract.js';
import { camelTask, JSON_CONTENT, SIGNED_REQUEST_HEADERS } from './matchers.js';
import { camelEnvelope, clientFor, pact } from './pact-run.js';

const { constrainedArrayLike, integer } = MatchersV3;

describe('the health page', () => {
  it('reads the newest 50 runs with their metrics and judges them', async () => {
    await pact
      .addInteraction()
      .given(STATES.manyTasks)
      .uponReceiving('a request for the newest page of 50 runs of an instance, to judge its health')
      .withRequest('GET', INSTANCE_PATH, (req) =>
        req.headers(SIGNED_REQUEST_HEADERS).query({ pageNumber: '1', pageSize: String(HEALTH_PAGE_SIZE) }),
      )
      .willRespondWith(200, (res) =>
        res.headers(JSON_CONTENT).jsonBody(
          camelEnvelope({
            totalCount: integer(15),
            result: constrainedArrayLike(camelTask(), 1, HEALTH_PAGE_SIZE, 3),
          }),
        ),
      )
      .executeTest(async (mockServer) => {
        const page = await clientFor(mockServer).listFunctionTasks({
          ...INSTANCE,
          pageNumber: 1,
          pageSize: HEALTH_PAGE_SIZE,
        });
        const health = instanceHealth(page.tasks);
        expect(health.metric).toMatchObject({ name: 'recall', direction: 'up', latest: 91 });
        expect(health.verdict).toBe('fine');
      });
  });
});
