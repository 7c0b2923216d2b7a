/**
 * The SQLite schema. Deep pages must be as fast as the first one, so every task carries a dense position
 * in its instance (`pos`, 1 = oldest by (start_time, run_id)) and within its status (`status_pos`),
 * maintained on insert and on finish. Page N (newest first) is then a range lookup on an index, never an
 * OFFSET walk. The start-time indexes find where a startTime (or endTime) bound falls in those sequences.
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
`;

/** Sets the pragmas and creates the schema if it is missing (first start). */
export function prepareDatabase(db: Database.Database, isFile: boolean): void {
  if (isFile) {
    // WAL: readers never block the writer, and a killed process leaves a consistent database.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(DDL);
}
