/**
 * CreateFunctionInstance, UpdateFunctionInstance, DeleteFunctionInstance and UpdateFunctionDefaultInstance: the
 * camelCase JSON bodies exactly as the client sends them (signed content type and hash), envelope-only answers in
 * both documented casings, and the refusals `Instance.Duplicated`, `Instance.NotExist`, `Instance.IsRunning` and
 * `DefaultInstance.SetFail`. Part of the one pact run of `fntasks-core.pact.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, FUNCTION_PATH, INSTANCE } from './contract.js';
import { JSON_CONTENT, signedHeaders, signedJsonHeaders } from './matchers.js';
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

const FUNCTION = { appGroupIdentity: INSTANCE.appGroupIdentity, functionName: INSTANCE.functionName };
const STATE_NAMES = { ...FUNCTION, instanceName: INSTANCE.instanceName };
const NEW_NAME = 'ctr_new';

/** Every field of a create, in the spec's order (the order the client writes them in). */
const CREATE_BODY = {
  instanceName: NEW_NAME,
  modelType: 'tf_checkpoint',
  functionType: 'PAAS',
  description: 'nightly ctr model',
  cron: '0 3 ? * 0,1,3,5',
  createParameters: [{ name: 'fg_json', value: '{}' }],
  usageParameters: [{ name: 'threshold', value: '0.5' }],
} as const;

/** An update of the schedule and the description only: the other fields stay. */
const UPDATE_BODY = { cron: '0 3 ? * 0', description: 'retrained on Sundays' } as const;

describe('CreateFunctionInstance', () => {
  for (const { casing, label } of CASINGS) {
    it(`creates an instance from every documented field (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.freeInstanceName, { ...FUNCTION, instanceName: NEW_NAME, casing })
        .uponReceiving(`a request to create an instance with a schedule and parameters (${label} answer)`)
        .withRequest('POST', `${FUNCTION_PATH}/instances`, (req) =>
          req.headers(signedJsonHeaders('CreateFunctionInstance', CREATE_BODY)).jsonBody(CREATE_BODY),
        )
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).createFunctionInstance({ ...FUNCTION, ...CREATE_BODY });
          expect(answer).toEqual(answerMeta(casing));
        });
    });
  }

  it('creates an instance from the required fields only', async () => {
    const body = { instanceName: NEW_NAME, modelType: 'pop' } as const;
    await pact
      .addInteraction()
      .given(CATALOGUE.freeInstanceName, { ...FUNCTION, instanceName: NEW_NAME })
      .uponReceiving('a request to create an instance with its name and model type only')
      .withRequest('POST', `${FUNCTION_PATH}/instances`, (req) =>
        req.headers(signedJsonHeaders('CreateFunctionInstance', body)).jsonBody(body),
      )
      .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelEnvelope()))
      .executeTest(async (mockServer) => {
        await expect(clientFor(mockServer).createFunctionInstance({ ...FUNCTION, ...body })).resolves.toEqual(
          answerMeta('camel'),
        );
      });
  });

  it('400 Instance.Duplicated for a name that is taken', async () => {
    const body = { instanceName: INSTANCE.instanceName, modelType: 'tf_checkpoint' } as const;
    await pact
      .addInteraction()
      .given(CATALOGUE.deletableInstance, STATE_NAMES)
      .uponReceiving('a request to create an instance whose name is taken')
      .withRequest('POST', `${FUNCTION_PATH}/instances`, (req) =>
        req.headers(signedJsonHeaders('CreateFunctionInstance', body)).jsonBody(body),
      )
      .willRespondWith(400, (res) =>
        res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Instance.Duplicated')),
      )
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).createFunctionInstance({ ...FUNCTION, ...body }), {
          httpCode: 400,
          code: 'Instance.Duplicated',
        });
      });
  });
});

describe('UpdateFunctionInstance', () => {
  const path = `${FUNCTION_PATH}/instances/${INSTANCE.instanceName}`;

  for (const { casing, label } of CASINGS) {
    it(`changes the schedule and description only (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.deletableInstance, { ...STATE_NAMES, casing })
        .uponReceiving(`a request to change an instance's schedule and description (${label} answer)`)
        .withRequest('PUT', path, (req) =>
          req.headers(signedJsonHeaders('UpdateFunctionInstance', UPDATE_BODY)).jsonBody(UPDATE_BODY),
        )
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).updateFunctionInstance({ ...INSTANCE, ...UPDATE_BODY });
          expect(answer).toEqual(answerMeta(casing));
        });
    });
  }

  it('replaces the parameter lists and clears the schedule', async () => {
    const body = {
      cron: '',
      createParameters: [{ name: 'fg_json', value: '{"features":[]}' }],
      usageParameters: [],
    } as const;
    await pact
      .addInteraction()
      .given(CATALOGUE.deletableInstance, STATE_NAMES)
      .uponReceiving("a request to replace an instance's parameters and clear its schedule")
      .withRequest('PUT', path, (req) =>
        req.headers(signedJsonHeaders('UpdateFunctionInstance', body)).jsonBody(body),
      )
      .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelEnvelope()))
      .executeTest(async (mockServer) => {
        await expect(
          clientFor(mockServer).updateFunctionInstance({
            ...INSTANCE,
            cron: '',
            createParameters: [...body.createParameters],
            usageParameters: [],
          }),
        ).resolves.toEqual(answerMeta('camel'));
      });
  });

  it('404 Instance.NotExist for an instance that does not exist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.freeInstanceName, { ...FUNCTION, instanceName: NEW_NAME })
      .uponReceiving('a request to change an instance that does not exist')
      .withRequest('PUT', `${FUNCTION_PATH}/instances/${NEW_NAME}`, (req) =>
        req.headers(signedJsonHeaders('UpdateFunctionInstance', UPDATE_BODY)).jsonBody(UPDATE_BODY),
      )
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Instance.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).updateFunctionInstance({
            ...FUNCTION,
            instanceName: NEW_NAME,
            ...UPDATE_BODY,
          }),
          { httpCode: 404, code: 'Instance.NotExist' },
        );
      });
  });
});

