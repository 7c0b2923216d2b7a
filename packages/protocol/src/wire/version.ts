/**
 * Wire names of a function version (GetFunctionCurrentVersion, GetFunctionVersion), from the official SDK's model
 * and the GetFunctionVersion page. Like `casing.ts`, each table maps the canonical (camelCase) name to the
 * PascalCase one; the normaliser reads with them, the emulator writes with them.
 */

/** Keys of a version in `result`, by canonical (camelCase) name. */
export const VERSION_KEYS = {
  functionName: 'FunctionName',
  functionType: 'FunctionType',
  modelType: 'ModelType',
  versionId: 'VersionId',
  versionName: 'VersionName',
  versionConfig: 'VersionConfig',
} as const;

/** Keys of a version's `versionConfig`. */
export const VERSION_CONFIG_KEYS = {
  createParameters: 'CreateParameters',
  depends: 'Depends',
  usageParameters: 'UsageParameters',
} as const;

/**
 * Keys of one parameter a version takes. `required` is `"true"`/`"false"`, a string; `formItemProps` and
 * `componentProps` (JSON documents in strings) are in the page's camelCase sample only, not in the SDK model.
 */
export const VERSION_PARAMETER_KEYS = {
  name: 'Name',
  required: 'Required',
  formItemProps: 'FormItemProps',
  componentProps: 'ComponentProps',
} as const;

/** Keys of one of a version's `depends`. */
export const VERSION_DEPEND_KEYS = {
  dependency: 'Dependency',
  condition: 'Condition',
  description: 'Description',
} as const;
