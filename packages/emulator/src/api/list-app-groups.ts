/** ListAppGroups: a page of the application groups of the loaded instances, filtered by name, instance and type. */
import type { OPERATION_ID } from '@fntasks/protocol';
import { successText } from '../envelope.js';
import { ApiError, type ApiHandler } from './api-request.js';

/** The `tags` filter: the SDK's JSON array of `{key, value}`; 400 InvalidParameter for anything else. */
function parseTags(tags: string | undefined): unknown[] | undefined {
  if (tags === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(tags);
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // Answered below, like a non-array.
  }
  throw new ApiError(
    400,
    'InvalidParameter',
    `Parameter tags must be a JSON array of {"key","value"} objects, got ${JSON.stringify(tags)}.`,
  );
}

/** Answers ListAppGroups. */
export const listAppGroups: ApiHandler<typeof OPERATION_ID.ListAppGroups> = (ctx) => {
  const { name, instanceId, type, resourceGroupId, tags, sortBy, pageNumber, pageSize } = ctx.query;
  const parsedTags = parseTags(tags);
  const { totalCount, result } = ctx.emulator.appGroups.listPage(
    {
      ...(name === undefined ? {} : { name }),
      ...(instanceId === undefined ? {} : { instanceId }),
      ...(type === undefined ? {} : { type }),
      ...(resourceGroupId === undefined ? {} : { resourceGroupId }),
      ...(parsedTags === undefined ? {} : { tags: parsedTags }),
      sortBy,
      pageNumber,
      pageSize,
    },
    ctx.casing,
  );
  const envelope = { requestId: ctx.requestId, latency: ctx.latency(), totalCount };
  return { status: 200, body: successText(envelope, ctx.casing, JSON.stringify(result)) };
};
