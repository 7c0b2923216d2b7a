/** Reading pact files: the few fields the checks look at. */
import { readFileSync } from 'node:fs';

/** One interaction of a V4 pact, as far as these checks read it. */
export interface PactInteraction {
  description: string;
  providerStates?: { name: string; params?: Record<string, unknown> }[];
  request: {
    method: string;
    path: string;
    query?: Record<string, string[]>;
    headers?: Record<string, string[]>;
  };
  response: { status: number; body?: { content?: unknown } };
}

/** A pact file. */
export interface PactFile {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata: Record<string, unknown>;
}

/** Reads and parses a pact file. */
export function readPact(file: string): PactFile {
  return JSON.parse(readFileSync(file, 'utf8')) as PactFile;
}

/** Every provider state the pact's interactions are given, in order of first use. */
export function providerStatesOf(pact: PactFile): string[] {
  const names = new Set<string>();
  for (const interaction of pact.interactions) {
    for (const state of interaction.providerStates ?? []) names.add(state.name);
  }
  return [...names];
}
