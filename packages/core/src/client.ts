import createClient from 'openapi-fetch';
import { FunctionTasksError, InvalidArgumentError, MalformedResponseError } from './errors.js';
import type { paths } from './generated/openapi.js';
import { normalisePage, parseJsonBody, readApiError } from './normalise.js';
import {
  type CallOptions,
  createSingleAttemptTransport,
  type RequestSigner,
  type Transport,
} from './transport.js';
import type { FunctionTasksPage, ListFunctionTasksParams } from './types.js';
import { validateListParams } from './validate.js';
import { LIST_FUNCTION_TASKS_PATH } from './wire/index.js';
import { encodePathSegment } from './wire/protocol.js';

/** Options of `createFunctionTasksClient`. */
export interface FunctionTasksClientOptions {
  /** Base URL, e.g. `https://opensearch.cn-hangzhou.aliyuncs.com` or an emulator's `http://127.0.0.1:4010`. */
  endpoint?: string;
  /** Region id; the endpoint becomes `https://opensearch.{regionId}.aliyuncs.com`. */
  regionId?: string;
  /** The fetch to use (defaults to the global fetch). */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (e.g. `x-fntasks-casing` for the emulator). */
  headers?: Record<string, string>;
  /** Signs each attempt; set by the credential options (see the signing module). */
  signer?: RequestSigner;
}

/** A client for ListFunctionTasks. */
export interface FunctionTasksClient {
  /** The base URL requests go to. */
  readonly endpoint: string;
  /** Lists one page of tasks, newest first, normalised from either wire casing. */
  listFunctionTasks(params: ListFunctionTasksParams, call?: CallOptions): Promise<FunctionTasksPage>;
}

const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** Resolves `endpoint` / `regionId` into a base URL, or explains what is missing. */
export function resolveEndpoint(options: Pick<FunctionTasksClientOptions, 'endpoint' | 'regionId'>): string {
  if (options.endpoint !== undefined) {
    let url: URL;
    try {
      url = new URL(options.endpoint);
    } catch {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'Expected an absolute http(s) URL such as "https://opensearch.cn-hangzhou.aliyuncs.com".',
      );
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'Only http: and https: endpoints are supported.',
      );
    }
    if (url.username || url.password) {
      throw new InvalidArgumentError(
        'endpoint',
        '(a URL with credentials)',
        'Credentials never go in the URL; use the credentials option.',
      );
    }
    if (url.search || url.hash) {
      throw new InvalidArgumentError(
        'endpoint',
        options.endpoint,
        'The endpoint must not carry a query or fragment.',
      );
    }
    return url.href.replace(/\/+$/, '');
  }
  if (options.regionId !== undefined) {
    if (typeof options.regionId !== 'string' || !REGION_PATTERN.test(options.regionId)) {
      throw new InvalidArgumentError(
        'regionId',
        options.regionId,
        'Expected a region id such as "cn-hangzhou" or "ap-southeast-1".',
      );
    }
    return `https://opensearch.${options.regionId}.aliyuncs.com`;
  }
  throw new InvalidArgumentError(
    'endpoint',
    undefined,
    'Give either endpoint (a base URL) or regionId (e.g. "cn-hangzhou").',
  );
}

/** Path segments are encoded one by one so that `/`, `?`, `#`, spaces and non-ASCII stay inside their segment. */
function serializePath(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(String(params[name])));
}

/** Creates a ListFunctionTasks client. */
export function createFunctionTasksClient(options: FunctionTasksClientOptions): FunctionTasksClient {
  const endpoint = resolveEndpoint(options);
  const baseFetch = options.fetch ?? globalThis.fetch;
  if (typeof baseFetch !== 'function') {
    throw new InvalidArgumentError(
      'fetch',
      baseFetch,
      'Expected a fetch function (no global fetch was found).',
    );
  }
  const transport: Transport = createSingleAttemptTransport(baseFetch, options.signer);
  const api = createClient<paths>({
    baseUrl: endpoint,
    pathSerializer: serializePath,
    headers: { accept: 'application/json', ...options.headers },
  });

  async function listFunctionTasks(
    params: ListFunctionTasksParams,
    call?: CallOptions,
  ): Promise<FunctionTasksPage> {
    const request = validateListParams(params);
    let response: Response | undefined;
    await api.GET(LIST_FUNCTION_TASKS_PATH, {
      params: { path: request.path, query: request.query },
      parseAs: 'stream',
      fetch: async (req: Request) => {
        response = await transport.send(req, call);
        // openapi-fetch reads error bodies itself; hand it an empty stand-in so the real body stays ours to read.
        return new Response(null, { status: response.status, headers: response.headers });
      },
    });
    if (!response) throw new FunctionTasksError('openapi-fetch completed without calling fetch');
    return readPage(response, request);
  }

  return { endpoint, listFunctionTasks };
}

/** Reads a response into a page, or throws the typed error it carries. */
export async function readPage(
  response: Response,
  request: { pageNumber: number; pageSize: number },
): Promise<FunctionTasksPage> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (error instanceof FunctionTasksError) throw error;
    // A connection cut mid-body (content-length not reached) surfaces here.
    throw new MalformedResponseError(
      response.status,
      '',
      `the body was cut short (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const body = parseJsonBody(response.status, text);
  const apiError = readApiError(response.status, body);
  const hasResult = typeof body === 'object' && body !== null && ('result' in body || 'Result' in body);
  if (!response.ok || (apiError && !hasResult)) {
    if (apiError) throw apiError;
    throw new MalformedResponseError(response.status, text, 'an error status without an error body');
  }
  return normalisePage(response.status, body, request, text);
}
