/**
 * ListAppGroups: one page of the account's application groups, its normaliser (either casing; the official SDK
 * reads camelCase here) and how the groups page.
 */

import { APP_GROUP_KEYS, APP_GROUP_QUOTA_KEYS, APP_GROUP_TAG_KEYS, OPERATION_ID } from '@fntasks/protocol';
import { MalformedResponseError } from '../errors.js';
import type { Paging } from '../paginate.js';
import {
  type CasingTracker,
  type FieldWarning,
  integerField,
  isRecord,
  type Json,
  pick,
  stringField,
} from '../read/fields.js';
import { readResultList } from '../read/result-list.js';
import type { ResponseMeta } from '../types.js';
import { defineOperation } from './define.js';

/** Parameters of `listAppGroups` (all optional: no filter lists every group). */
export interface ListAppGroupsParams {
  /** Only the group of this name. */
  name?: string;
  /** Only the group of this instance ID (exact match). */
  instanceId?: string;
  /** `standard` or `enhanced`. */
  type?: 'standard' | 'enhanced';
  /** Newest first by `0` creation time (default) or `1` modification time. */
  sortBy?: 0 | 1;
  /** From 1 (default 1). */
  pageNumber?: number;
  /** Groups per page (the service's default: 10). */
  pageSize?: number;
  resourceGroupId?: string;
  /** Tags every group must carry: a JSON array of `{"key","value"}` as a string (the SDK's form). */
  tags?: string;
}

/** One application group, normalised from either casing; a field the answer lacks is `null`. */
export interface AppGroup {
  readonly id: string;
  readonly name: string;
  /** `standard` or `enhanced`. */
  readonly type: string | null;
  readonly status: string | null;
  readonly instanceId: string | null;
  readonly chargeType: string | null;
  readonly chargingWay: number | null;
  readonly commodityCode: string | null;
  readonly created: number | null;
  readonly updated: number | null;
  readonly currentVersion: string | null;
  readonly description: string;
  readonly domain: string | null;
  readonly engineType: string | null;
  readonly expireOn: string | null;
  readonly hasPendingQuotaReviewTask: number | null;
  readonly lockMode: string | null;
  readonly lockedByExpiration: number | null;
  readonly produced: number | null;
  readonly projectId: string | null;
  readonly switchedTime: number | null;
  readonly quota: {
    readonly computeResource: number | null;
    readonly docSize: number | null;
    readonly spec: string | null;
  } | null;
  readonly tags: readonly { readonly key: string; readonly value: string }[];
  /** What the normaliser tolerated for this group; empty for a clean one. */
  readonly warnings: readonly FieldWarning[];
}

/** One page of application groups. */
export interface AppGroupsPage extends ResponseMeta {
  readonly appGroups: AppGroup[];
  readonly totalCount: number;
  /** The page number asked for (1 when not given). */
  readonly pageNumber: number;
  /** The page size asked for (the service's default, 10, when not given). */
  readonly pageSize: number;
}

type Keys = Readonly<Record<string, string>>;

/** Optional readers of one record of a key table: absent is `null`, a wrong type is coerced with a warning. */
function readerOf<T extends Keys>(record: Json, table: T, tracker: CasingTracker, warnings: FieldWarning[]) {
  const read = (name: keyof T & string) => pick(record, table, name, tracker);
  return {
    read,
    text: (name: keyof T & string) => {
      const value = read(name);
      return value == null ? null : stringField(value, name, warnings);
    },
    number: (name: keyof T & string) => {
      const value = read(name);
      return value == null ? null : (integerField(value, name, warnings) ?? null);
    },
  };
}

/** Normalises one application group; `where` names it in an error (`result[3]`). */
export function normalizeAppGroup(
  item: unknown,
  where: string,
  tracker: CasingTracker,
  answer: { readonly status: number; readonly text: string },
): AppGroup {
  if (!isRecord(item)) {
    throw new MalformedResponseError(answer.status, answer.text, `${where} is not an object`);
  }
  const warnings: FieldWarning[] = [];
  const { read, text, number } = readerOf(item, APP_GROUP_KEYS, tracker, warnings);
  const quota = read('quota');
  const q = isRecord(quota) ? readerOf(quota, APP_GROUP_QUOTA_KEYS, tracker, warnings) : null;
  const tags = read('tags');
  return {
    id: stringField(read('id'), 'id', warnings) ?? '',
    name: stringField(read('name'), 'name', warnings) ?? '',
    type: text('type'),
    status: text('status'),
    instanceId: text('instanceId'),
    chargeType: text('chargeType'),
    chargingWay: number('chargingWay'),
    commodityCode: text('commodityCode'),
    created: number('created'),
    updated: number('updated'),
    currentVersion: text('currentVersion'),
    description: text('description') ?? '',
    domain: text('domain'),
    engineType: text('engineType'),
    expireOn: text('expireOn'),
    hasPendingQuotaReviewTask: number('hasPendingQuotaReviewTask'),
    lockMode: text('lockMode'),
    lockedByExpiration: number('lockedByExpiration'),
    produced: number('produced'),
    projectId: text('projectId'),
    switchedTime: number('switchedTime'),
    quota: q && {
      computeResource: q.number('computeResource'),
      docSize: q.number('docSize'),
      spec: q.text('spec'),
    },
    tags: (Array.isArray(tags) ? tags : []).filter(isRecord).map((tag) => {
      const t = readerOf(tag, APP_GROUP_TAG_KEYS, tracker, warnings);
      return { key: t.text('key') ?? '', value: t.text('value') ?? '' };
    }),
    warnings,
  };
}

export const listAppGroups = defineOperation<ListAppGroupsParams>()(OPERATION_ID.ListAppGroups, {
  read(body, answer, page): AppGroupsPage {
    const { items, ...rest } = readResultList(body, answer, (item, path, tracker) =>
      normalizeAppGroup(item, path, tracker, answer),
    );
    return { appGroups: items, ...rest, ...page };
  },
});

/** How application groups page: keyed by id, the ids seen are kept (an account has a handful of groups). */
export const appGroupPaging: Paging<AppGroupsPage, AppGroup> = {
  operationId: OPERATION_ID.ListAppGroups,
  items: (page) => page.appGroups,
  key: (group) => group.id,
  noun: 'app group',
};
