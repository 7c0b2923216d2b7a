/**
 * The SQLite schema. Deep pages must be as fast as the first one, so every task carries a dense position
 * in its instance (`pos`, 1 = oldest by (start_time, run_id)) and within its status (`status_pos`),
 * maintained on insert, finish and delete. Page N (newest first) is then a range lookup on an index, never an
 * OFFSET walk. The start-time indexes find where a startTime (or endTime) bound falls in those sequences.
 * Instances carry their documented attributes, the default flag and the cron schedule's next fire time.
 * Versions are the service's catalogue (one current version per function, model type and function type; the
 * version config as canonical camelCase JSON); resources keep their data as canonical camelCase JSON, and which
 * instances reference them is computed from the instances' parameters, never stored.
 */
import type Database from 'better-sqlite3';

const DDL = `
CREATE TABLE IF NOT EXISTS instances (
  id INTEGER PRIMARY KEY,
  app_group TEXT NOT NULL,
  function_name TEXT NOT NULL,
  instance_name TEXT NOT NULL,
  UNIQUE (app_group, function_name, instance_name)
);
CREATE TABLE IF NOT EXISTS tasks (
  id INTEGER PRIMARY KEY,
  instance_id INTEGER NOT NULL REFERENCES instances (id),
  run_id TEXT NOT NULL,
  generation TEXT,
  status TEXT NOT NULL,
  progress INTEGER NOT NULL,
  start_time INTEGER NOT NULL,
  end_time INTEGER NOT NULL,
  extend_info TEXT NOT NULL,
  outcome TEXT,
  finish_at INTEGER,
  final_extend_info TEXT,
  pos INTEGER NOT NULL,
  status_pos INTEGER NOT NULL,
  UNIQUE (instance_id, run_id)
);
CREATE INDEX IF NOT EXISTS tasks_by_pos ON tasks (instance_id, pos);
CREATE INDEX IF NOT EXISTS tasks_by_status_pos ON tasks (instance_id, status, status_pos);
CREATE INDEX IF NOT EXISTS tasks_by_start ON tasks (instance_id, start_time, run_id);
CREATE INDEX IF NOT EXISTS tasks_by_status_start ON tasks (instance_id, status, start_time, run_id);
CREATE INDEX IF NOT EXISTS tasks_due ON tasks (finish_at) WHERE status = 'running';
CREATE INDEX IF NOT EXISTS tasks_by_generation ON tasks (instance_id, generation);
CREATE TABLE IF NOT EXISTS versions (
  function_name TEXT NOT NULL,
  version_id INTEGER NOT NULL,
  version_name TEXT NOT NULL,
  model_type TEXT NOT NULL,
  function_type TEXT NOT NULL,
  config TEXT NOT NULL,
  is_current INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (function_name, version_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS one_current_version ON versions (function_name, model_type, function_type)
  WHERE is_current = 1;
CREATE TABLE IF NOT EXISTS resources (
  id INTEGER PRIMARY KEY,
  app_group TEXT NOT NULL,
  function_name TEXT NOT NULL,
  resource_name TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  description TEXT NOT NULL,
  data TEXT NOT NULL,
  create_time INTEGER NOT NULL,
  modify_time INTEGER NOT NULL,
  UNIQUE (app_group, function_name, resource_name)
);
CREATE INDEX IF NOT EXISTS resources_by_function ON resources (app_group, function_name, create_time, id);
CREATE TABLE IF NOT EXISTS app_groups (name TEXT PRIMARY KEY) WITHOUT ROWID;
`;

// The app groups the emulator knows: every group an instance was ever added to, until a reset. Deleting a
// group's last instance keeps the group (a repeated DeleteFunctionInstance is Instance.NotExist, not
// App.NotFound). A trigger, so every way an instance is added (load, API, a task's missing instance) counts.
const APP_GROUPS = `
INSERT OR IGNORE INTO app_groups (name) SELECT DISTINCT app_group FROM instances;
CREATE TRIGGER IF NOT EXISTS instances_know_their_app_group AFTER INSERT ON instances
BEGIN
  INSERT OR IGNORE INTO app_groups (name) VALUES (new.app_group);
END;
`;

// Instance attributes, added by ALTER TABLE so a database file of an older emulator keeps working (its
// instances get these defaults). Name → column definition.
const INSTANCE_COLUMNS: Record<string, string> = {
  model_type: "TEXT NOT NULL DEFAULT 'tf_checkpoint'",
  function_type: "TEXT NOT NULL DEFAULT 'PAAS'",
  status: "TEXT NOT NULL DEFAULT 'available'",
  source: "TEXT NOT NULL DEFAULT 'user'",
  create_time: 'INTEGER NOT NULL DEFAULT 0',
  cron: "TEXT NOT NULL DEFAULT ''",
  description: "TEXT NOT NULL DEFAULT ''",
  version_id: 'INTEGER',
  extend_info: `TEXT NOT NULL DEFAULT '{"dataReport":{},"errors":{}}'`,
  belongs: 'TEXT',
  create_parameters: "TEXT NOT NULL DEFAULT '[]'",
  usage_parameters: "TEXT NOT NULL DEFAULT '[]'",
  is_default: 'INTEGER NOT NULL DEFAULT 0',
  // The next time the cron schedule starts a run (emulator clock); NULL without a schedule.
  next_run_at: 'INTEGER',
  // The highest generation of the instance's tasks, so a new run gets the next one without a scan.
  last_generation: 'INTEGER NOT NULL DEFAULT 0',
};

const INSTANCE_INDEXES = `
CREATE INDEX IF NOT EXISTS instances_by_function ON instances (app_group, function_name, create_time, id);
CREATE INDEX IF NOT EXISTS instances_by_source ON instances (app_group, function_name, source, create_time, id);
CREATE UNIQUE INDEX IF NOT EXISTS one_default_per_function ON instances (app_group, function_name) WHERE is_default = 1;
CREATE INDEX IF NOT EXISTS instances_next_run ON instances (next_run_at) WHERE next_run_at IS NOT NULL;
`;

/** Sets the pragmas and creates (or completes) the schema. */
export function prepareDatabase(db: Database.Database, isFile: boolean): void {
  if (isFile) {
    // WAL: readers never block the writer, and a killed process leaves a consistent database.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A write touches a leaf of each of the tasks indexes; with SQLite's default 2 MB page cache a million-task
    // file misses on most of them (a read syscall each). 64 MB of cache and a mapped file keep them at hand.
    db.pragma('cache_size = -65536');
    db.pragma('mmap_size = 268435456');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(DDL);
  const present = new Set(
    (db.prepare('PRAGMA table_info(instances)').all() as { name: string }[]).map((c) => c.name),
  );
  for (const [name, definition] of Object.entries(INSTANCE_COLUMNS)) {
    if (!present.has(name)) db.exec(`ALTER TABLE instances ADD COLUMN ${name} ${definition}`);
  }
  if (!present.has('last_generation')) {
    db.exec(`UPDATE instances SET last_generation = coalesce((SELECT max(CAST(generation AS INTEGER))
      FROM tasks WHERE instance_id = instances.id), 0)`);
  }
  db.exec(INSTANCE_INDEXES);
  db.exec(APP_GROUPS);
}
