/**
 * Issue 12, class 5: a server that echoes what it was sent (the service's SignatureDoesNotMatch echoes the string
 * to sign, the emulator too) cannot make core hand the security token, the AccessKey id or a signature to a caller:
 * not in a message, `apiMessage`, `bodySnippet`, an event, JSON or inspect output.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFunctionTasksClient,
  FunctionTasksApiError,
  type FunctionTasksEvent,
  MalformedResponseError,
  redactSecrets,
} from '../src/index.js';
import { startTestServer, type TestServer } from './helpers.js';

const INSTANCE = { appGroupIdentity: 'app', functionName: 'ctr', instanceName: 'ctr_1' };
const ACCESS_KEY_ID = 'LTAI5tEchoedKeyId01';
const TOKEN = `CAISEchoedSecurityToken${'x'.repeat(300)}`;
const credentials = {
  accessKeyId: ACCESS_KEY_ID,
  accessKeySecret: 'secret-never-sent',
  securityToken: TOKEN,
};

/** Everything the server received, as a string to sign would show it. */
function echo(req: IncomingMessage): string {
  return Object.entries(req.headers)
    .map(([name, value]) => `${name}:${String(value)}`)
    .join('\n');
}

function signaturesIn(req: IncomingMessage): string[] {
  return [/Signature=([0-9a-f]+)/.exec(String(req.headers.authorization))?.[1] ?? ''];
}

let server: TestServer;
let sentSignatures: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function everyRendering(value: unknown, events: FunctionTasksEvent[]): string {
  const error = value as Error & Record<string, unknown>;
  return [
    error.message,
    String(error.stack),
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    String(error.apiMessage ?? ''),
    String(error.bodySnippet ?? ''),
    JSON.stringify(events),
  ].join('\n');
}

function expectNothingSecret(text: string): void {
  expect(text).not.toContain(TOKEN.slice(0, 24));
  expect(text).not.toContain(ACCESS_KEY_ID);
  for (const signature of sentSignatures) if (signature) expect(text).not.toContain(signature);
}

async function callAndCollect(answer: (req: IncomingMessage, res: ServerResponse) => void) {
  sentSignatures = [];
  server.answer((req, res) => {
    sentSignatures.push(...signaturesIn(req));
    answer(req, res);
  });
  const events: FunctionTasksEvent[] = [];
  const client = createFunctionTasksClient({
    endpoint: server.url,
    credentials,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    onEvent: (event) => events.push(event),
  });
  const error = await client.listFunctionTasks(INSTANCE).catch((e: unknown) => e);
  return { error, events };
}

describe('an echoing server', () => {
  it('SignatureDoesNotMatch with the string to sign: message and apiMessage redacted', async () => {
    const { error, events } = await callAndCollect((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          requestId: 'r',
          code: 'SignatureDoesNotMatch',
          message: `Specified signature does not match. Server string to sign is: ${JSON.stringify(echo(req))}`,
        }),
      );
    });
    expect(error).toBeInstanceOf(FunctionTasksApiError);
    const text = everyRendering(error, events);
    expectNothingSecret(text);
    // What helps a user stays: the code, and the key's first 4 characters.
    expect((error as FunctionTasksApiError).code).toBe('SignatureDoesNotMatch');
    expect(text).toContain('LTAI…');
  });

  it('a 5xx non-JSON body echoing the headers (retried, then given up): bodySnippet and events redacted', async () => {
    const { error, events } = await callAndCollect((req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      // The token straddles the snippet's 200-character cut.
      res.end(`<html>${'.'.repeat(150)}${TOKEN} ${echo(req)}</html>`);
    });
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(events.some((e) => e.type === 'retry')).toBe(true);
    const text = everyRendering(error, events);
    expectNothingSecret(text);
    expect(text).not.toContain(TOKEN.slice(0, 12));
  });
});

describe('redactSecrets (for the CLI and the dashboard)', () => {
  it('removes header lines, ACS3 and HMAC-SHA1 authorizations and AccessKey ids by pattern', () => {
    const text = [
      'x-acs-security-token:CAISsomethingLong123',
      'x-acs-accesskey-id:LTAI5tAbCdEfGh',
      'Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tAbCdEfGh,SignedHeaders=host,Signature=0123abcdef',
      'authorization: acs LTAI5tAbCdEfGh:c2lnbmF0dXJl=',
      '"securityToken":"CAISjsonToken"',
      'InvalidAccessKeyId.NotFound: Specified access key is not found: STS.NUabcdef12345',
    ].join('\n');
    const out = redactSecrets(text);
    for (const secret of [
      'CAISsomethingLong123',
      'LTAI5tAbCdEfGh',
      '0123abcdef',
      'c2lnbmF0dXJl',
      'CAISjsonToken',
      'NUabcdef12345',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('LTAI…');
    expect(out).toContain('STS.…');
  });

  it('removes known values wherever they are, and leaves other text alone', () => {
    expect(redactSecrets('token abcdefgh12345 here', { secrets: ['abcdefgh12345'] })).toBe(
      'token [redacted] here',
    );
    expect(redactSecrets('id MYKEY123456 here', { accessKeyIds: ['MYKEY123456'] })).toBe('id MYKE… here');
    expect(redactSecrets('App not found: my-app')).toBe('App not found: my-app');
  });
});
