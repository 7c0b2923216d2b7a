/**
 * A V8 code cache for the CLI's own bundles: what `module.enableCompileCache()` does from Node 22.1, for Node 20.
 * Why: compiling dist/cli.cjs and a command's bundle is about a third of a short `fntasks list`; with the bytecode
 * of the previous run, V8 skips it. bin/fntasks.js installs this before it requires dist/cli.cjs.
 *
 * - Only files carrying the build's `// fntasks-cache-key:<hash>` first line (our bundles) are cached; the key is
 *   the content hash the build wrote, so a rebuilt bundle never meets a stale cache (V8's own check is only the
 *   source length). V8 also rejects data from another V8 version or flags; the file is then compiled as usual.
 * - A file's cache is written when the process exits, if it had none or V8 rejected it: written to a temporary
 *   name and renamed, so concurrent runs never read half a file.
 * - The directory is `FNTASKS_COMPILE_CACHE` (`0`/`off`: no cache), by default `<tmpdir>/fntasks-compile-cache-<uid>`,
 *   created 0700 and used only when it is ours and not writable by others (cached bytecode is code we run).
 */
import { lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The first line the build writes into each bundle: the bundle's content hash. */
export const CACHE_KEY_LINE = /^\/\/ fntasks-cache-key:([0-9a-f]{16})\n/;

type CompilingModule = Module & { _compile(content: string, filename: string): unknown };
type ModuleInternals = typeof Module & {
  prototype: CompilingModule;
  _resolveFilename(request: string, parent: Module, isMain?: boolean, options?: unknown): string;
  enableCompileCache?: (directory?: string) => unknown;
};

/** The cache directory to use, or `null` when caching is off or the directory is not safe to trust. */
export function compileCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  const setting = env.FNTASKS_COMPILE_CACHE?.trim();
  if (setting === '0' || setting?.toLowerCase() === 'off') return null;
  const uid = process.getuid?.();
  const directory = setting || join(tmpdir(), `fntasks-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = lstatSync(directory);
    if (!stat.isDirectory()) return null;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return null;
    return directory;
  } catch {
    return null;
  }
}

/** Installs the cache for our bundles; returns the directory in use, or `null` when none is. */
export function installCompileCache(env: NodeJS.ProcessEnv = process.env): string | null {
  const directory = compileCacheDirectory(env);
  if (directory === null) return null;
  const internals = Module as ModuleInternals;
  if (typeof internals.enableCompileCache === 'function') {
    // Node 22.1+: Node's own cache (keyed by content hash, for every module).
    internals.enableCompileCache(directory);
    return directory;
  }
  const compile = internals.prototype._compile;
  const toWrite: Array<{ script: Script; file: string }> = [];

  internals.prototype._compile = function compileWithCache(this: CompilingModule, content, filename) {
    const key = CACHE_KEY_LINE.exec(content)?.[1];
    if (key === undefined) return compile.call(this, content, filename);
    const file = join(directory, `${key}.v8`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // No cache yet.
    }
    const script = new Script(Module.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(
      this.exports,
      this.exports,
      requireFor(this, internals),
      this,
      filename,
      dirname(filename),
    );
  };

  process.once('exit', () => {
    for (const { script, file } of toWrite) {
      try {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
        renameSync(temporary, file);
      } catch {
        // A read-only or full disk costs the next run its cache, nothing else.
      }
    }
  });
  return directory;
}

/** The `require` a CommonJS module gets, as far as our bundles use it: loading and `resolve`. */
function requireFor(module: Module, internals: ModuleInternals): NodeJS.Require {
  const require = (id: string) => module.require(id);
  require.resolve = (request: string, options?: unknown) =>
    internals._resolveFilename(request, module, false, options);
  return require as unknown as NodeJS.Require;
}
