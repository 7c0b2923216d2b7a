/**
 * The built single-page app, read into memory once at start: a fixed map of known paths, so no request
 * path ever reaches the file system (no traversal, no directory listing).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** One servable file. */
export interface StaticFile {
  body: Uint8Array;
  type: string;
  /** Hashed asset names never change content; index.html always revalidates. */
  cacheControl: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Loads the files under `dir` (the Vite build) keyed by URL path; `/` maps to index.html. */
export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const full of walk(dir)) {
    const path = `/${relative(dir, full).split(sep).join('/')}`;
    files.set(path, {
      body: readFileSync(full),
      type: TYPES[extname(full)] ?? 'application/octet-stream',
      cacheControl: path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  }
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
