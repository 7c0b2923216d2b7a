/**
 * UpdateFunctionInstance: changes only what the body gives (cron, description, createParameters,
 * usageParameters); a cron given restarts the schedule from its next fire time after now. Envelope only. 404
 * Instance.NotExist.
 */

import type { OPERATION_ID } from '@fntasks/protocol';
import { checkInstanceParameters } from '../instances/instance-input.js';
import { type ApiHandler, envelopeAnswer } from './api-request.js';
import { invalidParameter, requireInstance } from './lookup.js';

/** Answers UpdateFunctionInstance. */
export const updateFunctionInstance: ApiHandler<typeof OPERATION_ID.UpdateFunctionInstance> = (ctx) => {
  const row = requireInstance(ctx);
  const { body } = ctx;
  const parameters = (field: 'createParameters' | 'usageParameters', current: string): string => {
    if (body[field] === undefined) return current;
    try {
      return checkInstanceParameters(field, body[field]);
    } catch (error) {
      throw invalidParameter(error);
    }
  };
  ctx.emulator.updateInstance(row, {
    // The table's body check has made cron a valid cron text and description a string.
    cron: body.cron === undefined ? row.cron : String(body.cron),
    description: body.description === undefined ? row.description : String(body.description),
    createParameters: parameters('createParameters', row.create_parameters),
    usageParameters: parameters('usageParameters', row.usage_parameters),
  });
  return envelopeAnswer(ctx);
};
