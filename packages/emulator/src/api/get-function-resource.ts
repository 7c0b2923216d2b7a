/** GetFunctionResource: one resource with the instances that reference it; 404 Resource.NotExist. */
import type { OPERATION_ID } from '@fntasks/protocol';
import { type ApiHandler, resultAnswer } from './api-request.js';
import { requireResource, resourceResult } from './resource-lookup.js';

/** Answers GetFunctionResource (`output` is checked; every level shows every field). */
export const getFunctionResource: ApiHandler<typeof OPERATION_ID.GetFunctionResource> = (ctx) =>
  resultAnswer(ctx, resourceResult(ctx, requireResource(ctx)));
