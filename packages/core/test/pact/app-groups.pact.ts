/**
 * ListAppGroups: both casings (camelCase is what the official SDK's model reads), and every query parameter by its
 * documented name. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import type { ListAppGroupsParams } from '../../src/index.js';
import { CATALOGUE } from './contract.js';
import { JSON_CONTENT, signedHeaders, stringMatching } from './matchers.js';
import { answerMeta, CASINGS, camelEnvelope, clientFor, pact, pascalEnvelope } from './pact-run.js';

const { eachLike, integer, string } = MatchersV3;
const PATH = '/v4/openapi/app-groups';

/** One application group with the SDK model's fields (values typed; the names the state seeds). */
function appGroup(casing: 'camel' | 'pascal'): Record<string, unknown> {
  const group: Record<string, unknown> = {
    id: stringMatching('^\\d+$', '1'),
    name: string('my-app'),
    type: stringMatching('^(standard|enhanced)$', 'standard'),
    status: string('normal'),
    instanceId: string('ops-cn-emulator1'),
    chargeType: stringMatching('^(POSTPAY|PREPAY)$', 'POSTPAY'),
    chargingWay: integer(1),
    created: integer(1761984000),
    updated: integer(1761984000),
    description: string(''),
    lockMode: string('Unlock'),
    quota: { computeResource: integer(20), docSize: integer(1), spec: string('opensearch.share.common') },
  };
  if (casing === 'camel') return group;
  const pascal = (record: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(record).map(([key, value]) => [
        `${key[0]?.toUpperCase()}${key.slice(1)}`,
        key === 'quota' ? pascal(value as Record<string, unknown>) : value,
      ]),
    );
  return pascal(group);
}

/** What the client makes of `appGroup` (either casing). */
const APP_GROUP_READ = {
  id: '1',
  name: 'my-app',
  type: 'standard',
  status: 'normal',
  instanceId: 'ops-cn-emulator1',
  chargeType: 'POSTPAY',
  chargingWay: 1,
  created: 1761984000,
  updated: 1761984000,
  description: '',
  lockMode: 'Unlock',
  quota: { computeResource: 20, docSize: 1, spec: 'opensearch.share.common' },
  tags: [],
  warnings: [],
};

describe('ListAppGroups', () => {
  const headers = signedHeaders('ListAppGroups');

  for (const { casing, label } of CASINGS) {
    it(`reads a page of application groups (${label})`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.appGroups, { appGroupNames: 'my-app,shop-search', casing })
        .uponReceiving(`a request for the application groups (${label} answer)`)
        .withRequest('GET', PATH, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res
            .headers(JSON_CONTENT)
            .jsonBody(
              casing === 'camel'
                ? camelEnvelope({ totalCount: integer(2), result: eachLike(appGroup('camel')) })
                : pascalEnvelope({ TotalCount: integer(2), Result: eachLike(appGroup('pascal')) }),
            ),
        )
        .executeTest(async (mockServer) => {
          const page = await clientFor(mockServer).listAppGroups({});
          expect(page).toMatchObject({ totalCount: 2, pageNumber: 1, pageSize: 10, ...answerMeta(casing) });
          expect(page.appGroups).toEqual([expect.objectContaining(APP_GROUP_READ)]);
        });
    });
  }

  it('sends every query parameter by its documented name', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.appGroups, { appGroupNames: 'my-app,shop-search' })
      .uponReceiving('a request for the application groups with name, type, sortBy and paging')
      .withRequest('GET', PATH, (req) =>
        req
          .headers(headers)
          .query({ name: 'my-app', type: 'standard', sortBy: '1', pageNumber: '1', pageSize: '5' }),
      )
      .willRespondWith(200, (res) =>
        res
          .headers(JSON_CONTENT)
          .jsonBody(camelEnvelope({ totalCount: integer(1), result: eachLike(appGroup('camel')) })),
      )
      .executeTest(async (mockServer) => {
        const page = await clientFor(mockServer).listAppGroups({
          name: 'my-app',
          type: 'standard',
          sortBy: 1,
          pageNumber: 1,
          pageSize: 5,
        });
        expect(page).toMatchObject({ totalCount: 1, pageNumber: 1, pageSize: 5 });
        expect(page.appGroups[0]?.name).toBe('my-app');
      });
  });

  /** The requests `fntasks apps` and the dashboard's discovery make: page 1, with the filters a user gave. */
  const READS: ReadonlyArray<{ who: string; query: Record<string, string>; params: ListAppGroupsParams }> = [
    { who: 'every group (page 1)', query: { pageNumber: '1' }, params: {} },
    { who: 'by name (page 1)', query: { name: 'my-app', pageNumber: '1' }, params: { name: 'my-app' } },
    { who: 'by type (page 1)', query: { type: 'enhanced', pageNumber: '1' }, params: { type: 'enhanced' } },
  ];
  for (const read of READS) {
    it(`iterates the groups as the CLI and the dashboard do: ${read.who}`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.appGroups, { appGroupNames: 'my-app,shop-search' })
        .uponReceiving(`a request for the application groups: ${read.who}`)
        .withRequest('GET', PATH, (req) => req.headers(headers).query(read.query))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(
            camelEnvelope({
              totalCount: integer(read.params.type ? 0 : read.params.name ? 1 : 2),
              result: read.params.type ? [] : eachLike(appGroup('camel')),
            }),
          ),
        )
        .executeTest(async (mockServer) => {
          const names: string[] = [];
          for await (const group of clientFor(mockServer).iterateAppGroups(read.params))
            names.push(group.name);
          expect(names.length).toBe(read.params.type ? 0 : 1);
        });
    });
  }
});
