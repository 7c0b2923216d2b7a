import type { FunctionTask } from '@fntasks/core';
import { formatRelative, formatTime } from '../format';
import type { Session } from '../hooks/useSession';
import type { SetView } from '../hooks/useViewState';
import type { InstanceInfo } from '../instances';
import type { ViewState } from '../url-state';
import { StatusBadge } from './StatusBadge';
import { TrainButton } from './TrainButton';

/** Names the instance shown, with its facts (model type, status, cron, default, last run) and Train now. */
export function InstanceHeader({
  view,
  setView,
  info,
  last,
  now,
  session,
  onTrained,
}: {
  view: ViewState;
  setView: SetView;
  info: InstanceInfo | null;
  last: FunctionTask | null;
  now: number;
  session: Session;
  onTrained: () => void;
}) {
  return (
    <div class="instance-head">
      <div>
        <p class="crumbs">
          <a
            href={location.pathname}
            onClick={(e) => {
              e.preventDefault();
              setView({ app: '', fn: '', inst: '', tab: 'runs', q: '', a: '', b: '', status: '' }, true);
            }}
          >
            Overview
          </a>{' '}
          › {view.app} / {view.fn}
        </p>
        <h2 class="view-title" data-testid="instance-title">
          {view.inst}
          {info?.isDefault && <span class="tag">default</span>}
        </h2>
        <p class="muted instance-facts" data-testid="instance-facts">
          {info?.modelType && <span>model {info.modelType}</span>}
          {info?.status && <span>{info.status}</span>}
          {info && <span>{info.cron ? `cron ${info.cron}` : 'no schedule'}</span>}
          {last && (
            <span>
              last run <StatusBadge status={last.status} />{' '}
              <span title={formatTime(last.startTime, view.tz)}>{formatRelative(last.startTime, now)}</span>
            </span>
          )}
        </p>
      </div>
      {session.allowTrain && session.csrfToken && (
        <TrainButton
          instance={{ appGroupIdentity: view.app, functionName: view.fn, instanceName: view.inst }}
          csrfToken={session.csrfToken}
          onStarted={onTrained}
        />
      )}
    </div>
  );
}
