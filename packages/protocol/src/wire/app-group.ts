/**
 * Wire names of an application group (ListAppGroups), from the official SDK's model (5.2.0), which reads them in
 * camelCase. Like `casing.ts`, each table maps the canonical (camelCase) name to the PascalCase one (assumed: the
 * capitalised name); the normaliser reads with them, the emulator writes with them.
 */

/** Keys of one application group in `result`, by canonical name. */
export const APP_GROUP_KEYS = {
  id: 'Id',
  name: 'Name',
  type: 'Type',
  status: 'Status',
  instanceId: 'InstanceId',
  chargeType: 'ChargeType',
  chargingWay: 'ChargingWay',
  commodityCode: 'CommodityCode',
  created: 'Created',
  updated: 'Updated',
  currentVersion: 'CurrentVersion',
  description: 'Description',
  domain: 'Domain',
  engineType: 'EngineType',
  expireOn: 'ExpireOn',
  hasPendingQuotaReviewTask: 'HasPendingQuotaReviewTask',
  lockMode: 'LockMode',
  lockedByExpiration: 'LockedByExpiration',
  produced: 'Produced',
  projectId: 'ProjectId',
  switchedTime: 'SwitchedTime',
  quota: 'Quota',
  tags: 'Tags',
} as const;

/** Keys of an application group's `quota`. */
export const APP_GROUP_QUOTA_KEYS = {
  computeResource: 'ComputeResource',
  docSize: 'DocSize',
  spec: 'Spec',
} as const;

/** Keys of one of an application group's `tags`. */
export const APP_GROUP_TAG_KEYS = { key: 'Key', value: 'Value' } as const;
