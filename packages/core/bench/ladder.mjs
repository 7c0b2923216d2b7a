// Prints where a call's time goes (bench/breakdown.mjs): `node bench/ladder.mjs [rounds]`, after `pnpm build`.
import { BREAKDOWN_HEAD, breakdownRows, measureBreakdown } from './breakdown.mjs';
import { startBenchVariants } from './variants.mjs';

const { variants, stop } = await startBenchVariants();
const result = await measureBreakdown(variants, Number(process.argv[2] ?? 10), 700);
stop();
console.log([...BREAKDOWN_HEAD, ...breakdownRows(result)].join('\n'));
