/**
 * Standard output and error of the real process. A terminal gets Node's own stream (width, colours, redraws in
 * place); a pipe, a file or /dev/null gets synchronous `fs.writeSync` calls. Why: the first use of
 * `process.stdout` builds a stream whose class loads Node's whole stream stack (and `net` for a pipe), a few
 * milliseconds of every short run, while Node writes pipes and files synchronously on POSIX anyway.
 * A pipe that is full and non-blocking (EAGAIN) hands the rest to Node's stream, which waits for it.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { OutStream } from './io.js';

/** What the process does when the reader of stdout went away (`fntasks list … | head`). */
export type ClosedPipeHandler = () => void;

/** The output for file descriptor 1 or 2. */
export function openOutput(fd: 1 | 2, onClosedPipe: ClosedPipeHandler): OutStream {
  const stream = () => {
    const node = fd === 1 ? process.stdout : process.stderr;
    node.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') onClosedPipe();
      else throw error;
    });
    return node;
  };
  return isPlainOutput(fd) ? new SyncOutput(fd, stream, onClosedPipe) : stream();
}

/**
 * True for a pipe, a file, a socket or /dev/null: no terminal, so no stream object is needed. False for a
 * terminal, and for anything this cannot tell (a closed descriptor, another device), which Node's stream handles.
 */
export function isPlainOutput(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice()) return true;
    return stat.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/** Writes each text with `fs.writeSync`, whole; never a terminal. */
export class SyncOutput implements OutStream {
  readonly isTTY = false;
  private fallback: NodeJS.WritableStream | undefined;

  constructor(
    private readonly fd: number,
    /** Node's stream for this descriptor, created only if a write would block. */
    private readonly stream: () => NodeJS.WritableStream,
    private readonly onClosedPipe: ClosedPipeHandler,
    /** `fs.writeSync` (tests pass their own to make a pipe full or closed). */
    private readonly writeBytes: (fd: number, bytes: Buffer, offset: number) => number = writeSync,
  ) {}

  write(text: string): boolean {
    if (this.fallback) return this.fallback.write(text);
    const bytes = Buffer.from(text, 'utf8');
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += this.writeBytes(this.fd, bytes, offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          this.fallback = this.stream();
          return this.fallback.write(bytes.subarray(offset));
        }
        if (code === 'EPIPE') {
          this.onClosedPipe();
          return false;
        }
        throw error;
      }
    }
    return true;
  }
}
