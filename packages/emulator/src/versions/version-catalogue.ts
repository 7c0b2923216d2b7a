/**
 * The versions the emulator's service offers from the start (and after every reset): the page's example
 * (`ctr`, version 101) and one line per documented function, each with an older version. Version ids follow the
 * page (ctr 100/101) and the demo seed's instances (`pop` 201, `hot` 301), so a seeded instance's versionId is
 * always a version GetFunctionVersion knows. The README's table lists the same.
 */
import type { LoadVersion, VersionParameter } from './version-input.js';

const required = (
  name: string,
  props?: { formItemProps: string; componentProps: string },
): VersionParameter => ({
  name,
  required: 'true',
  ...props,
});
const optional = (name: string): VersionParameter => ({ name, required: 'false' });
// The page's camelCase sample carries these console hints as JSON strings; only camelCase answers show them.
const select = (label: string, options: string[]) => ({
  formItemProps: JSON.stringify({ label, required: true }),
  componentProps: JSON.stringify({ options }),
});
const behaviour = {
  dependency: 'behavior',
  condition: 'at least 7 days of behaviour data',
  description: 'user behaviour data (clicks and exposures) collected through the data collection service',
};

const ctrConfig = {
  createParameters: [
    required('algorithm', select('Algorithm', ['deepfm', 'wide_and_deep'])),
    required('label', select('Label', ['click', 'buy'])),
    optional('sampleDays'),
  ],
  depends: [behaviour],
  usageParameters: [optional('scene')],
};

/** The built-in versions: current and older, per (functionName, modelType, functionType). */
export const BUILT_IN_VERSIONS: readonly LoadVersion[] = [
  {
    functionName: 'ctr',
    versionId: 100,
    versionName: 'ctr-tf-1.0',
    modelType: 'tf_checkpoint',
    versionConfig: { ...ctrConfig, createParameters: ctrConfig.createParameters.slice(0, 2) },
  },
  {
    functionName: 'ctr',
    versionId: 101,
    versionName: 'ctr-tf-1.1',
    modelType: 'tf_checkpoint',
    current: true,
    versionConfig: ctrConfig,
  },
  {
    functionName: 'pop',
    versionId: 200,
    versionName: 'pop-1.0',
    modelType: 'pop',
    versionConfig: { createParameters: [optional('behaviorDays')], depends: [behaviour] },
  },
  {
    functionName: 'pop',
    versionId: 201,
    versionName: 'pop-1.1',
    modelType: 'pop',
    current: true,
    versionConfig: {
      createParameters: [optional('behaviorDays')],
      depends: [behaviour],
      usageParameters: [optional('field')],
    },
  },
  { functionName: 'hot', versionId: 300, versionName: 'hot-1.0', modelType: 'offline_inference' },
  {
    functionName: 'hot',
    versionId: 301,
    versionName: 'hot-1.1',
    modelType: 'offline_inference',
    current: true,
    versionConfig: { createParameters: [optional('window')] },
  },
  // hot's near-real-time line (the demo seed's shop-search/hot/hot_trending).
  {
    functionName: 'hot',
    versionId: 302,
    versionName: 'hot-rt-1.0',
    modelType: 'near_realtime',
    current: true,
  },
  { functionName: 'hint', versionId: 400, versionName: 'hint-1.0', modelType: 'near_realtime' },
  {
    functionName: 'hint',
    versionId: 401,
    versionName: 'hint-1.1',
    modelType: 'near_realtime',
    current: true,
  },
  { functionName: 'suggest', versionId: 500, versionName: 'suggest-1.0', modelType: 'offline_inference' },
  {
    functionName: 'suggest',
    versionId: 501,
    versionName: 'suggest-1.1',
    modelType: 'offline_inference',
    current: true,
  },
  { functionName: 'category', versionId: 601, versionName: 'category-1.0', modelType: 'text', current: true },
  { functionName: 'analyzer', versionId: 701, versionName: 'analyzer-1.0', modelType: 'text', current: true },
  {
    functionName: 'termweight',
    versionId: 801,
    versionName: 'termweight-1.0',
    modelType: 'text',
    current: true,
  },
];
