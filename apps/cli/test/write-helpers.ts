/**
 * What the write commands' end-to-end tests share: the CLI run with a verifying emulator's key, a refusal that
 * must reach nothing, a dry run read back (request line, headers, body) with nothing sent, an answer typed on a
 * pseudo-terminal, and a stand-in service for the unknown-outcome cases.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, expect } from 'vitest';
import { onPty, runCli, startVerifyingEmulator, VERIFY_ENV } from './helpers.js';

/**
 * A verifying emulator for the file's tests (started before them, its clock frozen, closed after them) and the
 * helpers bound to it.
 */
export function useVerifyingEmulator() {
  let started: Awaited<ReturnType<typeof startVerifyingEmulator>> | undefined;
  beforeAll(async () => {
    started = await startVerifyingEmulator();
    started.emulator.setClock({ speed: 0 });
  });
  afterAll(async () => {
    await started?.emulator.close();
  });
  const target = {
    get conn(): readonly string[] {
      return started?.conn ?? [];
    },
    requests: () => started?.requests() ?? 0,
  };
  return {
    get emulator(): EmulatorHandle {
      if (!started) throw new Error('the emulator starts in beforeAll');
      return started.emulator;
    },
    /** `--emulator URL`, the connection of every run. */
    get conn() {
      return target.conn;
    },
    ...writeSuite(target),
  };
}

/** The helpers bound to one verifying emulator (`startVerifyingEmulator`'s `conn` and `requests`). */
export function writeSuite(target: { readonly conn: readonly string[]; readonly requests: () => number }) {
  const cli = (args: readonly string[]) => runCli([...args, ...target.conn], { env: VERIFY_ENV });
  return {
    cli,
    /** Expects exit 2 with `message` on stderr, and no request reaching the emulator. */
    async refusedBeforeSending(args: readonly string[], message: RegExp) {
      const before = target.requests();
      const result = await cli(args);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(target.requests()).toBe(before);
      return result;
    },
    /** Runs `args --dry-run`: exit 0, nothing sent; the request as printed. */
    async dryRun(args: readonly string[]) {
      const before = target.requests();
      const result = await cli([...args, '--dry-run']);
      expect(result.code, result.stderr).toBe(0);
      expect(target.requests()).toBe(before);
      const blank = result.stdout.indexOf('\n\n');
      const head = blank < 0 ? result.stdout.trimEnd() : result.stdout.slice(0, blank);
      const [line, ...headerLines] = head.split('\n');
      return {
        result,
        line,
        headers: Object.fromEntries(headerLines.map((h) => h.split(': ', 2) as [string, string])),
        body: blank < 0 ? undefined : (JSON.parse(result.stdout.slice(blank + 2)) as unknown),
      };
    },
    /** Runs `args` on a pseudo-terminal and answers its `[y/N]` question with `answer`. */
    answerOnPty(args: readonly string[], answer: 'y' | 'n') {
      let answered = false;
      return onPty(
        [...args, ...target.conn],
        (text, child) => {
          if (!answered && text.includes('[y/N]')) {
            answered = true;
            child.stdin.write(`${answer}\n`);
          }
        },
        VERIFY_ENV,
      );
    },
  };
}

/** A stand-in for the service on loopback: answers every request with `respond`, and counts the POSTs. */
export async function startStandIn(respond: (req: IncomingMessage, res: ServerResponse) => void) {
  let posts = 0;
  const server = createServer((req, res) => {
    req.resume();
    if (req.method === 'POST') posts++;
    respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts: () => posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
