/** The lookups the resource operations start with, and the service's errors when they fail. */
import { ResourceFieldError } from '../resources/resource-input.js';
import type { ResourceKey, ResourceRow } from '../resources/resource-store.js';
import { resourceWire } from '../resources/resource-wire.js';
import { type ApiContext, ApiError } from './api-request.js';
import { requireApp } from './lookup.js';

/** The resource's names: the path's app group and function, and `resourceName` (the path's unless given). */
export function resourceKeyOf(ctx: ApiContext, resourceName = ctx.params.resourceName ?? ''): ResourceKey {
  return {
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
    resourceName,
  };
}

/** The path's resource: 404 App.NotFound or Resource.NotExist (assumed code) when it is not there. */
export function requireResource(ctx: ApiContext): ResourceRow {
  requireApp(ctx);
  const key = resourceKeyOf(ctx);
  const row = ctx.emulator.resources.get(key);
  if (row) return row;
  throw new ApiError(
    404,
    'Resource.NotExist',
    `Resource not found: function ${key.functionName}, resource ${key.resourceName} in app ${key.appGroupIdentity}`,
  );
}

/** A resource as the answer shows it, its references computed now. */
export function resourceResult(ctx: ApiContext, row: ResourceRow): Record<string, unknown> {
  return resourceWire(row, ctx.emulator.resources.referencedBy(row), ctx.casing);
}

/** Runs a check of a body field inside the resource's data; its failure is 400 InvalidParameter naming the field. */
export function checkedField<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ResourceFieldError)
      throw new ApiError(400, 'InvalidParameter', `Parameter ${error.message}.`);
    throw error;
  }
}
