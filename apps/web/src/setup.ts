/** The Setup tab's rules: how an instance stands against its function's current version, and bounded lists. */
import type { InstanceParameter } from '@fntasks/core';

/** One parameter a version declares, against what the instance sets. */
export interface RequirementRow {
  name: string;
  required: boolean;
  /** The instance's value; `null` when the instance does not set it. */
  value: string | null;
}

/** A version's declared parameters against an instance's: each declared one, and what the version does not declare. */
export interface RequirementCheck {
  rows: RequirementRow[];
  /** Required by the version, not set by the instance. */
  missing: string[];
  /** Set by the instance, not declared by the version. */
  undeclared: string[];
}

/** Checks an instance's parameters against the ones a version declares (names compared exactly). */
export function checkRequirements(
  declared: readonly { name: string; required: boolean }[],
  set: readonly InstanceParameter[],
): RequirementCheck {
  const values = new Map<string, string>();
  for (const p of set) if (!values.has(p.name)) values.set(p.name, p.value);
  const rows = declared.map((d) => ({
    name: d.name,
    required: d.required,
    value: values.get(d.name) ?? null,
  }));
  const names = new Set(declared.map((d) => d.name));
  return {
    rows,
    missing: rows.filter((r) => r.required && r.value === null).map((r) => r.name),
    undeclared: [...values.keys()].filter((name) => !names.has(name)),
  };
}

/**
 * Where an instance's version stands: it is the current one, another one, the instance names none, or the
 * current version came without an id (nothing to compare with).
 */
export type VersionStanding = 'current' | 'other' | 'none' | 'unknown';

/** The instance's `versionId` against the current version's id. */
export function versionStanding(
  instanceVersionId: number | null,
  currentVersionId: number | null,
): VersionStanding {
  if (instanceVersionId === null) return 'none';
  if (currentVersionId === null) return 'unknown';
  return instanceVersionId === currentVersionId ? 'current' : 'other';
}
