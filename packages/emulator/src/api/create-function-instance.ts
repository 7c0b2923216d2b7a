/**
 * CreateFunctionInstance: a user instance of the function, created now with the current version of its
 * (function, modelType, functionType) line (none when the catalogue has no such line), available; a cron
 * schedule starts firing at its next fire time. Envelope only. 400 Instance.Duplicated for a taken name
 * (assumed). The emulator knows app groups only by their instances, so creating one may also create its group.
 */

import type { OPERATION_ID } from '@fntasks/protocol';
import { validateLoadInstance } from '../instances/instance-input.js';
import { ApiError, type ApiHandler, envelopeAnswer } from './api-request.js';
import { invalidParameter } from './lookup.js';

/** Answers CreateFunctionInstance. */
export const createFunctionInstance: ApiHandler<typeof OPERATION_ID.CreateFunctionInstance> = (ctx) => {
  const { body } = ctx;
  const key = {
    appGroupIdentity: ctx.params.appGroupIdentity ?? '',
    functionName: ctx.params.functionName ?? '',
    instanceName: String(body.instanceName),
  };
  if (ctx.emulator.instances.get(key)) {
    throw new ApiError(
      400,
      'Instance.Duplicated',
      `Instance ${key.instanceName} of function ${key.functionName} already exists in app ${key.appGroupIdentity}.`,
    );
  }
  const functionType = String(body.functionType ?? 'PAAS');
  const modelType = String(body.modelType);
  const version = ctx.emulator.versions.current(key.functionName, modelType, functionType);
  let instance: ReturnType<typeof validateLoadInstance>;
  try {
    instance = validateLoadInstance(
      {
        ...key,
        modelType,
        functionType,
        description: body.description,
        cron: body.cron,
        createParameters: body.createParameters,
        usageParameters: body.usageParameters,
        createTime: ctx.now,
        versionId: version?.version_id ?? null,
      },
      ctx.now,
    );
  } catch (error) {
    throw invalidParameter(error);
  }
  ctx.emulator.saveInstances([instance]);
  return envelopeAnswer(ctx);
};
