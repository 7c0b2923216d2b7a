import {
  EMPTY_BODY_SHA256,
  FUNCTION_OPERATION_IDS,
  FUNCTION_OPERATIONS,
  type FunctionOperationId,
  formatAcsDate,
  formatHttpDate,
  functionOperationPath,
  hashPayload,
  signAcs3,
  signHmacSha1,
} from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import type { EmulatorHandle } from '../src/index.js';
import { rawRequest, startTestEmulator, T0, task } from './helpers.js';

const KEY = { accessKeyId: 'LTAI-action', accessKeySecret: 'action-secret' };
const NAMES = {
  appGroupIdentity: 'app',
  functionName: 'ctr',
  instanceName: 'inst',
  generation: '1',
  versionId: '101',
  resourceName: 'res',
};
let nonce = 0;

/**
 * What an operation's accepted request needs besides NAMES: other path names, required query parameters and a
 * valid JSON body. Every operation with a body must be here (it is sent as the official SDK sends it: signed,
 * content hashed).
 */
const REQUESTS: {
  readonly [Id in FunctionOperationId]?: {
    params?: Record<string, string>;
    query?: [string, string][];
    body?: object;
  };
} = {
  CreateFunctionInstance: { body: { instanceName: 'made_here', modelType: 'pop' } },
  UpdateFunctionInstance: { body: { description: 'signed update' } },
  DeleteFunctionInstance: { params: { instanceName: 'made_here' } },
  UpdateFunctionDefaultInstance: { body: { instanceName: 'inst' } },
  GetFunctionCurrentVersion: { query: [['modelType', 'tf_checkpoint']] },
  CreateFunctionResource: {
    body: { ResourceName: 'made_res', ResourceType: 'raw_file', Data: { Content: 'signed' } },
  },
  UpdateFunctionResource: { body: { Description: 'signed update' } },
};

async function start(): Promise<EmulatorHandle> {
  const h = await startTestEmulator({ auth: { mode: 'verify', keys: [KEY] } });
  const { generation: _, versionId: __, resourceName, ...instance } = NAMES;
  h.loadInstances([{ ...instance, modelType: 'pop', isDefault: true }]);
  const { appGroupIdentity, functionName } = instance;
  h.loadResources([
    { appGroupIdentity, functionName, resourceName, resourceType: 'raw_file', data: { content: 'x' } },
  ]);
  h.loadTasks([task(1), task(2)]);
  return h;
}

/** Sends operation `id`'s request (method, path and body from the table and REQUESTS), signed with `action`. */
async function send(h: EmulatorHandle, id: FunctionOperationId, action: string, algorithm: 'acs3' | 'sha1') {
  const method = FUNCTION_OPERATIONS[id].method;
  const path = functionOperationPath(id, { ...NAMES, ...REQUESTS[id]?.params });
  const query = REQUESTS[id]?.query ?? [];
  const search = query.length === 0 ? '' : `?${new URLSearchParams(query).toString()}`;
  const body = REQUESTS[id]?.body === undefined ? undefined : JSON.stringify(REQUESTS[id]?.body);
  const base: Record<string, string> = {
    host: new URL(h.url).host,
    accept: 'application/json',
    'x-acs-action': action,
    'x-acs-version': '2017-12-25',
    'x-acs-signature-nonce': `action-${++nonce}`,
  };
  if (body !== undefined) base['content-type'] = 'application/json; charset=utf-8';
  let headers: Record<string, string>;
  if (algorithm === 'acs3') {
    const hash = body === undefined ? EMPTY_BODY_SHA256 : await hashPayload(body);
    headers = { ...base, 'x-acs-date': formatAcsDate(T0), 'x-acs-content-sha256': hash };
    const signed = await signAcs3({ method, pathname: path, query, headers, ...KEY });
    headers.authorization = signed.authorization;
  } else {
    headers = {
      ...base,
      date: formatHttpDate(T0),
      'x-acs-signature-method': 'HMAC-SHA1',
      'x-acs-signature-version': '1.0',
    };
    const signed = await signHmacSha1({ method, pathname: path, query, headers, ...KEY });
    headers.authorization = signed.authorization;
  }
  return rawRequest(h.url, path + search, { method, headers, body });
}

