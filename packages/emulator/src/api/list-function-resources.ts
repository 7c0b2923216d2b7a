/** ListFunctionResources: a page of the function's resources, newest first, filtered by `resourceType`. */
import type { OPERATION_ID } from '@fntasks/protocol';
import { type ApiHandler, resultAnswer } from './api-request.js';
import { requireApp } from './lookup.js';
import { resourceResult } from './resource-lookup.js';

/** Answers ListFunctionResources (`output` is checked; every level shows every field). */
export const listFunctionResources: ApiHandler<typeof OPERATION_ID.ListFunctionResources> = (ctx) => {
  requireApp(ctx);
  const { resourceType, pageNumber, pageSize } = ctx.query;
  const { totalCount, rows } = ctx.emulator.resources.list({
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
    resourceType,
    pageNumber,
    pageSize,
  });
  return resultAnswer(
    ctx,
    rows.map((row) => resourceResult(ctx, row)),
    totalCount,
  );
};
