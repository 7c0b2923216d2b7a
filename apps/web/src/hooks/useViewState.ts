import { useCallback, useEffect, useState } from 'preact/hooks';
import { parseViewState, serializeViewState, type ViewState } from '../url-state';

/** Sets part of the view; `push` makes a new history entry (a new place), else the URL is replaced. */
export type SetView = (patch: Partial<ViewState>, push?: boolean) => void;

/** The view's state, kept in the URL (shareable; Back/Forward move between places). */
export function useViewState(): [ViewState, SetView] {
  const [view, setView] = useState(() => parseViewState(location.search));
  useEffect(() => {
    const onPop = () => setView(parseViewState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback<SetView>((patch, push = false) => {
    setView((prev) => {
      const next = { ...prev, ...patch };
      const url = `${location.pathname}${serializeViewState(next)}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      return next;
    });
  }, []);
  return [view, update];
}
