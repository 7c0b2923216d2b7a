/**
 * The write path in-process (src/write.ts): who can say yes, how the answer is read, the dry run printed inert
 * from core's prepared request, and what is sent when — with a real client whose every request is counted by its
 * own fetch (no server: nothing may be sent, or one answer comes back).
 */
import { createFunctionTasksClient } from '@fntasks/core';
import { OPERATION_ID } from '@fntasks/protocol';
import { describe, expect, it } from 'vitest';
import { ExitCode, UsageError } from '../src/errors.js';
import type { Io } from '../src/io.js';
import { carryOut, checkAnswerable, confirmed, renderRequest, type WriteFlags } from '../src/write.js';
import { bufferIo } from './helpers.js';

/** An Io whose stdin is a terminal answering `answer` (and recording the question). */
function terminal(answer: string) {
  const buffers = bufferIo();
  const asked: string[] = [];
  const io: Io = {
    ...buffers.io,
    stdin: {
      isTTY: true,
      question: async (prompt) => {
        asked.push(prompt);
        return answer;
      },
    },
  };
  return { ...buffers, io, asked };
}
const flags = (over: Partial<WriteFlags> = {}): WriteFlags => ({ yes: false, dryRun: false, ...over });

/** A client whose fetch counts the requests and answers each with an empty success envelope. */
function countingClient() {
  const sent: Request[] = [];
  const client = createFunctionTasksClient({
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'LTAI5tUnitKey', accessKeySecret: 'unit-secret-9a' },
    fetch: async (input, init) => {
      sent.push(new Request(input, init));
      return new Response(JSON.stringify({ requestId: 'req-1', code: '', message: '' }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
  return { client, sent };
}

const deleteInstance = (instanceName = 'exp1') => ({
  operationId: OPERATION_ID.DeleteFunctionInstance,
  params: { appGroupIdentity: 'my-app', functionName: 'ctr', instanceName },
  action: `Delete instance my-app/ctr/${instanceName}`,
  context: {},
  userTerms: (argument: string) => (argument === 'instanceName' ? 'the instance name' : undefined),
});

describe('checkAnswerable', () => {
  it('off a terminal a write needs --yes; a dry run needs nothing; a terminal can answer', () => {
    const { io } = bufferIo();
    expect(() => checkAnswerable(flags(), io, 'instance delete')).toThrow(UsageError);
    try {
      checkAnswerable(flags(), io, 'instance delete');
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(ExitCode.Usage);
      expect((error as UsageError).message).toBe(
        'instance delete asks before changing anything, and stdin is not a terminal: nobody can answer.',
      );
      expect((error as UsageError).hint).toContain('Add --yes');
    }
    expect(() => checkAnswerable(flags({ yes: true }), io, 'x')).not.toThrow();
    expect(() => checkAnswerable(flags({ dryRun: true }), io, 'x')).not.toThrow();
    expect(() => checkAnswerable(flags(), terminal('').io, 'x')).not.toThrow();
  });
});

describe('confirmed', () => {
  it.each([
    ['y', true],
    ['Y', true],
    [' yes ', true],
    ['', false],
    ['n', false],
    ['yess', false],
    ['sure', false],
  ])('%j is %s', async (answer, expected) => {
    const { io, asked } = terminal(answer);
    expect(await confirmed('Delete x', flags(), io)).toBe(expected);
    expect(asked).toEqual(['Delete x? [y/N] ']);
  });

  it('--yes does not ask', async () => {
    const { io, asked } = terminal('n');
    expect(await confirmed('Delete x', flags({ yes: true }), io)).toBe(true);
    expect(asked).toEqual([]);
  });
});

describe('renderRequest', () => {
  it('the request line, the headers sorted, a blank line and the body; every control character inert', () => {
    const text = renderRequest({
      method: 'PUT',
      url: 'http://127.0.0.1:9/v4/openapi/x\u001b[2J',
      headers: { 'x-b': 'two', 'x-a': 'one\u009b', authorization: '<redacted>' },
      body: JSON.stringify({ description: 'evil \u202e text \u007f' }),
    });
    expect(text).toBe(
      'PUT http://127.0.0.1:9/v4/openapi/x\\x1b[2J\nauthorization: <redacted>\nx-a: one\\x9b\nx-b: two\n\n{"description":"evil \\u202e text \\u007f"}\n',
    );
    // the body is still the same JSON
    expect(JSON.parse(text.split('\n\n')[1] ?? '')).toEqual({ description: 'evil \u202e text \u007f' });
    expect(renderRequest({ method: 'DELETE', url: 'http://h/p', headers: {} })).toBe('DELETE http://h/p\n');
  });
});

describe('carryOut', () => {
  it('--dry-run prints the signed request with its credentials redacted, and sends nothing', async () => {
    const { client, sent } = countingClient();
    const { io, stdout, stderr } = bufferIo();
    expect(await carryOut(client, deleteInstance(), flags({ dryRun: true }), io)).toBeUndefined();
    expect(sent).toHaveLength(0);
    expect(stdout.text).toMatch(
      /^DELETE http:\/\/127\.0\.0\.1:9\/v4\/openapi\/app-groups\/my-app\/functions\/ctr\/instances\/exp1\n/,
    );
    expect(stdout.text).toContain('authorization: <redacted>\n');
    expect(stdout.text).toContain('x-acs-action: DeleteFunctionInstance\n');
    expect(stdout.text).not.toContain('LTAI5tUnitKey');
    expect(stdout.text).not.toContain('unit-secret-9a');
    expect(stderr.text).toBe('Dry run: nothing was sent (Delete instance my-app/ctr/exp1).\n');
  });

  it('a bad value is a usage error in the user’s words before anything is asked or sent', async () => {
    const { client, sent } = countingClient();
    const { io, asked } = terminal('y');
    const error = await carryOut(
      client,
      {
        operationId: OPERATION_ID.CreateFunctionInstance,
        params: {
          appGroupIdentity: 'my-app',
          functionName: 'ctr',
          instanceName: 'exp1',
          modelType: 'tf_checkpoint',
          cron: '61 3 * * *',
        },
        action: 'Create instance my-app/ctr/exp1',
        context: {},
        userTerms: (argument) => (argument === 'cron' ? '--cron' : undefined),
      },
      flags(),
      io,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(
      /^Invalid --cron: "61 3 \* \* \*"\. .*Minutes 61 is outside 0-59/,
    );
    expect(asked).toEqual([]);
    expect(sent).toHaveLength(0);
  });

  it('"n" on a terminal sends nothing; "y" sends the write once', async () => {
    const { client, sent } = countingClient();
    const no = terminal('n');
    expect(await carryOut(client, deleteInstance(), flags(), no.io)).toBeUndefined();
    expect(no.stderr.text).toBe('Nothing changed.\n');
    expect(sent).toHaveLength(0);
    const yes = terminal('y');
    const result = await carryOut(client, deleteInstance(), flags(), yes.io);
    expect(result).toMatchObject({ requestId: 'req-1', alreadyDeleted: false });
    expect(yes.asked).toEqual(['Delete instance my-app/ctr/exp1? [y/N] ']);
    expect(sent.map((r) => r.method)).toEqual(['DELETE']);
  });
});
