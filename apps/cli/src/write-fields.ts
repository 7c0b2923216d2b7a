/**
 * The body fields each write takes from `--file` (core's camelCase names): the declarations list them in the
 * help, the commands check a file against them. Light on purpose: the start-up bundle imports it.
 */

/** `instance create`. */
export const INSTANCE_CREATE_FIELDS = [
  'modelType',
  'functionType',
  'description',
  'cron',
  'createParameters',
  'usageParameters',
] as const;

/** `instance update`: only what is given changes. */
export const INSTANCE_UPDATE_FIELDS = ['cron', 'description', 'createParameters', 'usageParameters'] as const;

/** `resources create`. */
export const RESOURCE_CREATE_FIELDS = ['resourceType', 'description', 'data'] as const;

/** `resources update`. */
export const RESOURCE_UPDATE_FIELDS = ['description', 'data'] as const;
