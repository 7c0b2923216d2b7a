/**
 * Errors the dashboard server answers itself, in the API's own error shape so core in the browser reports
 * them like any API error (code, message, requestId). They never carry configuration, least of all keys.
 */
export interface ServerErrorBody {
  requestId: string;
  httpCode: number;
  code: string;
  message: string;
}

let counter = 0;

/** A request id for answers the server makes itself (`dash-…`), so they can be told apart from the service's. */
export function localRequestId(): string {
  counter = (counter + 1) % 1_000_000;
  return `dash-${Date.now().toString(36)}-${counter.toString(36)}`;
}

export function errorBody(httpCode: number, code: string, message: string): ServerErrorBody {
  return { requestId: localRequestId(), httpCode, code, message };
}