/** Another operation than `id`, preferring one with a different method (so every method meets a mismatch). */
function otherThan(id: FunctionOperationId): FunctionOperationId {
  const others = FUNCTION_OPERATION_IDS.filter((other) => other !== id);
  return (
    others.find((other) => FUNCTION_OPERATIONS[other].method !== FUNCTION_OPERATIONS[id].method) ??
    (others[0] as FunctionOperationId)
  );
}

describe('auth verify: the signed x-acs-action must be the action of the method and path', () => {
  for (const algorithm of ['acs3', 'sha1'] as const) {
    it(`${algorithm}: every operation signed with its own action is accepted; with another's, refused`, async () => {
      const h = await start();
      const methods = new Set<string>();
      // Deletes last: the reads of generation 1 must find it.
      const ids = [...FUNCTION_OPERATION_IDS].sort(
        (a, b) =>
          Number(FUNCTION_OPERATIONS[a].method === 'DELETE') -
          Number(FUNCTION_OPERATIONS[b].method === 'DELETE'),
      );
      for (const id of ids) {
        const wrong = otherThan(id);
        // The refusal comes first: a refused write must change nothing (the accepted one after it still works).
        const refused = await send(h, id, wrong, algorithm);
        expect(refused.status, `${id} signed as ${wrong}`).toBe(400);
        expect(refused.json.code).toBe('InvalidAction.Mismatch');
        expect(refused.json.message).toContain(JSON.stringify(wrong));
        expect(refused.json.message).toContain(id);
        const accepted = await send(h, id, id, algorithm);
        expect(accepted.status, `${id}: ${accepted.text}`).toBe(200);
        methods.add(FUNCTION_OPERATIONS[id].method);
      }
      expect([...methods].sort()).toEqual(['DELETE', 'GET', 'POST', 'PUT']);
      if (algorithm === 'acs3') {
        // Delete ran after the refused delete: the refused write changed nothing, the accepted one removed it.
        expect((await send(h, 'GetFunctionTask', 'GetFunctionTask', algorithm)).json.code).toBe(
          'Task.NotExist',
        );
      }
    });
  }

  it('a request without x-acs-action is refused, naming the action its method and path route to', async () => {
    const h = await start();
    const path = functionOperationPath('ListFunctionTasks', NAMES);
    const headers: Record<string, string> = {
      host: new URL(h.url).host,
      'x-acs-date': formatAcsDate(T0),
      'x-acs-signature-nonce': `action-${++nonce}`,
    };
    const signed = await signAcs3({ method: 'GET', pathname: path, query: [], headers, ...KEY });
    const res = await rawRequest(h.url, path, {
      headers: { ...headers, authorization: signed.authorization },
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('IncompleteSignature');
    expect(res.json.message).toContain('x-acs-action');
  });

  it('auth off serves a request signed for another operation (the check belongs to verify mode)', async () => {
    const h = await start();
    await h.setAuth({ mode: 'off' });
    expect((await send(h, 'GetFunctionInstance', 'ListFunctionTasks', 'acs3')).status).toBe(200);
  });

  it('a signed PUT whose body is not the one signed is refused and changes nothing', async () => {
    const h = await start();
    const path = functionOperationPath('UpdateFunctionInstance', NAMES);
    const signedBody = JSON.stringify({ description: 'signed' });
    const headers: Record<string, string> = {
      host: new URL(h.url).host,
      'content-type': 'application/json; charset=utf-8',
      'x-acs-action': 'UpdateFunctionInstance',
      'x-acs-version': '2017-12-25',
      'x-acs-signature-nonce': `action-${++nonce}`,
      'x-acs-date': formatAcsDate(T0),
      'x-acs-content-sha256': await hashPayload(signedBody),
    };
    const signed = await signAcs3({ method: 'PUT', pathname: path, query: [], headers, ...KEY });
    const res = await rawRequest(h.url, path, {
      method: 'PUT',
      headers: { ...headers, authorization: signed.authorization },
      body: JSON.stringify({ description: 'swapped' }),
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('SignatureDoesNotMatch');
    await h.setAuth({ mode: 'off' });
    const shown = await rawRequest(h.url, functionOperationPath('GetFunctionInstance', NAMES));
    expect(shown.json.result.description).toBe('');
  });
});
