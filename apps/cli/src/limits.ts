/** Numbers the declarations need at start-up, kept here so that `--help` never loads core. */

/** The default page size: the API's own default of 1 is no use to a person. */
export const DEFAULT_PAGE_SIZE = 20;

/** The largest page size we ask for: core's MAX_PAGE_SIZE, repeated so start-up never loads core (test/args.test.ts checks they agree). */
export const MAX_PAGE_SIZE = 100;

/** The shortest `--interval` against a real endpoint: faster polling only draws throttling (README, "watch"). */
export const MIN_INTERVAL_MS = 1000;

/** The shortest `--interval` against an emulator (tests and demos poll fast). */
export const MIN_EMULATOR_INTERVAL_MS = 50;
