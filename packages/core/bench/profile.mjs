// Profiling aid (not the bench): hammers the fixed server with one variant for a few seconds and prints req/s.
// node --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.mjs [client|unsigned|fetch] [inFlight] [ms]
import { countRequests, startBenchVariants } from './variants.mjs';

const [variant = 'client', inFlightArg = '1', msArg = '3000'] = process.argv.slice(2);
const { variants, stop } = await startBenchVariants();
const fn = variants[variant];
/** Requests per second of `fn` over `ms`. */
async function run(ms, inFlight) {
  const started = performance.now();
  const done = await countRequests(fn, inFlight, ms);
  return (done / (performance.now() - started)) * 1000;
}
await run(1000, Number(inFlightArg));
const cpu = process.cpuUsage();
const started = performance.now();
const rps = await run(Number(msArg), Number(inFlightArg));
const used = process.cpuUsage(cpu);
const elapsed = performance.now() - started;
console.log(
  `${variant} x${inFlightArg}: ${rps.toFixed(0)} req/s, ${((used.user + used.system) / ((rps * elapsed) / 1000)).toFixed(1)} µs CPU/req`,
);
stop();
