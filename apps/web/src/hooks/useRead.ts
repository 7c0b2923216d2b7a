import { useEffect, useState } from 'preact/hooks';
import { describeError, type ErrorView } from '../api';

/** One read as a view holds it. */
export type ReadState<T> =
  | { phase: 'loading' }
  | { phase: 'error'; error: ErrorView }
  | { phase: 'ready'; value: T };

const LOADING = { phase: 'loading' } as const;

/**
 * Runs `load` once per `key` (null: nothing to read yet) and keeps its answer until the key changes; `retry`
 * reads again (after an error). A key that changes mid-read aborts the old read, whose answer is dropped.
 */
export function useRead<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): [ReadState<T>, () => void] {
  // The key each state belongs to: after a key change, the old key's answer is never shown for the new one.
  const [state, setState] = useState<{ key: string | null; read: ReadState<T> }>({
    key,
    read: { phase: 'loading' },
  });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads (a new closure each render)
  useEffect(() => {
    setState({ key, read: { phase: 'loading' } });
    if (key === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => !controller.signal.aborted && setState({ key, read: { phase: 'ready', value } }),
      (error: unknown) =>
        !controller.signal.aborted &&
        setState({ key, read: { phase: 'error', error: describeError(error) } }),
    );
    return () => controller.abort();
  }, [key, attempt]);
  return [state.key === key ? state.read : LOADING, () => setAttempt((n) => n + 1)];
}
