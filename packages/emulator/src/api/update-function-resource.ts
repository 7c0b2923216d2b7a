/**
 * UpdateFunctionResource: changes what the PascalCase body gives (Description, Data; Data checked for the
 * resource's type) and the modify time. Envelope only. 404 Resource.NotExist.
 */
import type { OPERATION_ID } from '@fntasks/protocol';
import { checkResourceData } from '../resources/resource-input.js';
import { type ApiHandler, envelopeAnswer } from './api-request.js';
import { checkedField, requireResource } from './resource-lookup.js';

/** Answers UpdateFunctionResource. */
export const updateFunctionResource: ApiHandler<typeof OPERATION_ID.UpdateFunctionResource> = (ctx) => {
  const row = requireResource(ctx);
  const { body } = ctx;
  const data =
    body.Data === undefined
      ? row.data
      : JSON.stringify(checkedField(() => checkResourceData('Data', body.Data, row.resource_type, 'pascal')));
  ctx.emulator.resources.update(row, {
    description: body.Description === undefined ? row.description : String(body.Description),
    data,
    modifyTime: ctx.now,
  });
  return envelopeAnswer(ctx);
};
