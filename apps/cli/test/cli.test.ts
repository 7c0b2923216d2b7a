/** The entry point in-process: parsing, usage errors, help, version, completion; no server needed. */
import { execFileSync } from 'node:child_process';
import { SEED_LAYOUT } from '@fntasks/emulator';
import { describe, expect, it } from 'vitest';
import { emulatorUrlOnlyIfUrl, main } from '../src/main.js';
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
      /argument '3 days' is invalid\. --since takes an ISO date-time/,
    ],
    [['list', 'a', 'f', 'i', '--since', '3x'], /argument '3x' is invalid\. --since takes/],
    [
      ['list', 'a', 'f', 'i', '--since', '1764288000'],
      /argument '1764288000' is invalid\. Epoch times are not accepted\. Use the ISO form: --since 2025-11-28T00:00:00Z/,
    ],
    [
      ['list', 'a', 'f', 'i', '--output', 'xml'],
      /Unknown output format "xml"\. Allowed: table, json, ndjson, csv, yaml\./,
    ],
    [['list', 'a', 'f', 'i', '--page-size', '0'], /argument '0' is invalid\. Expected a positive integer/],
    [['list', 'a', 'f', 'i', '--page-size', '500'], /argument '500' is invalid\. At most 100\./],
    [['list', 'a', 'f', 'i', '--columns', 'status,nope'], /Unknown column "nope"/],
    [['list', 'a', 'f'], /missing required argument 'instance'/],
    [['get', 'a', 'f', 'i'], /missing required argument 'task'/],
    [
      ['wait', 'a', 'f', 'i', '3', '--timeout', 'soon'],
      /argument 'soon' is invalid\. Use a number with a unit/,
    ],
    [
      ['wait', 'a', 'f', 'i', '3', '--output', 'csv'],
      /--output "csv" is not available here\. Allowed: table, json, ndjson, yaml\./,
    ],
    [
      ['watch', 'a', 'f', 'i', '-o', 'csv'],
      /--output "csv" is not available here\. Allowed: table, ndjson\./,
    ],
    [
      ['list', 'a', 'f', 'i', '--since', '2025-02-30'],
      /argument '2025-02-30' is invalid\. 2025-02 has 28 days\./,
    ],
    [
      ['list', 'a', 'f', 'i', '--until', '2024-13-01'],
      /argument '2024-13-01' is invalid\. There is no month 13\./,
    ],
    [['list', 'a', 'f', 'i', '--since', '2025-11-28T24:00'], /There is no hour 24/],
    [
      ['watch', 'a', 'f', 'i', '--interval', '10ms', '--region', 'cn-hangzhou'],
      /--interval 10ms is shorter than the minimum of 1s against a real endpoint\./,
    ],
    [
      ['list', 'a', 'f', 'i', '--emulator', 'localhost:40539'],
      /--emulator "localhost:40539" is not a URL: it needs a URL with its scheme: --emulator http:\/\/localhost:40539\./,
    ],
    [
      ['list', 'a', 'f', 'i', '--since', '3d', '--until', '7d', '--emulator', 'http://127.0.0.1:9'],
      /--since 3d \(2025-11-25T12:00:00\.000Z\) is after --until 7d \(2025-11-21T12:00:00\.000Z\): no task can match\./,
    ],
    [['watch', 'a', 'f', 'i', '--interval', '0s'], /argument '0s' is invalid\./],
    [['list', 'a', 'f', 'i', '--bogus'], /unknown option '--bogus'/],
    [
      ['completion', 'powershell'],
      /value 'powershell' is invalid for argument 'shell'\. Allowed choices are bash, zsh, fish\./,
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

describe("commander's error text is not doubled", () => {
  it.each([
    ['list', 'a', 'f', 'i', '--since', 'yesterday'],
    ['list', 'a', 'f', 'i', '--page', 'x'],
    ['watch', 'a', 'f', 'i', '--interval', '0s'],
    ['health', 'a', '--threshold', '150%'],
  ])('%j names the value once', async (...args) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    const value = args.at(-1) as string;
    expect(result.stderr.split(`'${value}'`).length - 1).toBe(1);
    expect(result.stderr).not.toContain(`"${value}"`);
    expect(result.stderr).not.toMatch(/is invalid\. Invalid/);
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
    expect(stdout).toMatch(/ {4}list\)\n[\s\S]*? {6}opts="/);
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

  it('@default is in the help of every command that takes an instance, and completion offers it there', async () => {
    for (const command of [
      'list',
      'get',
      'watch',
      'wait',
      'run',
      'delete',
      'instance show',
      'instance delete',
    ]) {
      const { stdout } = await run(...command.split(' '), '--help');
      expect(stdout.replace(/\s+/g, ' '), command).toContain(
        "instance name, or @default for the function's default instance",
      );
    }
    const bash = (await run('completion', 'bash')).stdout;
    const complete = (words: string, cword: number) =>
      execFileSync(
        'bash',
        ['-c', `${bash}\nCOMP_WORDS=(${words}); COMP_CWORD=${cword}; _fntasks; echo "\${COMPREPLY[@]}"`],
        { encoding: 'utf8' },
      ).trim();
    expect(complete('fntasks list my-app ctr @', 4)).toBe('@default');
    expect(complete('fntasks wait my-app ctr @', 4)).toBe('@default');
    // not at other positions, nor for commands without an instance
    expect(complete('fntasks list my-app @', 3)).toBe('');
    expect(complete('fntasks instances my-app @', 3)).toBe('');
    const zsh = (await run('completion', 'zsh')).stdout;
    const listLine = zsh.split('\n').find((line) => line.trimStart().startsWith('list)')) ?? '';
    expect(listLine).toContain(" '3:argument:(@default)'");
    const fish = (await run('completion', 'fish')).stdout;
    expect(fish).toContain(
      "complete -c fntasks -n '__fntasks_using get; and test (count (commandline -opc)) -eq 4' -a '@default'",
    );
  });

  it('completion zsh declares the commands and options with their help text', async () => {
    const { code, stdout } = await run('completion', 'zsh');
    expect(code).toBe(0);
    expect(stdout.startsWith('#compdef fntasks')).toBe(true);
    expect(stdout).toContain("'list:list the tasks of a function instance, newest first'");
    expect(stdout).toContain(
      "'(-s --status)'{-s,--status}'[only tasks in this status]:value:(success failed running)'",
    );
    expect(stdout).toContain("'--utc[show times in UTC instead of local time]'");
    const watchLine = stdout.split('\n').find((line) => line.trimStart().startsWith('watch)')) ?? '';
    expect(watchLine).toContain(':value:(table ndjson)');
    expect(watchLine).not.toContain('csv');
  });

  it('help examples name app groups, functions and instances that exist in the demo data', async () => {
    const { buildProgram } = await import('../src/program/index.js');
    const program = buildProgram(bufferIo().io);
    const helps = [
      [],
      ...program.commands.flatMap((c) => [[c.name()], ...c.commands.map((sub) => [c.name(), sub.name()])]),
    ];
    // Commands whose third word is not an existing instance: new names, or other things entirely.
    const NOT_AN_INSTANCE = ['instances', 'health', 'instance create', 'default show', 'default unset'];
    let checked = 0;
    for (const words of helps) {
      const { stdout } = await run(...words, '--help');
      for (const [, name, sub, app, fn, instance] of stdout.matchAll(
        /\$ fntasks (\w+)(?: (show|create|update|delete|set|unset|list|get|current)\b)? ([\w-]+)(?: ([a-z]+))?(?: ([\w-]+))?/g,
      )) {
        // `apps` takes no app group: its examples start with an option; `versions` and `resources` name no instance.
        if (name === 'completion' || name === 'apps' || name === 'versions') continue;
        const command = sub ? `${name} ${sub}` : (name ?? '');
        const where = `${words.join(' ') || 'fntasks'} --help: ${command} ${app} ${fn ?? ''} ${instance ?? ''}`;
        expect(SEED_LAYOUT[app ?? ''], where).toBeDefined();
        if (fn) expect(SEED_LAYOUT[app ?? '']?.[fn], where).toBeDefined();
        if (
          fn &&
          instance &&
          !instance.startsWith('-') &&
          name !== 'resources' &&
          !NOT_AN_INSTANCE.includes(command)
        )
          expect(SEED_LAYOUT[app ?? '']?.[fn], where).toContain(instance);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('completion fish declares the commands, each option with its help text, and fixed values', async () => {
    const { code, stdout } = await run('completion', 'fish');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('complete -c fntasks -f');
    expect(lines).toContain(
      "complete -c fntasks -n __fish_use_subcommand -a 'list' -d 'list the tasks of a function instance, newest first'",
    );
    expect(lines).toContain(
      "complete -c fntasks -n '__fntasks_using list' -s s -l status -d 'only tasks in this status' -x -a 'success failed running'",
    );
    expect(lines).toContain("complete -c fntasks -n '__fntasks_using completion' -a 'bash zsh fish'");
    // a quote inside a description is escaped for fish's single quotes
    expect(stdout).toContain("which instances: the user\\'s (the service\\'s default)");
    // every line is a complete command: balanced unescaped single quotes
    for (const line of lines.slice(1)) expect(line.replace(/\\./g, '').split("'").length % 2, line).toBe(1);
    const watch = lines.filter((line) => line.includes('using watch') && line.includes('-l output'));
    expect(watch).toEqual([expect.stringContaining("-x -a 'table ndjson'")]);
  });

  it('completion never offers what a command rejects: watch -o completes table and ndjson only', async () => {
    const { stdout } = await run('completion', 'bash');
    const complete = (words: string) =>
      execFileSync(
        'bash',
        [
          '-c',
          `${stdout}\nCOMP_WORDS=(${words}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _fntasks; echo "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8' },
      ).trim();
    expect(complete("fntasks watch a f i -o ''")).toBe('table ndjson');
    expect(complete("fntasks list a f i -o ''")).toBe('table json ndjson csv yaml');
    expect(complete("fntasks wait a f i 3 --output ''")).toBe('table json ndjson yaml');
  });

  it('is generated from the declarations: every option of every command is in the script', async () => {
    const { buildProgram } = await import('../src/program/index.js');
    const { stdout } = await run('completion', 'zsh');
    for (const command of buildProgram(bufferIo().io).commands) {
      for (const option of command.options) expect(stdout).toContain(option.long);
    }
  });
});

describe('error text is inert', () => {
  it("commander's messages quote what the user typed without its control characters", async () => {
    const result = await run('list', 'a', 'f', 'i', '--bogus\u001b]0;pwned\u0007');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--bogus\\x1b]0;pwned\\x07'");
    expect(result.stderr).not.toContain('\u001b');
  });

  it('our own messages too', async () => {
    const result = await run('list', 'a', 'f', 'i', '--since', '\u001b[2J');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('\\x1b[2J');
    expect(result.stderr).not.toContain('\u001b');
  });
});

describe('--emulator [url]', () => {
  it('takes the next word only when it is a URL', () => {
    const argv = (...words: string[]) => emulatorUrlOnlyIfUrl(['node', 'fntasks', ...words]).slice(2);
    expect(argv('list', '--emulator', 'my-app', 'ctr', 'x')).toEqual([
      'list',
      '--emulator=',
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
    // An address without its scheme is taken, so that connect() can say what is wrong with it.
    expect(argv('list', 'a', 'b', 'c', '--emulator', 'localhost:40539')).toEqual([
      'list',
      'a',
      'b',
      'c',
      '--emulator',
      'localhost:40539',
    ]);
  });
});

describe('the instance grammar and the writes, before any request', () => {
  it('instance --help lists the subcommands and says the older form shows one instance', async () => {
    const { code, stdout } = await run('instance', '--help');
    expect(code).toBe(0);
    for (const sub of ['show', 'create', 'update', 'delete'])
      expect(stdout).toMatch(new RegExp(`\\n {2}${sub}\\b`));
    expect(stdout).toContain('Without a subcommand, the arguments are APP FN INST of `show`.');
    expect(stdout).toContain('$ fntasks instance my-app ctr ctr_prod --emulator');
  });

  it('the older form and `instance show` are the same command: the same usage error without an instance', async () => {
    const old = await run('instance', 'my-app', 'ctr');
    const show = await run('instance', 'show', 'my-app', 'ctr');
    for (const result of [old, show]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("error: missing required argument 'instance'");
      expect(result.stderr).toContain(
        'Usage: fntasks instance show [options] <appGroup> <function> <instance>',
      );
    }
  });

  it.each([
    [['instance', 'create', 'a', 'f', 'exp1', '--model-type', 'tf_checkpoint'], 'instance create'],
    [['instance', 'update', 'a', 'f', 'exp1', '--cron', '0 3 * * *'], 'instance update'],
    [['instance', 'delete', 'a', 'f', 'exp1'], 'instance delete'],
    [['default', 'set', 'a', 'f', 'exp1'], 'default set'],
    [['default', 'unset', 'a', 'f'], 'default unset'],
    [['resources', 'create', 'a', 'f', 'r', '--type', 'raw_file', '--content', 'x'], 'resources create'],
    [['resources', 'update', 'a', 'f', 'r', '--description', 'x'], 'resources update'],
    [['resources', 'delete', 'a', 'f', 'r'], 'resources delete'],
    [['delete', 'a', 'f', 'i', '3'], 'delete'],
  ])('%j off a terminal without --yes: exit 2 naming --yes, nothing connected', async (args, command) => {
    // No connection option: the check comes before connecting (which would be exit 3).
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `error: ${command} asks before changing anything, and stdin is not a terminal: nobody can answer.`,
    );
    expect(result.stderr).toContain('hint: Add --yes to go ahead without asking');
    expect(result.stderr).toContain(`Usage: fntasks ${command} [options]`);
  });

  it.each([
    [
      ['instance', 'create', 'a', 'f', 'i', '--create-param', 'oops'],
      /argument 'oops' is invalid\. Expected name=value\./,
    ],
    [
      ['instance', 'update', 'a', 'f', 'i', '--usage-param', 'a=1', '--usage-param', 'a=2'],
      /argument 'a=2' is invalid\. "a" is given twice\./,
    ],
    [['instance', 'update', 'a', 'f', 'i', '--yes'], /error: instance update needs something to change\./],
    [['resources', 'update', 'a', 'f', 'r', '--yes'], /error: resources update needs something to change\./],
    [
      [
        'resources',
        'create',
        'a',
        'f',
        'r',
        '--yes',
        '--type',
        'raw_file',
        '--content',
        'x',
        '--content-file',
        'y',
      ],
      /error: --content and --content-file both give the content: use one of them\./,
    ],
    [['versions', 'current', 'ctr'], /error: required option '--model-type <type>' not specified/],
    [
      ['instance', 'create', 'a', 'f', 'i', '--yes', '--file', '/nonexistent/body.yaml'],
      /error: --file "\/nonexistent\/body\.yaml": no such file\./,
    ],
  ])('%j is a usage error naming the value, before any request', async (args, message) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(
      new RegExp(`Usage: fntasks ${args[0] ?? ''} ${args[1] ?? ''} \\[options\\]`),
    );
  });

  it('bash completion knows the groups: their subcommands, each one options, and the older instance form', async () => {
    const { stdout } = await run('completion', 'bash');
    execFileSync('bash', ['-n'], { input: stdout });
    const complete = (words: string) =>
      execFileSync(
        'bash',
        [
          '-c',
          `${stdout}\nCOMP_WORDS=(${words}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _fntasks; echo "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8' },
      ).trim();
    expect(complete("fntasks instance ''")).toBe('show create update delete -h --help');
    expect(complete("fntasks resources ''")).toBe('list get create update delete -h --help');
    expect(complete("fntasks resources list a f -o ''")).toBe('table json ndjson csv yaml');
    expect(complete("fntasks resources get a f r -o ''")).toBe('table json yaml');
    expect(complete('fntasks resources create a f r --content')).toBe('--content --content-file');
    expect(complete('fntasks instance create a f i --dry')).toBe('--dry-run');
    expect(complete('fntasks instance create a f i --create')).toBe('--create-param');
    expect(complete('fntasks default set a f i --y')).toBe('--yes');
    // @default for an existing instance, in both forms; never for a new one
    expect(complete('fntasks instance show my-app ctr @')).toBe('@default');
    expect(complete('fntasks instance my-app ctr @')).toBe('@default');
    expect(complete('fntasks instance delete my-app ctr @')).toBe('@default');
    expect(complete('fntasks instance create my-app ctr @')).toBe('');
  });

  it('zsh and fish completion describe the subcommands of a group', async () => {
    const zsh = (await run('completion', 'zsh')).stdout;
    expect(zsh).toContain("_values 'instance command' 'show[show one instance in full");
    expect(zsh).toMatch(/ {8}create\) shift words; \(\( CURRENT-- \)\); _arguments .*'--dry-run\[/);
    const fish = (await run('completion', 'fish')).stdout.split('\n');
    expect(fish).toContainEqual(
      expect.stringMatching(
        /^complete -c fntasks -n '__fntasks_using instance; and test \(count \(commandline -opc\)\) -eq 2' -a 'create' -d 'create a function instance/,
      ),
    );
    expect(fish).toContainEqual(
      "complete -c fntasks -n '__fntasks_using instance create' -l dry-run -d 'print the request that would be sent (signed headers redacted) and send nothing; needs no --yes'",
    );
    expect(fish).toContainEqual(
      "complete -c fntasks -n '__fntasks_using instance; and not __fntasks_using instance create update delete; and test (count (commandline -opc)) -eq 4' -a '@default'",
    );
  });
});
