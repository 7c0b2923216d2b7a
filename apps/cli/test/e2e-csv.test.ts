/**
 * Issue 21 item 4 against the built binary and an emulator loaded with hostile tasks: `-o csv` on a real
 * pseudo-terminal (`script`) shows every control and bidi character as its escape, like the table; piped or
 * written to a file it keeps the wire text, and a spreadsheet reading it back with either separator (a quote
 * honoured only at the start of a field) never gets a cell that starts like a formula.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EmulatorHandle } from '@fntasks/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BIN,
  cleanEnv,
  NODE,
  onPty,
  runCli,
  shellQuote,
  spreadsheetCells,
  startFixtureEmulator,
} from './helpers.js';
import { ATTACKS, containsAttack } from './hostile-server.js';

/** Every attack of the hostile server, plus a right-to-left override. */
const HOSTILE = `${Object.values(ATTACKS).join('')}\u202e`;
const EVIL = { appGroupIdentity: 'cli-e2e', functionName: 'ctr', instanceName: 'evil' } as const;
const ARGS = [EVIL.appGroupIdentity, EVIL.functionName, EVIL.instanceName];
/** Cells that become formulas for a reader splitting on the other separator, unless guarded. */
const SPLIT_FORMULAS = ["safe;=cmd|' /C calc'!A0", 'safe,=cmd', 'x; +1+1', 'y,"@SUM(A1)', 'z;\t-2+3'];

let emulator: EmulatorHandle;
let conn: string[];
let dir: string;

beforeAll(async () => {
  ({ emulator } = await startFixtureEmulator());
  conn = ['--emulator', emulator.url];
  const now = emulator.getClock().now;
  emulator.loadTasks(
    SPLIT_FORMULAS.map((runId, i) => ({
      ...EVIL,
      runId: i === 0 ? `${runId}${HOSTILE}` : runId,
      generation: String(i + 1),
      status: 'failed',
      progress: 50,
      startTime: now - (i + 2) * 60_000,
      endTime: now - 60_000,
      extendInfo: { [`note${HOSTILE}`]: `v${HOSTILE}`, errors: [`boom${HOSTILE}`, SPLIT_FORMULAS[i]] },
    })) as never,
  );
  dir = mkdtempSync(join(tmpdir(), 'fntasks-csv-'));
});
afterAll(async () => {
  await emulator?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('-o csv on a terminal', () => {
  it.each([
    ['list', [...ARGS]],
    ['get', [...ARGS, '1']],
  ])('%s: every control and bidi character of a cell is shown as its escape', async (_name, args) => {
    const { code, output } = await onPty([_name, ...args, ...conn, '-o', 'csv']);
    expect(code).toBe(0);
    expect(containsAttack(output)).toBe(false);
    expect(output).not.toContain('\u202e');
    expect(output).toContain('\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07');
    expect(output).toContain('\\x9b31m\\u202e');
    expect(output).toContain("safe;'=cmd|' /C calc'!A0");
  });
});

describe('-o csv to a pipe or a file', () => {
  it('keeps the wire text of every cell, apart from the formula guard', async () => {
    const result = await runCli([
      'list',
      ...ARGS,
      ...conn,
      '-o',
      'csv',
      '--columns',
      'generation,run-id,errors',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`"safe;'=cmd|' /C calc'!A0${HOSTILE.replaceAll('"', '""')}"`);
    expect(result.stdout).toContain(`boom${HOSTILE}`);
  });

  it('read back by a spreadsheet with either separator, no cell starts like a formula', async () => {
    const file = join(dir, 'tasks.csv');
    const command = [NODE, BIN, 'list', ...ARGS, ...conn, '-o', 'csv'].map(shellQuote).join(' ');
    // Asynchronously: the emulator answers from this process.
    await promisify(execFile)('sh', ['-c', `${command} > ${shellQuote(file)}`], { env: cleanEnv() });
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('\u001b]0;pwned'); // a file gets the wire text
    for (const separator of [',', ';'] as const) {
      const cells = spreadsheetCells(text, separator);
      // The other separator really splits cells: the guard, not the quoting, is what protects them.
      expect(cells.some((cell) => cell.startsWith("'=cmd|"))).toBe(separator === ';');
      for (const cell of cells) expect(cell).not.toMatch(/^[ "]*[=+\-@\t\r]/);
    }
  });
});
