/**
 * The emulator's application groups. The emulator knows a group by its instances (see `TaskStore.appExists`), so
 * the groups are those of the instances loaded: the demo groups after a seed, and every group an instance was
 * loaded into. The attributes the SDK model carries and no instance implies are assumed, and derived from the
 * group so they stay stable: a standard-edition, pay-as-you-go, `normal` group with no tags and no resource group.
 */
import { APP_GROUP_KEYS, APP_GROUP_QUOTA_KEYS, toWireCasing, type WireCasing } from '@fntasks/protocol';
import type { StoreContext } from '../store/context.js';

/** A group as the instances give it: its name, when its first instance was created, when its latest was. */
interface GroupRow {
  readonly name: string;
  readonly id: number;
  readonly created: number;
  readonly updated: number;
}

/** What ListAppGroups filters on and how it pages. */
export interface AppGroupQuery {
  readonly name?: string;
  readonly instanceId?: string;
  readonly type?: string;
  readonly resourceGroupId?: string;
  /** Tags a group must carry (the emulator's groups carry none, so any tag matches no group). */
  readonly tags?: readonly unknown[];
  /** 0: newest created first; 1: newest modified first. */
  readonly sortBy: number;
  readonly pageNumber: number;
  readonly pageSize: number;
}

/** The instance ID the emulator gives a group (derived from its row id, so stable while the group exists). */
function instanceIdOf(row: GroupRow): string {
  return `ops-cn-emulator${row.id}`;
}

/** One group in the SDK model's fields, in the wire casing asked for. */
function groupWire(row: GroupRow, casing: WireCasing): Record<string, unknown> {
  const seconds = (ms: number) => Math.floor(ms / 1000);
  return toWireCasing(
    APP_GROUP_KEYS,
    {
      id: String(row.id),
      name: row.name,
      type: 'standard',
      status: 'normal',
      instanceId: instanceIdOf(row),
      chargeType: 'POSTPAY',
      chargingWay: 1,
      commodityCode: 'opensearch',
      created: seconds(row.created),
      updated: seconds(row.updated),
      currentVersion: `${row.name}_v1`,
      description: '',
      domain: '',
      engineType: 'ha3',
      expireOn: '',
      hasPendingQuotaReviewTask: 0,
      lockMode: 'Unlock',
      lockedByExpiration: 0,
      produced: 1,
      projectId: String(row.id),
      switchedTime: seconds(row.updated),
      quota: toWireCasing(
        APP_GROUP_QUOTA_KEYS,
        { computeResource: 20, docSize: 1, spec: 'opensearch.share.common' },
        casing,
      ),
      tags: [],
    },
    casing,
  );
}

/** The application groups of the loaded instances. */
export class AppGroupStore {
  private readonly groups;

  constructor(ctx: StoreContext) {
    // MIN(id): the group's first instance, a stable identity while the group exists.
    this.groups = ctx.db.prepare<[], GroupRow>(
      `SELECT app_group AS name, MIN(id) AS id, MIN(create_time) AS created, MAX(create_time) AS updated
       FROM instances GROUP BY app_group`,
    );
  }

  /** One page of the groups matching `query`, newest first, and how many match. */
  listPage(
    query: AppGroupQuery,
    casing: WireCasing,
  ): { totalCount: number; result: Record<string, unknown>[] } {
    const matching = this.groups
      .all()
      .filter(
        (row) =>
          (query.name === undefined || row.name === query.name) &&
          (query.instanceId === undefined || instanceIdOf(row) === query.instanceId) &&
          (query.type === undefined || query.type === 'standard') &&
          query.resourceGroupId === undefined &&
          (query.tags === undefined || query.tags.length === 0),
      );
    const by = query.sortBy === 1 ? 'updated' : 'created';
    matching.sort((a, b) => b[by] - a[by] || a.name.localeCompare(b.name));
    const start = (query.pageNumber - 1) * query.pageSize;
    return {
      totalCount: matching.length,
      result: matching.slice(start, start + query.pageSize).map((row) => groupWire(row, casing)),
    };
  }
}
