// @ts-check
/**
 * The commands, one bundle each (`dist/commands/<name>.cjs`, from `src/commands/<name>.ts`, declared in
 * `src/program/<name>.ts`): the build makes them, the bundle test checks them. `instance-write` and
 * `resource-write` hold the write subcommands of `instance` and `resources`.
 */
export const COMMANDS = [
  'apps',
  'instances',
  'instance',
  'instance-write',
  'default',
  'health',
  'list',
  'get',
  'watch',
  'wait',
  'run',
  'delete',
  'versions',
  'resources',
  'resource-write',
  'completion',
];
