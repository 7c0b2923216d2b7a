import type { FunctionTasksClient } from '@fntasks/core';
import { useRef } from 'preact/hooks';
import { useInstances } from './hooks/useInstances';
import { useSession } from './hooks/useSession';
import { useViewState } from './hooks/useViewState';
import { hasInstance } from './url-state';
import { InstanceView } from './views/InstanceView';
import { OverviewView } from './views/OverviewView';

/** The page: the overview across instances, or one instance's view when the URL names one. */
export function App({ client }: { client: FunctionTasksClient }) {
  const [view, setView] = useViewState();
  const { session, ready } = useSession();
  // Until the overview is shown, an instance page discovers only its own function (two calls, no runs); from
  // then on, every app group with each instance's runs.
  const overviewShown = useRef(false);
  if (!hasInstance(view)) overviewShown.current = true;
  const scope = overviewShown.current ? null : { appGroup: view.app, functionName: view.fn };
  const discovery = useInstances(client, session, ready, view.groups, scope);
  return (
    <div class="layout">
      <header class="top">
        <h1>
          <a
            href={location.pathname}
            onClick={(e) => {
              e.preventDefault();
              setView({ app: '', fn: '', inst: '', tab: 'runs', q: '', a: '', b: '', status: '' }, true);
            }}
          >
            <span aria-hidden="true">▦ </span>fntasks
          </a>
        </h1>
      </header>
      {hasInstance(view) ? (
        <InstanceView client={client} view={view} setView={setView} session={session} discovery={discovery} />
      ) : (
        <OverviewView client={client} discovery={discovery} view={view} setView={setView} />
      )}
    </div>
  );
}
