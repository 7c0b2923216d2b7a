/** The instances table's row (a leaf module, so the store and the wire shape both read it without a cycle). */

/** An instance row as SQLite returns it and the routes read it. */
export interface InstanceRow {
  id: number;
  app_group: string;
  function_name: string;
  instance_name: string;
  model_type: string;
  function_type: string;
  status: string;
  source: string;
  create_time: number;
  cron: string;
  description: string;
  version_id: number | null;
  extend_info: string;
  belongs: string | null;
  create_parameters: string;
  usage_parameters: string;
  is_default: number;
  next_run_at: number | null;
}
