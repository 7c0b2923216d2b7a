import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest modification time of any file under `dir` (0 when there is none). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * The bin lifecycle test spawns the built bin, which must match src/. Under turbo, `test` follows `build`, so dist/
 * is fresh and nothing is rebuilt: rebuilding anyway rewrote dist/ while other tasks (the emulator's bench smoke,
 * other packages' suites) were importing it. Run directly with a stale or missing dist/, it builds once.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'index.js')).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= newest(join(root, 'src'))) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
