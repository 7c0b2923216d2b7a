import type { FunctionTasksClient, ResourceFeature } from '@fntasks/core';
import { clipText, MAX_SHOWN_ROWS } from '../../bounded-view';
import { formatCount } from '../../format';
import { useRead } from '../../hooks/useRead';
import type { InstanceNames } from '../../instances';
import { ErrorBox } from '../ErrorBox';
import { LongText } from '../LongText';

/**
 * One resource's data (GetFunctionResource, read once when first opened): a raw file's content as bounded text,
 * a feature generator's generators as a bounded table. Every value is a text node.
 */
export function ResourceContent({
  client,
  names,
  resourceName,
}: {
  client: FunctionTasksClient;
  names: InstanceNames;
  resourceName: string;
}) {
  const { appGroupIdentity, functionName } = names;
  const [read, retry] = useRead(JSON.stringify([appGroupIdentity, functionName, resourceName]), (signal) =>
    client.getFunctionResource({ appGroupIdentity, functionName, resourceName }, { signal }),
  );
  if (read.phase === 'loading')
    return (
      <p class="muted">
        <span class="spinner" aria-hidden="true" /> Reading {resourceName}…
      </p>
    );
  if (read.phase === 'error')
    return (
      <ErrorBox
        error={{ ...read.error, title: `Cannot read ${resourceName}: ${read.error.title}` }}
        onRetry={retry}
        compact
      />
    );
  const { data } = read.value.resource;
  const generators = data.generators ?? [];
  return (
    <div class="resource-content" data-testid="resource-content">
      {data.content !== undefined && (
        <>
          <p class="muted">Content ({formatCount(data.content.length)} characters)</p>
          <pre class="raw resource-raw" data-testid="resource-raw">
            {clipText(data.content)}
          </pre>
        </>
      )}
      {generators.length > 0 && (
        <table class="setup-table" data-testid="resource-generators">
          <thead>
            <tr>
              <th scope="col">Generator</th>
              <th scope="col">Input features</th>
              <th scope="col">Output</th>
            </tr>
          </thead>
          <tbody>
            {generators.slice(0, MAX_SHOWN_ROWS).map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: generators have no identity but their position
              <tr key={i}>
                <td class="mono">
                  <LongText text={g.generator} inline={40} />
                </td>
                <td class="mono">
                  <LongText text={featureList(g.input.features)} />
                </td>
                <td class="mono">
                  <LongText text={g.output} inline={40} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {generators.length > MAX_SHOWN_ROWS && (
        <p class="muted">
          The first {formatCount(MAX_SHOWN_ROWS)} of {formatCount(generators.length)} generators are shown.
        </p>
      )}
      {data.content === undefined && generators.length === 0 && (
        <p class="muted">The resource holds no data.</p>
      )}
    </div>
  );
}

/** A generator's input features as one line (`user_id: user, …`), at most MAX_SHOWN_ROWS of them. */
function featureList(features: readonly ResourceFeature[]): string {
  const shown = features
    .slice(0, MAX_SHOWN_ROWS)
    .map((f) => `${f.name}: ${f.type}`)
    .join(', ');
  return features.length > MAX_SHOWN_ROWS
    ? `${shown}, … ${formatCount(features.length - MAX_SHOWN_ROWS)} more`
    : shown;
}
