/**
 * The instance view's Setup tab (its own chunk, loaded when the tab is first shown): what the instance is set up
 * with (GetFunctionInstance, read once per instance view by InstanceView), its function's current version for
 * the instance's model type, and the function's resources. Read-only: no write buttons here.
 */
import type { FunctionInstanceResult, FunctionTasksClient } from '@fntasks/core';
import type { TimeZoneChoice } from '../../format';
import type { ReadState } from '../../hooks/useRead';
import type { InstanceNames } from '../../instances';
import { ErrorBox } from '../ErrorBox';
import { InstanceSettings } from './InstanceSettings';
import { ResourcesSection } from './ResourcesSection';
import { VersionSection } from './VersionSection';

/** What the Setup tab needs. */
export interface SetupPanelProps {
  client: FunctionTasksClient;
  names: InstanceNames;
  details: ReadState<FunctionInstanceResult>;
  onRetryDetails: () => void;
  zone: TimeZoneChoice;
}

/** The Setup tab: the instance's settings and parameters, the current version and what it asks, the resources. */
export function SetupPanel({ client, names, details, onRetryDetails, zone }: SetupPanelProps) {
  return (
    <div class="setup" data-testid="setup">
      {details.phase === 'loading' && (
        <p class="muted" data-testid="setup-loading">
          <span class="spinner" aria-hidden="true" /> Reading the instance…
        </p>
      )}
      {details.phase === 'error' && (
        <ErrorBox
          error={{ ...details.error, title: `Cannot read the instance: ${details.error.title}` }}
          onRetry={onRetryDetails}
        />
      )}
      {details.phase === 'ready' && (
        <>
          <InstanceSettings instance={details.value.instance} zone={zone} />
          <VersionSection
            client={client}
            functionName={names.functionName}
            instance={details.value.instance}
          />
        </>
      )}
      {/* The function's resources need nothing from the instance's answer: read at once, shown whatever it says. */}
      <ResourcesSection client={client} names={names} zone={zone} />
    </div>
  );
}
