/** Resolving the `endpoint` / `regionId` options into a base URL. */
import { InvalidArgumentError } from './errors.js';

const REGION_PATTERN = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** Resolves `endpoint` / `regionId` into a base URL, or explains what is missing. */
export function resolveEndpoint(options: { endpoint?: string; regionId?: string }): string {
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
