/**
 * The validator checks a request only when its interaction expects a success (it reads a 4xx interaction as a
 * deliberately bad request). A consumer's request must be one the spec allows whatever it expects back, so each
 * non-2xx interaction gets a probe: the same request with a bare 200 response, checked in a second file, whose
 * request findings count for the interaction. The one exception is an interaction that expects the service's
 * `InvalidParameter` (400): sending an invalid request is its point.
 */
type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The error code a response body names, in either casing (V4 wraps the body in `content`). */
function errorCode(response: Json): unknown {
  const body = isObject(response.body) && 'content' in response.body ? response.body.content : response.body;
  return isObject(body) ? (body.code ?? body.Code) : undefined;
}

/** Whether an interaction expects the answer to a request the service refuses as invalid. */
function expectsInvalidRequest(response: Json): boolean {
  const code = errorCode(response);
  return (
    Number(response.status) === 400 &&
    typeof code === 'string' &&
    /^(InvalidParameter|MissingParameter)/.test(code)
  );
}

/** Request probes of a parsed pact: a pact of the probes, and for each probe the index of its interaction. */
export function requestProbes(pact: unknown): { pact: Json; origin: number[] } | null {
  if (!isObject(pact) || !Array.isArray(pact.interactions)) return null;
  const interactions: Json[] = [];
  const origin: number[] = [];
  pact.interactions.forEach((interaction: unknown, index) => {
    if (!isObject(interaction) || !isObject(interaction.response) || !isObject(interaction.request)) return;
    const status = Number(interaction.response.status);
    if ((status >= 200 && status < 300) || expectsInvalidRequest(interaction.response)) return;
    interactions.push({ ...interaction, response: { status: 200 } });
    origin.push(index);
  });
  return interactions.length > 0 ? { pact: { ...pact, interactions }, origin } : null;
}
