// Prints where a call's time goes (bench/breakdown.mjs), in a process of its own (a fresh heap: no other variant's
// garbage): `node bench/ladder.mjs [rounds] [--json]`, after `pnpm build`. bench/run.mjs runs it with `--json`.
import { BREAKDOWN_HEAD, breakdownRows, measureBreakdown } from './breakdown.mjs';
import { startBenchVariants } from './variants.mjs';

const rounds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10);
const windowMs = Number(process.env.FNTASKS_LADDER_WINDOW_MS ?? 700);
const { variants, stop } = await startBenchVariants();
const result = await measureBreakdown(variants, rounds, windowMs);
stop();
console.log(
  process.argv.includes('--json')
    ? JSON.stringify(result)
    : [...BREAKDOWN_HEAD, ...breakdownRows(result)].join('\n'),
);
