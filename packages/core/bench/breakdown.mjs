// Where a call's time goes, in place (not in a tight loop: against a server, the same code costs several times
// more than alone): the raw loop, raw + core's signer, the hand-written floor, core unsigned and core with
// defaults, in alternating windows (`windowOrder`), each one's wall time and client-process CPU
// per request. `node bench/ladder.mjs` prints it; `bench/run.mjs` writes it into BENCHMARKS.md.
import { countRequests, windowOrder } from './variants.mjs';

/** The variants, from the floor up. */
export const BREAKDOWN = ['raw', 'rawSigned', 'floor', 'unsigned', 'client'];

/** Per variant: µs of wall time and of client-process CPU per sequential request. */
export async function measureBreakdown(variants, rounds, windowMs) {
  for (const name of BREAKDOWN) await countRequests(variants[name], 1, windowMs / 2);
  const sums = Object.fromEntries(BREAKDOWN.map((n) => [n, { done: 0, wallMs: 0, cpuMs: 0 }]));
  for (let round = 0; round < rounds; round++) {
    for (const name of windowOrder(BREAKDOWN, round)) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      sums[name].done += await countRequests(variants[name], 1, windowMs);
      sums[name].wallMs += performance.now() - started;
      const used = process.cpuUsage(cpu);
      sums[name].cpuMs += (used.user + used.system) / 1000;
    }
  }
  return Object.fromEntries(
    BREAKDOWN.map((n) => [
      n,
      { wallUs: (sums[n].wallMs * 1000) / sums[n].done, cpuUs: (sums[n].cpuMs * 1000) / sums[n].done },
    ]),
  );
}

/** What each variant is, for the table. */
export const BREAKDOWN_LABELS = {
  raw: 'raw node:http + JSON.parse (the baseline)',
  rawSigned: "raw + core's signer (its headers sent)",
  floor: 'hand-written floor: inline ACS3, JSON.parse, normalizePage',
  unsigned: 'core, no credentials (validate, URL, scope, engine, read, normalise)',
  client: 'core with defaults (the measured client)',
};

/** The breakdown as Markdown table rows. */
export function breakdownRows(result) {
  const raw = result.raw;
  return BREAKDOWN.map((n) => {
    const { wallUs, cpuUs } = result[n];
    return `| ${BREAKDOWN_LABELS[n]} | ${wallUs.toFixed(1)} | +${(wallUs - raw.wallUs).toFixed(1)} | ${cpuUs.toFixed(1)} | +${(cpuUs - raw.cpuUs).toFixed(1)} | ${(raw.wallUs / wallUs).toFixed(3)} |`;
  });
}

/** The table's header rows. */
export const BREAKDOWN_HEAD = [
  '| variant | µs wall per call | vs raw | µs CPU per call | vs raw | req/s ratio to raw |',
  '| --- | --- | --- | --- | --- | --- |',
];
