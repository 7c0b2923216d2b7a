// @ts-check
/** The commands, one bundle each (`dist/commands/<name>.cjs`): the build makes them, the bundle test checks them. */
export const COMMANDS = [
  'apps',
  'instances',
  'instance',
  'health',
  'list',
  'get',
  'watch',
  'wait',
  'run',
  'delete',
  'completion',
];
