/**
 * DeleteFunctionResource: removes the resource. 400 Resource.InUse while an instance references it (assumed: an
 * instance references it when one of its parameter values is the resource's name), naming the instances. 404
 * Resource.NotExist (also for a repeat).
 */
import { ApiError, type ApiHandler, envelopeAnswer } from './api-request.js';
import { requireResource } from './resource-lookup.js';

/** Answers DeleteFunctionResource. */
export const deleteFunctionResource: ApiHandler = (ctx) => {
  const row = requireResource(ctx);
  const users = ctx.emulator.resources.referencedBy(row);
  if (users.length > 0) {
    throw new ApiError(
      400,
      'Resource.InUse',
      `Resource ${row.resource_name} is in use by instance${users.length > 1 ? 's' : ''} ${users.join(', ')}; change their parameters first.`,
    );
  }
  ctx.emulator.resources.remove(row);
  return envelopeAnswer(ctx);
};
