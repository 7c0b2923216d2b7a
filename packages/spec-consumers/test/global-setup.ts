/** Generates every client once before the tests (the zod tests import the output) and typechecks it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateAll, OUT } from '../src/generators.js';
import { typecheckAll } from '../src/typecheck.js';

export default async function setup(): Promise<void> {
  const generation = await generateAll();
  const ok = generation.filter((r) => r.ok).map((r) => r.name);
  const typecheck = ok.length > 0 ? await typecheckAll() : {};
  await writeFile(join(OUT, 'results.json'), JSON.stringify({ generation, typecheck }, null, 2));
}
