/**
 * CreateFunctionResource: reads the PascalCase body the official SDK sends (ResourceName, ResourceType,
 * Description, Data); the Data a type needs is checked (raw_file: Data.Content; feature_generator:
 * Data.Generators). Envelope only. 400 Resource.Duplicated for a taken name (assumed).
 */
import type { OPERATION_ID } from '@fntasks/protocol';
import { checkResourceData } from '../resources/resource-input.js';
import { ApiError, type ApiHandler, envelopeAnswer } from './api-request.js';
import { requireApp } from './lookup.js';
import { checkedField, resourceKeyOf } from './resource-lookup.js';

/** Answers CreateFunctionResource. */
export const createFunctionResource: ApiHandler<typeof OPERATION_ID.CreateFunctionResource> = (ctx) => {
  requireApp(ctx);
  const { body } = ctx;
  const key = resourceKeyOf(ctx, String(body.ResourceName));
  if (key.resourceName === '.' || key.resourceName === '..')
    throw new ApiError(
      400,
      'InvalidParameter',
      'Parameter ResourceName must not be "." or ".." (no path could name it).',
    );
  if (ctx.emulator.resources.get(key)) {
    throw new ApiError(
      400,
      'Resource.Duplicated',
      `Resource ${key.resourceName} of function ${key.functionName} already exists in app ${key.appGroupIdentity}.`,
    );
  }
  // The table's check has made ResourceType one of the types and Description a string.
  const resourceType = String(body.ResourceType);
  const data = checkedField(() => checkResourceData('Data', body.Data, resourceType, 'pascal'));
  ctx.emulator.resources.save({
    ...key,
    resourceType,
    description: body.Description === undefined ? '' : String(body.Description),
    data: JSON.stringify(data),
    createTime: ctx.now,
    modifyTime: ctx.now,
  });
  return envelopeAnswer(ctx);
};
