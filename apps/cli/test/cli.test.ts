/** The entry point in-process: parsing, usage errors, help, version, completion; no server needed. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emulatorUrlOnlyIfUrl, main } from '../src/cli.js';
import { bufferIo } from './helpers.js';

const run = async (...args: string[]) => {
  const { io, stdout, stderr } = bufferIo();
  const code = await main(['node', 'fntasks', ...args], io);
  return { code, stdout: stdout.text, stderr: stderr.text };
};

describe('usage errors exit 2 with the message and the command usage', () => {
  it.each([
    [
      ['list', 'a', 'f', 'i', '--status', 'done'],
      /argument 'done' is invalid\. Unknown status "done"\. Allowed: success, failed, running\./,
    ],
    [
      ['list', 'a', 'f', 'i', '--since', '3 days'],
      /Invalid --since "3 days"\. --since takes an ISO date-time/,
    ],
    [['list', 'a', 'f', 'i', '--since', '3x'], /Invalid --since "3x"/],
    [
      ['list', 'a', 'f', 'i', '--output', 'xml'],
      /Unknown output format "xml"\. Allowed: table, json, ndjson, csv, yaml\./,
    ],
    [['list', 'a', 'f', 'i', '--page-size', '0'], /Invalid --page-size "0": expected a positive integer/],
    [['list', 'a', 'f', 'i', '--page-size', '500'], /at most 100/],
    [['list', 'a', 'f', 'i', '--columns', 'status,nope'], /Unknown column "nope"/],
    [['list', 'a', 'f'], /missing required argument 'instance'/],
    [['get', 'a', 'f', 'i'], /missing required argument 'task'/],
    [['wait', 'a', 'f', 'i', '3', '--timeout', 'soon'], /Invalid --timeout "soon"/],
    [
      ['wait', 'a', 'f', 'i', '3', '--output', 'csv'],
      /Output format "csv" is not available here\. Allowed: table, json, ndjson, yaml\./,
    ],
    [['watch', 'a', 'f', 'i', '--interval', '0s'], /Invalid --interval "0s"/],
    [['list', 'a', 'f', 'i', '--bogus'], /unknown option '--bogus'/],
    [
      ['completion', 'fish'],
      /value 'fish' is invalid for argument 'shell'\. Allowed choices are bash, zsh\./,
    ],
  ])('%j', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(new RegExp(`Usage: fntasks ${args[0]} `));
    expect(result.stdout).toBe('');
  });

  it('an unknown command and no command at all are usage errors', async () => {
    const unknown = await run('lsit');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'lsit'/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Usage: fntasks/);
  });

  it('usage errors found inside a command also show the usage', async () => {
    const result = await run(
      'list',
      'a',
      'f',
      'i',
      '--page',
      '2',
      '--all',
      '--emulator',
      'http://127.0.0.1:9',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/error: --page cannot be combined with --all or --limit/);
    expect(result.stderr).toMatch(/Usage: fntasks list \[options\] <appGroup> <function> <instance>/);
  });
});

describe('help, version, completion', () => {
  it('--version prints the package version', async () => {
    const result = await run('--version');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(['list', 'get', 'watch', 'wait', 'completion'])('%s --help shows examples', async (command) => {
    const result = await run(command, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`Usage: fntasks ${command}`));
    expect(result.stdout).toMatch(/Examples:\n {2}\$ fntasks /);
  });

  it('every task command documents the connection options', async () => {
    for (const command of ['list', 'get', 'watch', 'wait']) {
      const { stdout } = await run(command, '--help');
      for (const flag of [
        '--endpoint <url>',
        '--region <id>',
        '--profile <name>',
        '--emulator [url]',
        '--debug',
        '--no-color',
        '--utc',
      ]) {
        expect(stdout).toContain(flag);
      }
    }
  });

  it('top-level help lists the commands, exit codes and the piped default', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    for (const command of ['list', 'get', 'watch', 'wait', 'completion'])
      expect(stdout).toMatch(new RegExp(`\\n {2}${command}\\b`));
    expect(stdout).toMatch(
      /Exit codes: 0 ok, 1 unexpected, 2 usage, 3 config\/auth, 4 API\/network, 5 task failed, 6 wait timeout,/,
    );
    expect(stdout).toMatch(/ndjson when piped/);
  });

  it('completion bash is valid bash that completes commands, options and values', async () => {
    const { code, stdout } = await run('completion', 'bash');
    expect(code).toBe(0);
    expect(stdout).toContain('complete -F _fntasks fntasks');
    expect(stdout).toContain('list) opts="');
    expect(stdout).toContain('success failed running');
    execFileSync('bash', ['-n'], { input: stdout });
    const completed = execFileSync(
      'bash',
      [
        '-c',
        `${stdout}\nCOMP_WORDS=(fntasks list a f i --status r); COMP_CWORD=6; _fntasks; echo "\${COMPREPLY[@]}"`,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(completed.trim()).toBe('running');
    const commands = execFileSync(
      'bash',
      ['-c', `${stdout}\nCOMP_WORDS=(fntasks w); COMP_CWORD=1; _fntasks; echo "\${COMPREPLY[@]}"`],
      {
        encoding: 'utf8',
      },
    );
    expect(commands.trim()).toBe('watch wait');
  });

  it('completion zsh declares the command and its options', async () => {
    const { code, stdout } = await run('completion', 'zsh');
    expect(code).toBe(0);
    expect(stdout.startsWith('#compdef fntasks')).toBe(true);
    expect(stdout).toContain("compadd -- 'list' 'get' 'watch' 'wait' 'completion'");
    expect(stdout).toContain("'(-o --output)'{-o,--output}'[--output]:value:(table json ndjson csv yaml)'");
  });
});

describe('--emulator [url]', () => {
  it('takes the next word only when it is a URL', () => {
    const argv = (...words: string[]) => emulatorUrlOnlyIfUrl(['node', 'fntasks', ...words]).slice(2);
    expect(argv('list', '--emulator', 'my-app', 'ctr', 'x')).toEqual([
      'list',
      '--emulator=http://127.0.0.1:8790',
      'my-app',
      'ctr',
      'x',
    ]);
    expect(argv('list', 'a', 'b', 'c', '--emulator', 'http://127.0.0.1:9')).toEqual([
      'list',
      'a',
      'b',
      'c',
      '--emulator',
      'http://127.0.0.1:9',
    ]);
    expect(argv('list', 'a', 'b', 'c', '--emulator')).toEqual(['list', 'a', 'b', 'c', '--emulator']);
    expect(argv('list', 'a', 'b', 'c', '--emulator', '--utc')).toEqual([
      'list',
      'a',
      'b',
      'c',
      '--emulator',
      '--utc',
    ]);
    expect(argv('list', '--', '--emulator', 'x')).toEqual(['list', '--', '--emulator', 'x']);
  });
});
