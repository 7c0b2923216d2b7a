/**
 * Reference docs: every public export of @fntasks/core carries a doc comment (TypeDoc's `notDocumented`
 * validation, as errors), and the spec page renders with nothing loaded from the network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildSpecPage,
  remoteResources,
  runCoreTypedoc,
  runTypedoc,
} from '../scripts/lib/reference-docs.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'fntasks-reference-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('reference docs', () => {
  it('every public export of @fntasks/core has a doc comment', async () => {
    const result = await runCoreTypedoc();
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the check names an undocumented export', async () => {
    const fixture = resolve(import.meta.dirname, 'fixtures/undocumented');
    const result = await runTypedoc({
      entryPoints: [join(fixture, 'index.ts')],
      tsconfig: join(fixture, 'tsconfig.json'),
      name: 'fixture',
    });
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain('forgotten');
    expect(result.problems.join('\n')).not.toContain('documented,');
  });

  it('renders the spec into one page that loads nothing from the network', async () => {
    const html = await buildSpecPage(join(scratch, 'api/index.html'));
    expect(remoteResources(html)).toEqual([]);
    expect(html).toContain('ListFunctionTasks');
    expect(html).toMatch(/hydrate/);
  });

  it('would catch the CDN script of a default build', () => {
    const cdn = 'import { hydrate } from "https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js";';
    expect(remoteResources(`<script type="module">${cdn}</script>`)).toHaveLength(1);
  });
});
