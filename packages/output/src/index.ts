/**
 * `@fntasks/output`: the output rules shared by the CLI and the dashboard. Browser-safe (no Node built-in).
 * - `inert` / `inertLines` / `inertJson`: wire and user strings made harmless for a terminal or a page.
 * - `csvCell` / `toCsv`: the one RFC 4180 writer with the formula guard.
 */
export { type CsvOptions, type CsvSeparator, csvCell, toCsv } from './csv.js';
export { inert, inertJson, inertLines } from './inert.js';
