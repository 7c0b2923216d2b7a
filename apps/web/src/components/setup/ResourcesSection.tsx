import type { FunctionResource, FunctionTasksClient } from '@fntasks/core';
import { useState } from 'preact/hooks';
import { formatCount, formatRelative, formatTime, type TimeZoneChoice, zoneLabel } from '../../format';
import { useRead } from '../../hooks/useRead';
import type { InstanceNames } from '../../instances';
import { ErrorBox } from '../ErrorBox';
import { LongText } from '../LongText';
import { ResourceContent } from './ResourceContent';

/** Resources read at most (pages of 100): the table stays bounded whatever the function holds. */
export const MAX_RESOURCES = 500;
/** Instances named per resource at most; the rest are counted. */
const MAX_USERS_SHOWN = 20;

/** Every resource of the instance's function (up to MAX_RESOURCES), each one's content on demand. */
export function ResourcesSection({
  client,
  names,
  zone,
}: {
  client: FunctionTasksClient;
  names: InstanceNames;
  zone: TimeZoneChoice;
}) {
  const { appGroupIdentity, functionName, instanceName } = names;
  const [read, retry] = useRead(JSON.stringify([appGroupIdentity, functionName]), async (signal) => {
    const iterator = client.iterateFunctionResources(
      // 100 a page, the service's largest; two pages in flight leave the browser's connections to the runs.
      { appGroupIdentity, functionName, pageSize: 100, limit: MAX_RESOURCES },
      { signal, concurrency: 2 },
    );
    const resources: FunctionResource[] = [];
    for await (const resource of iterator) resources.push(resource);
    return { resources, totalCount: iterator.totalCount ?? resources.length };
  });
  // Resources whose content has been opened: their views stay mounted (hidden when closed), read once.
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  const toggle = (name: string) => {
    setOpened((set) => new Set(set).add(name));
    setShown((set) => {
      const next = new Set(set);
      if (!next.delete(name)) next.add(name);
      return next;
    });
  };
  const now = Date.now();
  return (
    <section class="setup-section" aria-labelledby="setup-resources" data-testid="setup-resources">
      <h3 id="setup-resources">
        Resources of {functionName}
        {read.phase === 'ready' && <span class="muted"> ({formatCount(read.value.totalCount)})</span>}
      </h3>
      {read.phase === 'loading' && (
        <p class="muted">
          <span class="spinner" aria-hidden="true" /> Reading the resources…
        </p>
      )}
      {read.phase === 'error' && (
        <ErrorBox
          error={{ ...read.error, title: `Cannot list the resources: ${read.error.title}` }}
          onRetry={retry}
          compact
        />
      )}
      {read.phase === 'ready' && read.value.resources.length === 0 && (
        <p class="muted">The function has no resources in {appGroupIdentity}.</p>
      )}
      {read.phase === 'ready' && read.value.resources.length > 0 && (
        <>
          {read.value.totalCount > read.value.resources.length && (
            <p class="muted" data-testid="resources-cut">
              The first {formatCount(read.value.resources.length)} of {formatCount(read.value.totalCount)} are
              shown.
            </p>
          )}
          <table class="setup-table resources-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" class="col-type">
                  Type
                </th>
                <th scope="col" class="col-desc">
                  Description
                </th>
                <th scope="col" class="col-time">
                  Modified
                </th>
                <th scope="col">Used by</th>
                <th scope="col" class="col-action">
                  Content
                </th>
              </tr>
            </thead>
            {read.value.resources.map((r) => (
              <tbody key={r.resourceName} data-testid="resource" data-name={r.resourceName}>
                <tr>
                  <th scope="row" class="mono">
                    <LongText text={r.resourceName} inline={40} />
                  </th>
                  <td class="col-type">{r.resourceType ?? '—'}</td>
                  <td class="col-desc">
                    {r.description ? <LongText text={r.description} /> : <span class="muted">—</span>}
                  </td>
                  <td class="col-time" title={`${formatTime(r.modifyTime, zone)} ${zoneLabel(zone)}`}>
                    {formatRelative(r.modifyTime, now)}
                  </td>
                  <td class="col-users" data-testid="resource-used-by">
                    {r.referencedInstances.length === 0 && <span class="muted">nothing</span>}
                    {r.referencedInstances.slice(0, MAX_USERS_SHOWN).map((name, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: names can repeat on the wire
                      <span key={i} class="used-by">
                        <LongText text={name} inline={40} />
                        {name === instanceName && <span class="tag used-by-tag">this instance</span>}
                      </span>
                    ))}
                    {r.referencedInstances.length > MAX_USERS_SHOWN && (
                      <span class="used-by muted">
                        +{formatCount(r.referencedInstances.length - MAX_USERS_SHOWN)} more
                      </span>
                    )}
                  </td>
                  <td class="col-action">
                    <button
                      type="button"
                      aria-expanded={shown.has(r.resourceName)}
                      aria-label={`${shown.has(r.resourceName) ? 'Hide' : 'Show'} the content of ${r.resourceName}`}
                      onClick={() => toggle(r.resourceName)}
                    >
                      {shown.has(r.resourceName) ? 'Hide' : 'Show'}
                    </button>
                  </td>
                </tr>
                {opened.has(r.resourceName) && (
                  <tr hidden={!shown.has(r.resourceName)}>
                    <td colSpan={6}>
                      <ResourceContent client={client} names={names} resourceName={r.resourceName} />
                    </td>
                  </tr>
                )}
              </tbody>
            ))}
          </table>
        </>
      )}
    </section>
  );
}
