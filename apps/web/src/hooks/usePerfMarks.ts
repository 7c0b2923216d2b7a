import { useEffect } from 'preact/hooks';

/**
 * Marks for tests and the bench, each set once per page load: `name` when `reached` first becomes true,
 * after the frame that shows it. Also mirrors `state` on `<html data-state>`.
 */
export function usePerfMark(name: string, reached: boolean, detail: object = {}) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the detail is read once, when the mark is set
  useEffect(() => {
    if (!reached || performance.getEntriesByName(name).length) return;
    requestAnimationFrame(() => {
      if (!performance.getEntriesByName(name).length) performance.mark(name, { detail });
    });
  }, [name, reached]);
}

/** `<html data-state>`: what tests wait on (`loading`, `ready`, `error`, `idle`). */
export function useDocumentState(state: string) {
  useEffect(() => {
    document.documentElement.dataset.state = state;
  }, [state]);
}
