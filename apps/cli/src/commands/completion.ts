/**
 * `fntasks completion bash|zsh|fish`: prints a completion script generated from the program's own declarations
 * (program/describe.ts): the commands, each command's options with their help text (zsh shows it), and the
 * values an option or argument accepts — only those the parser accepts.
 */
import type { Io } from '../io.js';
import type { CommandDescription, OptionDescription, ProgramDescription } from '../program/describe.js';

/** Options of `completion`. */
export interface CompletionOptions {
  readonly shell: 'bash' | 'zsh' | 'fish';
  /** The commands and their options, as declared in program/. */
  readonly program: ProgramDescription;
}

/** Prints the script for the shell. */
export async function completion(options: CompletionOptions, io: Io): Promise<void> {
  const scripts = { bash: bashScript, zsh: zshScript, fish: fishScript };
  io.stdout.write(scripts[options.shell](options.program));
}

/** The words of a command for bash: its flags, and the values of its first argument when fixed. */
function bashWords(command: CommandDescription): string {
  return [...(command.argumentValues ?? []), ...command.options.flatMap((o) => o.flags)].join(' ');
}

/**
 * bash: the suggested values of an argument join the words at its position (arguments typed before options);
 * `first` is the index in COMP_WORDS of the command's first argument.
 */
function bashSuggestions(command: CommandDescription, first: number): string {
  return (command.argumentSuggestions ?? [])
    .map(
      ({ position, values }) =>
        `\n      [ "$COMP_CWORD" -eq ${position + first - 1} ] && opts="${values.join(' ')} $opts"`,
    )
    .join('');
}

/** bash: the `prev` cases of a command's options with fixed values, then its words. */
function bashBody(command: CommandDescription, first: number): string {
  const values = command.options
    .filter((o) => o.values)
    .map(
      (o) =>
        `        ${o.flags.join('|')}) COMPREPLY=( $(compgen -W "${(o.values ?? []).join(' ')}" -- "$cur") ); return 0 ;;`,
    );
  const valueCase = values.length > 0 ? `      case "$prev" in\n${values.join('\n')}\n      esac\n` : '';
  return `${valueCase}      opts="${bashWords(command)}"${bashSuggestions(command, first)}`;
}

/** bash: a group offers its subcommands after itself, then completes the one named (or its default). */
function bashGroup(group: CommandDescription, subcommands: readonly CommandDescription[]): string {
  const fallback = subcommands.find((c) => c.name === group.defaultSubcommand);
  const cases = subcommands.map((c) => `      ${c.name})\n${bashBody(c, 3)} ;;`);
  if (fallback) cases.push(`      *)\n${bashBody(fallback, 2)} ;;`);
  return `      if [ "$COMP_CWORD" -eq 2 ]; then
        opts="${[...subcommands.map((c) => c.name), '-h', '--help'].join(' ')}"
      else
      case "\${COMP_WORDS[2]}" in
${cases.join('\n')}
      esac
      fi`;
}

/** bash: per command, `prev` cases for options with fixed values, then the command's words. */
export function bashScript(program: ProgramDescription): string {
  const cases = program.commands
    .map((command) => {
      const body = command.subcommands ? bashGroup(command, command.subcommands) : bashBody(command, 2);
      return `    ${command.name})\n${body} ;;`;
    })
    .join('\n');
  return `# bash completion for fntasks. Install: fntasks completion bash > ~/.local/share/bash-completion/completions/fntasks
_fntasks() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${program.commands.map((c) => c.name).join(' ')} --help --version" -- "$cur") )
    return 0
  fi
  cmd="\${COMP_WORDS[1]}"
  case "$cmd" in
${cases}
    *) opts="" ;;
  esac
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
complete -F _fntasks fntasks
`;
}

/** Text inside zsh single quotes: `'` closed, escaped and reopened. */
function zshQuoted(text: string): string {
  return text.replaceAll("'", `'\\''`);
}

/** An option's help inside `_arguments`' `[…]`: only the brackets (and backslashes) need escaping. */
function zshBracketText(text: string): string {
  return zshQuoted(text.replace(/([[\]\\])/g, '\\$1'));
}

/** A `name:description` entry of `_describe`: a colon in the description is escaped. */
function zshDescribeText(text: string): string {
  return zshQuoted(text.replace(/([:\\])/g, '\\$1'));
}

/** One `_arguments` spec for an option: exclusive flags, help text, and its value (from a fixed list). */
function zshOptionSpec(option: OptionDescription): string {
  const help = zshBracketText(option.description);
  const value = option.values
    ? `:value:(${option.values.join(' ')})`
    : option.takesValue
      ? `:${option.flags[option.flags.length - 1]?.replace(/^-+/, '') ?? 'value'}: `
      : '';
  return option.flags.length > 1
    ? `'(${option.flags.join(' ')})'{${option.flags.join(',')}}'[${help}]${value}'`
    : `'${option.flags[0]}[${help}]${value}'`;
}

/** zsh: `_arguments` for one command: its options, and its arguments' fixed or suggested values. */
function zshArguments(command: CommandDescription): string {
  const args = [
    ...(command.argumentValues ? [` '1:argument:(${command.argumentValues.join(' ')})'`] : []),
    ...(command.argumentSuggestions ?? []).map(
      ({ position, values }) => ` '${position}:argument:(${values.join(' ')})'`,
    ),
  ].join('');
  return `_arguments ${command.options.map(zshOptionSpec).join(' ')}${args}`;
}

