// A loopback server that answers every request instantly with the same page body (run in its own process).
// `node fixed-server.mjs pascal` answers the same page in PascalCase (the official SDK reads only that casing).
import { createServer } from 'node:http';

const pascal = process.argv[2] === 'pascal';
/** PascalCase keys, recursively (extendInfo stays a string). */
const toPascal = (value) =>
  Array.isArray(value)
    ? value.map(toPascal)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), toPascal(v)]),
        )
      : value;

const tasks = Array.from({ length: 10 }, (_, i) => ({
  functionName: 'ctr',
  runId: `trigger__2025-11-28T12:00:${String(i).padStart(2, '0')}`,
  generation: String(100 - i),
  status: i === 0 ? 'running' : 'success',
  progress: i === 0 ? 40 : 100,
  startTime: 1_764_331_200_000 - i * 60_000,
  endTime: i === 0 ? 0 : 1_764_331_230_000 - i * 60_000,
  extendInfo: JSON.stringify({ recall: 91 - i, auc: 0.8, errors: [] }),
}));
const page = {
  status: 'OK',
  requestId: 'bench',
  httpCode: 200,
  code: '',
  message: '',
  latency: 1,
  totalCount: 10,
  result: tasks,
};
const body = Buffer.from(JSON.stringify(pascal ? toPascal(page) : page));
const headers = { 'content-type': 'application/json', 'content-length': String(body.length) };
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => process.exit(0));
