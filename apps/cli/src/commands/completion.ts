/** `fntasks completion bash|zsh`: prints a completion script generated from the declared commands. */
import type { ProgramDescription } from '../cli.js';
import type { Io } from '../io.js';

/** Options of `completion`. */
export interface CompletionOptions {
  readonly shell: 'bash' | 'zsh';
  /** The commands and their options, as declared in cli.ts. */
  readonly program: ProgramDescription;
}

/** Prints the script for the shell. */
export async function completion(options: CompletionOptions, io: Io): Promise<void> {
  io.stdout.write(options.shell === 'bash' ? bashScript(options.program) : zshScript(options.program));
}

const quote = (words: readonly string[]): string => words.join(' ');

/** A bash script: commands, each command's options, and the values of --status / --output. */
export function bashScript(program: ProgramDescription): string {
  const cases = program.commands
    .map((command) => {
      const flags = command.options.flatMap((o) => o.flags);
      const words = command.arguments ? [...command.arguments, ...flags] : flags;
      return `    ${command.name}) opts="${quote(words)}" ;;`;
    })
    .join('\n');
  const valueCases = program.commands
    .flatMap((c) => c.options)
    .filter((o) => o.values)
    .map(
      (o) =>
        `    ${o.flags.join('|')}) COMPREPLY=( $(compgen -W "${quote(o.values ?? [])}" -- "$cur") ); return 0 ;;`,
    );
  const unique = [...new Set(valueCases)].join('\n');
  return `# bash completion for fntasks. Install: fntasks completion bash > ~/.local/share/bash-completion/completions/fntasks
_fntasks() {
  local cur prev cmd opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${unique}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${quote(program.commands.map((c) => c.name))} --help --version" -- "$cur") )
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

/** A zsh script (compsys), also usable with `source <(fntasks completion zsh)`. */
export function zshScript(program: ProgramDescription): string {
  const commandList = program.commands.map((c) => `'${c.name}'`).join(' ');
  const cases = program.commands
    .map((command) => {
      const specs = command.options.map((o) => {
        const values = o.values ? `:value:(${o.values.join(' ')})` : o.takesValue ? ':value:' : '';
        return o.flags.length > 1
          ? `'(${o.flags.join(' ')})'{${o.flags.join(',')}}'[${o.flags[o.flags.length - 1]}]${values}'`
          : `'${o.flags[0]}[${o.flags[0]}]${values}'`;
      });
      const args = command.arguments ? ` '1:shell:(${command.arguments.join(' ')})'` : '';
      return `    ${command.name}) _arguments ${specs.join(' ')}${args} ;;`;
    })
    .join('\n');
  return `#compdef fntasks
# zsh completion for fntasks. Install: fntasks completion zsh > "\${fpath[1]}/_fntasks"
_fntasks() {
  if (( CURRENT == 2 )); then
    compadd -- ${commandList} --help --version
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