/** zsh: a group offers its subcommands after itself, then completes the one named (or its default). */
function zshGroup(group: CommandDescription, subcommands: readonly CommandDescription[]): string {
  const fallback = subcommands.find((c) => c.name === group.defaultSubcommand);
  const values = subcommands.map((c) => `'${c.name}[${zshBracketText(c.description)}]'`).join(' ');
  const cases = subcommands.map(
    (c) => `        ${c.name}) shift words; (( CURRENT-- )); ${zshArguments(c)} ;;`,
  );
  if (fallback) cases.push(`        *) ${zshArguments(fallback)} ;;`);
  return `
      if (( CURRENT == 2 )); then _values '${zshQuoted(group.name)} command' ${values}; return; fi
      case \${words[2]} in
${cases.join('\n')}
      esac ;;`;
}

/** zsh (compsys): commands with their descriptions, options with their help text; also works with `source <(…)`. */
export function zshScript(program: ProgramDescription): string {
  const commandList = program.commands
    .map((c) => `    '${c.name}:${zshDescribeText(c.description)}'`)
    .join('\n');
  const cases = program.commands
    .map((command) =>
      command.subcommands
        ? `    ${command.name})${zshGroup(command, command.subcommands)}`
        : `    ${command.name}) ${zshArguments(command)} ;;`,
    )
    .join('\n');
  return `#compdef fntasks
# zsh completion for fntasks. Install: fntasks completion zsh > "\${fpath[1]}/_fntasks"
_fntasks() {
  local -a commands
  commands=(
${commandList}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'fntasks command' commands
    return
  fi
  local cmd=\${words[2]}
  shift words; (( CURRENT-- ))
  case $cmd in
${cases}
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then _fntasks "$@"; else compdef _fntasks fntasks; fi
`;
}

/** Text inside fish single quotes: only `\\` and `'` are special there. */
function fishQuoted(text: string): string {
  return `'${text.replace(/([\\'])/g, '\\$1')}'`;
}

/** One `complete` line for an option, where `condition` holds: its long and short flags, help text and values. */
function fishOption(condition: string, option: OptionDescription): string {
  const flags = option.flags.map((flag) =>
    flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.replace(/^-/, '')}`,
  );
  const value = option.values
    ? ` -x -a ${fishQuoted(option.values.join(' '))}`
    : option.takesValue
      ? ' -r'
      : '';
  return `complete -c fntasks -n ${fishQuoted(condition)} ${flags.join(' ')} -d ${fishQuoted(option.description)}${value}`;
}

/**
 * fish: one command's options and argument values, where `condition` holds; `words` is how many words precede
 * its first argument (fntasks and the command: 2; with a subcommand: 3).
 */
function fishCommand(c: CommandDescription, condition: string, words: number): string[] {
  return [
    ...c.options.map((o) => fishOption(condition, o)),
    ...(c.argumentValues
      ? [`complete -c fntasks -n ${fishQuoted(condition)} -a ${fishQuoted(c.argumentValues.join(' '))}`]
      : []),
    // `commandline -opc` holds fntasks, the command(s) and the arguments typed so far.
    ...(c.argumentSuggestions ?? []).map(
      ({ position, values }) =>
        `complete -c fntasks -n ${fishQuoted(`${condition}; and test (count (commandline -opc)) -eq ${position + words - 1}`)} -a ${fishQuoted(values.join(' '))}`,
    ),
  ];
}

/** fish: a group's subcommands after it, each one's options, and its default's when no subcommand is named. */
function fishGroup(group: CommandDescription, subcommands: readonly CommandDescription[]): string[] {
  const names = subcommands.map((c) => c.name);
  const fallback = subcommands.find((c) => c.name === group.defaultSubcommand);
  const others = names.filter((name) => name !== group.defaultSubcommand).join(' ');
  return [
    ...subcommands.map(
      (c) =>
        `complete -c fntasks -n ${fishQuoted(`__fntasks_using ${group.name}; and test (count (commandline -opc)) -eq 2`)} -a ${fishQuoted(c.name)} -d ${fishQuoted(c.description)}`,
    ),
    ...subcommands.flatMap((c) => fishCommand(c, `__fntasks_using ${group.name} ${c.name}`, 3)),
    ...(fallback
      ? fishCommand(
          fallback,
          `__fntasks_using ${group.name}; and not __fntasks_using ${group.name} ${others}`,
          2,
        )
      : []),
  ];
}

/** fish: the commands with their descriptions, then each command's options and fixed argument values. */
export function fishScript(program: ProgramDescription): string {
  const lines = [
    '# fish completion for fntasks. Install: fntasks completion fish > ~/.config/fish/completions/fntasks.fish',
    'complete -c fntasks -f',
    // True when the command line is `fntasks $argv[1]`, and with more arguments, its next word is one of them.
    'function __fntasks_using; set -l w (commandline -opc); test "$w[2]" = "$argv[1]"; or return 1; test (count $argv) -eq 1; or contains -- "$w[3]" $argv[2..-1]; end',
    ...program.commands.map(
      (c) =>
        `complete -c fntasks -n __fish_use_subcommand -a ${fishQuoted(c.name)} -d ${fishQuoted(c.description)}`,
    ),
    ...program.commands.flatMap((c) =>
      c.subcommands ? fishGroup(c, c.subcommands) : fishCommand(c, `__fntasks_using ${c.name}`, 2),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
