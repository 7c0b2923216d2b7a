import { useEffect, useState } from 'preact/hooks';
import type { ErrorView } from '../api';
import { ErrorBox } from './ErrorBox';
import type { SetupPanelProps } from './setup/SetupPanel';

type PanelModule = typeof import('./setup/SetupPanel');

/** The Setup tab, loaded on demand (its own chunk) so the first screen's script stays within its size budget. */
export function SetupTab(props: SetupPanelProps) {
  const [panel, setPanel] = useState<PanelModule | null>(null);
  const [failure, setFailure] = useState<ErrorView | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the import after a failure
  useEffect(() => {
    let live = true;
    setFailure(null);
    import('./setup/SetupPanel').then(
      (module) => live && setPanel(module),
      (error: unknown) =>
        live &&
        setFailure({
          title: 'The Setup tab could not be loaded',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (panel) return <panel.SetupPanel {...props} />;
  if (failure) return <ErrorBox error={failure} onRetry={() => setAttempt((n) => n + 1)} />;
  return (
    <p class="muted" data-testid="setup-loading">
      <span class="spinner" aria-hidden="true" /> Loading…
    </p>
  );
}
