/**
 * The resources table: a function's resources per app group. Which instances reference a resource is computed on
 * every read from the instances' parameters (an instance references it when one of its createParameters or
 * usageParameters values equals the resource's name: our assumption), so it can never go stale.
 */
import type Database from 'better-sqlite3';
import type { StoreContext } from '../store/context.js';
import type { NewResource } from './resource-input.js';

/** A resource row as SQLite returns it. */
export interface ResourceRow {
  id: number;
  app_group: string;
  function_name: string;
  resource_name: string;
  resource_type: string;
  description: string;
  /** Canonical camelCase JSON of the data. */
  data: string;
  create_time: number;
  modify_time: number;
}

/** A function's resource by its names. */
export interface ResourceKey {
  appGroupIdentity: string;
  functionName: string;
  resourceName: string;
}

/** The filters and paging of ListFunctionResources. */
export interface ResourceQuery {
  appGroupIdentity: string;
  functionName: string;
  resourceType?: string;
  pageNumber: number;
  pageSize: number;
}

const COLUMNS =
  'id, app_group, function_name, resource_name, resource_type, description, data, create_time, modify_time';

/** Reads and writes the resources table. */
export class ResourceStore {
  private readonly byKey: Database.Statement<[string, string, string], ResourceRow>;
  private readonly upsert: Database.Statement<[NewResource]>;
  private readonly change: Database.Statement<
    [{ id: number; description: string; data: string; modifyTime: number }]
  >;
  private readonly removeRow: Database.Statement<[number]>;
  private readonly references: Database.Statement<[Record<string, string>], string>;
  private readonly page: Database.Statement<[Record<string, unknown>], ResourceRow>;
  private readonly count: Database.Statement<[Record<string, unknown>], number>;

  constructor(ctx: StoreContext) {
    const db = ctx.db;
    this.byKey = db.prepare(
      `SELECT ${COLUMNS} FROM resources WHERE app_group = ? AND function_name = ? AND resource_name = ?`,
    );
    this.upsert = db.prepare(
      `INSERT INTO resources (app_group, function_name, resource_name, resource_type, description, data, create_time,
         modify_time)
       VALUES (@appGroupIdentity, @functionName, @resourceName, @resourceType, @description, @data, @createTime,
         @modifyTime)
       ON CONFLICT (app_group, function_name, resource_name) DO UPDATE SET resource_type = excluded.resource_type,
         description = excluded.description, data = excluded.data, create_time = excluded.create_time,
         modify_time = excluded.modify_time`,
    );
    this.change = db.prepare(
      'UPDATE resources SET description = @description, data = @data, modify_time = @modifyTime WHERE id = @id',
    );
    this.removeRow = db.prepare('DELETE FROM resources WHERE id = ?');
    this.references = db
      .prepare<[Record<string, string>], string>(
        `SELECT instance_name FROM instances WHERE app_group = @app AND function_name = @fn AND (
           EXISTS (SELECT 1 FROM json_each(create_parameters) AS p WHERE json_extract(p.value, '$.value') = @name)
           OR EXISTS (SELECT 1 FROM json_each(usage_parameters) AS p WHERE json_extract(p.value, '$.value') = @name))
         ORDER BY instance_name`,
      )
      .pluck();
    const where =
      'app_group = @appGroupIdentity AND function_name = @functionName AND (@resourceType IS NULL OR resource_type = @resourceType)';
    this.page = db.prepare(
      `SELECT ${COLUMNS} FROM resources WHERE ${where} ORDER BY create_time DESC, id DESC LIMIT @limit OFFSET @offset`,
    );
    this.count = db
      .prepare<[Record<string, unknown>], number>(`SELECT count(*) FROM resources WHERE ${where}`)
      .pluck();
  }

  /** Adds a resource, or replaces the one with its names. */
  save(resource: NewResource): void {
    this.upsert.run(resource);
  }

  /** One resource by its names. */
  get(key: ResourceKey): ResourceRow | undefined {
    return this.byKey.get(key.appGroupIdentity, key.functionName, key.resourceName);
  }

  /** Changes a resource's description and data, and its modify time. */
  update(row: ResourceRow, change: { description: string; data: string; modifyTime: number }): void {
    this.change.run({ id: row.id, ...change });
  }

  /** Removes a resource. */
  remove(row: ResourceRow): void {
    this.removeRow.run(row.id);
  }

  /** The instances of the resource's function that reference it, by name. */
  referencedBy(row: ResourceRow): string[] {
    return this.references.all({ app: row.app_group, fn: row.function_name, name: row.resource_name });
  }

  /** One page of a function's resources, newest first (createTime, then id), and how many match. */
  list(query: ResourceQuery): { totalCount: number; rows: ResourceRow[] } {
    const params = {
      appGroupIdentity: query.appGroupIdentity,
      functionName: query.functionName,
      resourceType: query.resourceType ?? null,
    };
    const totalCount = this.count.get(params) as number;
    const offset = (query.pageNumber - 1) * query.pageSize;
    if (offset >= totalCount) return { totalCount, rows: [] };
    return { totalCount, rows: this.page.all({ ...params, limit: query.pageSize, offset }) };
  }
}
