/**
 * Issue 21 item 6, on a real server over raw sockets: more than one Host line is 400 (RFC 9112), API bodies stop
 * at 1 MB (413 with a JSON error) while the control routes keep their larger cap.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MAX_API_BODY_BYTES } from '../src/server.js';
import { control, rawRequest, startTestEmulator, task, tasksPath } from './helpers.js';

/** Sends raw bytes and resolves with everything the server wrote until it closed (or 2 s of quiet). */
function rawExchange(url: string, bytes: string | Buffer[]): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const quiet = setTimeout(() => socket.destroy(), 2000);
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1');
      // One answer is all a test reads: stop once its body is complete.
      const match = /content-length: (\d+)/i.exec(text);
      const head = text.indexOf('\r\n\r\n');
      if (match && head >= 0 && text.length >= head + 4 + Number(match[1])) socket.end();
    });
    socket.on('close', () => {
      clearTimeout(quiet);
      resolve(text);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may close while a large body is still being written: what it answered is what counts.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve(text);
      else reject(error);
    });
    for (const part of Array.isArray(bytes) ? bytes : [bytes]) socket.write(part);
  });
}

function statusOf(answer: string): number {
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
}

function bodyOf(answer: string) {
  return JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
}

describe('more than one Host header', () => {
  it('is answered 400 on API and control routes, whatever the second says; one Host is served', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(0)]);
    const host = new URL(h.url).host;
    const path = tasksPath('app', 'ctr', 'inst');
    const ok = await rawExchange(h.url, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(statusOf(ok)).toBe(200);
    for (const [target, second] of [
      [path, 'evil.example'],
      [path, host],
      ['/__fntasks/clock', 'evil.example'],
    ] as const) {
      const answer = await rawExchange(
        h.url,
        `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nhost: ${second}\r\nConnection: close\r\n\r\n`,
      );
      expect(statusOf(answer), `${target} + ${second}`).toBe(400);
      const body = bodyOf(answer);
      const message = target.startsWith('/__fntasks/') ? body.error : (body.message ?? body.Message);
      expect(message).toMatch(/more than one Host header/);
      expect(answer).not.toContain('"result"');
    }
  });
});

describe('body caps', () => {
  it('an API body over 1 MB is 413 with a JSON error; by declared length and by chunked stream', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(0)]);
    const host = new URL(h.url).host;
    const path = tasksPath('app', 'ctr', 'inst');
    // Declared: refused before the body is read.
    const declared = await rawExchange(
      h.url,
      `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${60 * 1024 * 1024}\r\n\r\n{`,
    );
    expect(statusOf(declared)).toBe(413);
    expect(bodyOf(declared).code ?? bodyOf(declared).Code).toBe('Emulator.BodyTooLarge');
    expect(bodyOf(declared).message ?? bodyOf(declared).Message).toMatch(/larger than 1048576 bytes/);
    // Chunked: counted as it arrives.
    const chunk = 'x'.repeat(256 * 1024);
    const parts = [
      `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    ];
    for (let i = 0; i < 5; i += 1) parts.push(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    parts.push('0\r\n\r\n');
    const chunked = await rawExchange(
      h.url,
      parts.map((p) => Buffer.from(p)),
    );
    expect(statusOf(chunked)).toBe(413);
    // Nothing was started by the refused writes.
    const page = await rawRequest(h.url, path);
    expect(page.json.totalCount).toBe(1);
  });

  it('a body at the API cap is read (and answered by the operation), and control routes take more than 1 MB', async () => {
    const h = await startTestEmulator();
    h.loadTasks([task(0)]);
    const atCap = await rawRequest(h.url, tasksPath('app', 'ctr', 'inst'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: ' '.repeat(MAX_API_BODY_BYTES),
    });
    // CreateFunctionTask ignores its body: the run starts.
    expect(atCap.status, atCap.text).toBe(200);
    // 3000 tasks with long extendInfo: ~2.5 MB through the control route.
    const tasks = Array.from({ length: 3000 }, (_, i) =>
      task(i + 1, {
        runId: `r${i}`,
        generation: String(i + 2),
        extendInfo: { note: 'n'.repeat(800), errors: [] },
      }),
    );
    const body = JSON.stringify({ tasks });
    expect(Buffer.byteLength(body)).toBeGreaterThan(2 * MAX_API_BODY_BYTES);
    const loaded = await control(h, 'POST', 'tasks', body);
    expect(loaded.status, loaded.text.slice(0, 200)).toBe(200);
    expect((await rawRequest(h.url, tasksPath('app', 'ctr', 'inst'))).json.totalCount).toBe(3002);
  });
});
