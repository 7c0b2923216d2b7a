/** Colours and bars for the human formats; every function works with colour off (plain text). */
import picocolors from 'picocolors';

/** The colour functions in use (identity functions when colour is off). */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** Colour functions, on or off. */
export function colors(enabled: boolean): Colors {
  return picocolors.createColors(enabled);
}

/** The status word, coloured: success green, failed red, running cyan, anything else yellow. */
export function colorStatus(status: string, c: Colors): string {
  switch (status) {
    case 'success':
      return c.green(status);
    case 'failed':
      return c.red(c.bold(status));
    case 'running':
      return c.cyan(status);
    default:
      return c.yellow(status);
  }
}

/** A text progress bar such as `██████░░░░  62%`. */
export function progressBar(percent: number, width: number, c: Colors): string {
  const clamped = Math.max(0, Math.min(100, Number.isFinite(percent) ? percent : 0));
  const filled = Math.round((clamped / 100) * width);
  return `${c.cyan('█'.repeat(filled))}${c.dim('░'.repeat(width - filled))} ${String(Math.round(clamped)).padStart(3)}%`;
}
