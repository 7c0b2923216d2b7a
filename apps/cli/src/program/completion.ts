/** `fntasks completion bash|zsh|fish`: the declaration; the scripts are written by commands/completion.ts. */
import { Argument, Command } from '@commander-js/extra-typings';
import type { Io } from '../io.js';
import { describeProgram } from './describe.js';
import { examples, wire } from './shared.js';

/** Declares `completion`; `program` is the whole program, described when the command runs. */
export function completionCommand(io: Io, program: () => Parameters<typeof describeProgram>[0]) {
  const command = new Command('completion')
    .description('print a shell completion script')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish'] as const))
    .addHelpText(
      'after',
      examples([
        'fntasks completion bash > ~/.local/share/bash-completion/completions/fntasks',
        'fntasks completion zsh > ~/.zfunc/_fntasks   # with fpath+=(~/.zfunc) in ~/.zshrc',
        'fntasks completion fish > ~/.config/fish/completions/fntasks.fish',
      ]),
    )
    .action(async (shell) => {
      const { completion } = await import('../commands/completion.js');
      await completion({ shell, program: describeProgram(program()) }, io);
    });
  wire(command, io);
  return command;
}
