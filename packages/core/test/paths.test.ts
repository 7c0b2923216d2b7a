import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFunctionTasksClient } from '../src/index.js';
import { DOC_CAMEL_SAMPLE, startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ body: DOC_CAMEL_SAMPLE });
});
afterAll(() => server.close());

const PREFIX = '/v4/openapi/app-groups/';

describe('path names stay one segment each', () => {
  it.each(['a/b', 'what?', 'x#y', 'with space', 'naïve-模型', '🚀', '50%', 'a+b', "it's(1)!*"])(
    '%s',
    async (name) => {
      const client = createFunctionTasksClient({ endpoint: server.url });
      await client.listFunctionTasks({ appGroupIdentity: name, functionName: 'ctr', instanceName: name });
      const raw = server.requests.at(-1)?.url ?? '';
      expect(raw.startsWith(PREFIX)).toBe(true);
      const segments = raw.slice(1).split('?')[0]?.split('/') ?? [];
      // v4 / openapi / app-groups / {app} / functions / ctr / instances / {instance} / tasks
      expect(segments).toHaveLength(9);
      expect(decodeURIComponent(segments[3] ?? '')).toBe(name);
      expect(decodeURIComponent(segments[7] ?? '')).toBe(name);
      expect(raw).not.toContain('#');
    },
  );
});
