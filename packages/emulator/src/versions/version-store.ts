/**
 * The versions table: the service's catalogue of function versions. Each (functionName, modelType,
 * functionType) has at most one current version (GetFunctionCurrentVersion); every version is found by its id
 * within its function (GetFunctionVersion).
 */
import type Database from 'better-sqlite3';
import type { StoreContext } from '../store/context.js';
import { BUILT_IN_VERSIONS } from './version-catalogue.js';
import { type NewVersion, validateLoadVersion } from './version-input.js';

/** A version row as SQLite returns it. */
export interface VersionRow {
  function_name: string;
  version_id: number;
  version_name: string;
  model_type: string;
  function_type: string;
  /** The version config as canonical camelCase JSON. */
  config: string;
  is_current: number;
}

const COLUMNS = 'function_name, version_id, version_name, model_type, function_type, config, is_current';

/** Reads and writes the versions table. */
export class VersionStore {
  private readonly byId: Database.Statement<[string, number], VersionRow>;
  private readonly currentOf: Database.Statement<[string, string, string], VersionRow>;
  private readonly upsert: Database.Statement<[Omit<NewVersion, 'current'> & { current: number }]>;
  private readonly uncurrent: Database.Statement<[string, string, string]>;
  private readonly count: Database.Statement<[], number>;

  constructor(private readonly ctx: StoreContext) {
    const db = ctx.db;
    this.byId = db.prepare(`SELECT ${COLUMNS} FROM versions WHERE function_name = ? AND version_id = ?`);
    this.currentOf = db.prepare(
      `SELECT ${COLUMNS} FROM versions WHERE function_name = ? AND model_type = ? AND function_type = ? AND is_current = 1`,
    );
    this.upsert = db.prepare(
      `INSERT INTO versions (function_name, version_id, version_name, model_type, function_type, config, is_current)
       VALUES (@functionName, @versionId, @versionName, @modelType, @functionType, @config, @current)
       ON CONFLICT (function_name, version_id) DO UPDATE SET version_name = excluded.version_name,
         model_type = excluded.model_type, function_type = excluded.function_type, config = excluded.config,
         is_current = excluded.is_current`,
    );
    this.uncurrent = db.prepare(
      'UPDATE versions SET is_current = 0 WHERE function_name = ? AND model_type = ? AND function_type = ? AND is_current = 1',
    );
    this.count = db.prepare<[], number>('SELECT count(*) FROM versions').pluck();
    // A new database starts with the built-in catalogue; a file database keeps what it holds.
    if (this.count.get() === 0) this.restoreBuiltIn();
  }

  /** Adds (or replaces) versions; a current one takes over from its line's current version. */
  save(versions: readonly NewVersion[]): void {
    this.ctx.inTransaction(() => {
      for (const version of versions) {
        if (version.current)
          this.uncurrent.run(version.functionName, version.modelType, version.functionType);
        this.upsert.run({ ...version, current: version.current ? 1 : 0 });
      }
    });
  }

  /** Replaces every version with the built-in catalogue. */
  restoreBuiltIn(): void {
    this.ctx.inTransaction(() => {
      this.ctx.db.exec('DELETE FROM versions');
      this.save(BUILT_IN_VERSIONS.map((v) => validateLoadVersion(v)));
    });
  }

  /** A version of a function by its id. */
  get(functionName: string, versionId: number): VersionRow | undefined {
    return this.byId.get(functionName, versionId);
  }

  /** The current version of a function for a model type and function type. */
  current(functionName: string, modelType: string, functionType: string): VersionRow | undefined {
    return this.currentOf.get(functionName, modelType, functionType);
  }
}
