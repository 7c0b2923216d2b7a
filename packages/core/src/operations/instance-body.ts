/** The body fields CreateFunctionInstance and UpdateFunctionInstance share: what a caller gives, how it is written. */
import { type FUNCTION_TYPES, type MODEL_TYPES, PARAMETER_KEYS } from '@fntasks/protocol';
import type { BodyFieldRule } from './body.js';

/** One `name`/`value` pair of `createParameters` / `usageParameters`, as a caller gives it. */
export interface InstanceParameterInput {
  name: string;
  value: string;
}

/** The fields of an instance a caller may set on create and change on update. */
export interface InstanceSettings {
  description?: string;
  /** Five fields "Minutes Hours DayofMonth Month DayofWeek" (UTC), e.g. `0 3 ? * 0,1,3,5`; `''` for no schedule. */
  cron?: string;
  /** The parameters the instance is created (trained) with. */
  createParameters?: readonly InstanceParameterInput[];
  /** The parameters the instance is used with. */
  usageParameters?: readonly InstanceParameterInput[];
}

/** A model type of an instance. */
export type ModelType = (typeof MODEL_TYPES)[number];
/** A function type (`PAAS`, the service's default, or `SAAS`). */
export type FunctionType = (typeof FUNCTION_TYPES)[number];

/** The parameter lists are written entry by entry, each `{name, value}` in the body's casing. */
export const INSTANCE_BODY_RULES: Readonly<Record<string, BodyFieldRule>> = {
  instanceName: { allowed: '1 to 30 letters, digits or _, starting with a letter (case-sensitive).' },
  createParameters: { nested: { keys: PARAMETER_KEYS } },
  usageParameters: { nested: { keys: PARAMETER_KEYS } },
};