describe('DeleteFunctionInstance', () => {
  const headers = signedHeaders('DeleteFunctionInstance');
  const path = `${FUNCTION_PATH}/instances/${INSTANCE.instanceName}`;

  for (const { casing, label } of CASINGS) {
    it(`deletes an instance without a run in progress (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.deletableInstance, { ...STATE_NAMES, casing })
        .uponReceiving(`a request to delete an instance (${label} answer)`)
        .withRequest('DELETE', path, (req) => req.headers(headers))
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).deleteFunctionInstance(INSTANCE);
          expect(answer).toEqual({ ...answerMeta(casing), alreadyDeleted: false });
        });
    });
  }

  it('400 Instance.IsRunning while a run is in progress', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.undeletableInstance, STATE_NAMES)
      .uponReceiving('a request to delete an instance with a run in progress')
      .withRequest('DELETE', path, (req) => req.headers(headers))
      .willRespondWith(400, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'Instance.IsRunning')))
      .executeTest(async (mockServer) => {
        await expectApiError(clientFor(mockServer).deleteFunctionInstance(INSTANCE), {
          httpCode: 400,
          code: 'Instance.IsRunning',
        });
      });
  });

  it('404 Instance.NotExist for an instance that does not exist', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.freeInstanceName, { ...FUNCTION, instanceName: NEW_NAME })
      .uponReceiving('a request to delete an instance that does not exist')
      .withRequest('DELETE', `${FUNCTION_PATH}/instances/${NEW_NAME}`, (req) => req.headers(headers))
      .willRespondWith(404, (res) => res.headers(JSON_CONTENT).jsonBody(errorBody(404, 'Instance.NotExist')))
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).deleteFunctionInstance({ ...FUNCTION, instanceName: NEW_NAME }),
          { httpCode: 404, code: 'Instance.NotExist' },
        );
      });
  });
});

describe('UpdateFunctionDefaultInstance', () => {
  const path = `${FUNCTION_PATH}/default-instance`;
  const set = { instanceName: INSTANCE.instanceName };
  const cancel = { instanceName: '' };

  for (const { casing, label } of CASINGS) {
    it(`makes an instance the default (${label} answer)`, async () => {
      await pact
        .addInteraction()
        .given(CATALOGUE.deletableInstance, { ...STATE_NAMES, casing })
        .uponReceiving(`a request to make an instance the default (${label} answer)`)
        .withRequest('PUT', path, (req) =>
          req.headers(signedJsonHeaders('UpdateFunctionDefaultInstance', set)).jsonBody(set),
        )
        .willRespondWith(200, (res) =>
          res.headers(JSON_CONTENT).jsonBody(casing === 'camel' ? camelEnvelope() : pascalEnvelope()),
        )
        .executeTest(async (mockServer) => {
          const answer = await clientFor(mockServer).updateFunctionDefaultInstance({ ...FUNCTION, ...set });
          expect(answer).toEqual(answerMeta(casing));
        });
    });
  }

  it('cancels the default with an empty name', async () => {
    await pact
      .addInteraction()
      .given(CATALOGUE.deletableInstance, STATE_NAMES)
      .uponReceiving('a request to cancel the default instance')
      .withRequest('PUT', path, (req) =>
        req.headers(signedJsonHeaders('UpdateFunctionDefaultInstance', cancel)).jsonBody(cancel),
      )
      .willRespondWith(200, (res) => res.headers(JSON_CONTENT).jsonBody(camelEnvelope()))
      .executeTest(async (mockServer) => {
        await expect(
          clientFor(mockServer).updateFunctionDefaultInstance({ ...FUNCTION, ...cancel }),
        ).resolves.toEqual(answerMeta('camel'));
      });
  });

  it('400 DefaultInstance.SetFail for an instance that does not exist', async () => {
    const unknown = { instanceName: NEW_NAME };
    await pact
      .addInteraction()
      .given(CATALOGUE.freeInstanceName, { ...FUNCTION, instanceName: NEW_NAME })
      .uponReceiving('a request to make an instance that does not exist the default')
      .withRequest('PUT', path, (req) =>
        req.headers(signedJsonHeaders('UpdateFunctionDefaultInstance', unknown)).jsonBody(unknown),
      )
      .willRespondWith(400, (res) =>
        res.headers(JSON_CONTENT).jsonBody(errorBody(400, 'DefaultInstance.SetFail')),
      )
      .executeTest(async (mockServer) => {
        await expectApiError(
          clientFor(mockServer).updateFunctionDefaultInstance({ ...FUNCTION, ...unknown }),
          {
            httpCode: 400,
            code: 'DefaultInstance.SetFail',
          },
        );
      });
  });
});
