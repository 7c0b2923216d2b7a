import type { ComponentChildren } from 'preact';
import type { SetView } from '../hooks/useViewState';
import type { InstanceNames } from '../instances';
import { serializeViewState, type ViewState } from '../url-state';

/** A link to an instance's view: a real link (open in a new tab works), handled in the page on a plain click. */
export function InstanceLink({
  instance,
  view,
  setView,
  extra = {},
  children,
}: {
  instance: InstanceNames;
  view: ViewState;
  setView: SetView;
  extra?: Partial<ViewState>;
  children: ComponentChildren;
}) {
  const patch: Partial<ViewState> = {
    app: instance.appGroupIdentity,
    fn: instance.functionName,
    inst: instance.instanceName,
    tab: 'runs',
    q: '',
    a: '',
    b: '',
    status: '',
    ...extra,
  };
  return (
    <a
      href={`${location.pathname}${serializeViewState({ ...view, ...patch })}`}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        setView(patch, true);
        scrollTo(0, 0);
      }}
    >
      {children}
    </a>
  );
}
