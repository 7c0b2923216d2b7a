/** What an engine sends: a bodiless request whose headers are final (signed, lower-case names). */
export interface EngineRequest {
  /** The full URL, WHATWG-serialised. */
  readonly url: string;
  /** `GET` (ListFunctionTasks has no body). */
  readonly method: string;
  /** Header values by lower-case name. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Sends one request; resolves once the whole body arrived (or the connection was cut mid-body). */
export type EngineSend = (request: EngineRequest, signal: AbortSignal) => Promise<Response>;
