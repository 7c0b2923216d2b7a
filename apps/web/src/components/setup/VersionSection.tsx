import type {
  FunctionInstance,
  FunctionTasksClient,
  FunctionVersion,
  GetFunctionCurrentVersionParams,
} from '@fntasks/core';
import { useRead } from '../../hooks/useRead';
import { versionStanding } from '../../setup';
import { ErrorBox } from '../ErrorBox';
import { LongText } from '../LongText';
import { RequirementTable } from './RequirementTable';

/**
 * The function's current version for the instance's model and function type (GetFunctionCurrentVersion), what
 * it asks of an instance, and whether this instance runs it (with the name of the one it runs, GetFunctionVersion).
 */
export function VersionSection({
  client,
  functionName,
  instance,
}: {
  client: FunctionTasksClient;
  functionName: string;
  instance: FunctionInstance;
}) {
  const { modelType, functionType } = instance;
  const key = modelType === null ? null : JSON.stringify([functionName, modelType, functionType]);
  // The wire's model and function type go to core as they are: core names a value it does not know.
  const params = {
    functionName,
    modelType,
    ...(functionType ? { functionType } : {}),
  } as GetFunctionCurrentVersionParams;
  const [read, retry] = useRead(key, (signal) => client.getFunctionCurrentVersion(params, { signal }));
  return (
    <section class="setup-section" aria-labelledby="setup-version" data-testid="setup-version">
      <h3 id="setup-version">Current version</h3>
      {modelType === null ? (
        <p class="muted">The instance names no model type, so there is no current version to look up.</p>
      ) : read.phase === 'loading' ? (
        <p class="muted">
          <span class="spinner" aria-hidden="true" /> Reading the current version of {functionName} for{' '}
          {modelType}…
        </p>
      ) : read.phase === 'error' ? (
        <ErrorBox
          error={{ ...read.error, title: `Cannot read the current version: ${read.error.title}` }}
          onRetry={retry}
          compact
        />
      ) : (
        <VersionFacts
          client={client}
          functionName={functionName}
          version={read.value.version}
          instance={instance}
        />
      )}
    </section>
  );
}

function VersionFacts({
  client,
  functionName,
  version,
  instance,
}: {
  client: FunctionTasksClient;
  functionName: string;
  version: FunctionVersion;
  instance: FunctionInstance;
}) {
  const standing = versionStanding(instance.versionId, version.versionId);
  const config = version.versionConfig;
  return (
    <>
      <dl class="kv">
        <dt>Version</dt>
        <dd data-testid="current-version">
          <LongText text={version.versionName || '(no name)'} />{' '}
          <span class="muted">id {version.versionId ?? '—'}</span>
        </dd>
        <dt>For</dt>
        <dd>
          {version.modelType ?? '—'} · {version.functionType ?? '—'}
        </dd>
        <dt>This instance</dt>
        <dd data-testid="version-standing" data-standing={standing}>
          {standing === 'current' ? (
            <span class="setup-note ok">runs the current version</span>
          ) : standing === 'other' ? (
            <OtherVersion
              client={client}
              functionName={functionName}
              versionId={instance.versionId as number}
            />
          ) : standing === 'unknown' ? (
            <span class="muted">
              runs version {instance.versionId}; the current version came without an id
            </span>
          ) : (
            <span class="muted">names no version</span>
          )}
        </dd>
      </dl>
      <RequirementTable
        title="Create parameters it declares"
        declared={config.createParameters}
        set={instance.createParameters}
        testId="version-create-parameters"
      />
      <RequirementTable
        title="Usage parameters it declares"
        declared={config.usageParameters}
        set={instance.usageParameters}
        testId="version-usage-parameters"
      />
      <section class="setup-block" aria-label="Depends on" data-testid="version-depends">
        <h4>
          Depends on <span class="muted">({config.depends.length})</span>
        </h4>
        {config.depends.length === 0 ? (
          <p class="muted">Nothing.</p>
        ) : (
          <ul>
            {config.depends.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: dependencies can repeat; position identifies one
              <li key={i}>
                <strong>
                  <LongText text={d.dependency} />
                </strong>
                {d.condition && (
                  <>
                    {' '}
                    (<LongText text={d.condition} />)
                  </>
                )}
                {d.description && (
                  <>
                    : <LongText text={d.description} inline={200} />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** "runs version 100 (ctr-tf-1.0), not the current one": the name read with GetFunctionVersion. */
function OtherVersion({
  client,
  functionName,
  versionId,
}: {
  client: FunctionTasksClient;
  functionName: string;
  versionId: number;
}) {
  const [read] = useRead(JSON.stringify([functionName, versionId]), (signal) =>
    client.getFunctionVersion({ functionName, versionId }, { signal }),
  );
  return (
    <span class="setup-note bad">
      runs version {versionId}
      {read.phase === 'ready' && read.value.version.versionName && (
        <>
          {' '}
          (<LongText text={read.value.version.versionName} inline={40} />)
        </>
      )}
      , not the current one
      {read.phase === 'error' && (
        <span class="muted"> (its name could not be read: {read.error.message})</span>
      )}
    </span>
  );
}
