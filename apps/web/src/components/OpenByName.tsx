import { useState } from 'preact/hooks';
import type { SetView } from '../hooks/useViewState';
import type { ViewState } from '../url-state';

/** Opens an instance by its three names (one not found by discovery, e.g. in another app group). */
export function OpenByName({ view, setView }: { view: ViewState; setView: SetView }) {
  const [draft, setDraft] = useState({ app: view.app, fn: view.fn, inst: view.inst });
  return (
    <details class="open-by-name">
      <summary>Open an instance by name</summary>
      <form
        class="picker"
        aria-label="Instance"
        onSubmit={(e) => {
          e.preventDefault();
          setView({ app: draft.app.trim(), fn: draft.fn.trim(), inst: draft.inst.trim(), tab: 'runs' }, true);
        }}
      >
        {(
          [
            ['app', 'app-group', 'App group'],
            ['fn', 'function-name', 'Function'],
            ['inst', 'instance-name', 'Instance'],
          ] as const
        ).map(([key, id, label]) => (
          <div class="field" key={key}>
            <label for={id}>{label}</label>
            <input
              id={id}
              name={key}
              required
              value={draft[key]}
              onInput={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
            />
          </div>
        ))}
        <button type="submit" class="primary">
          Show tasks
        </button>
      </form>
    </details>
  );
}
