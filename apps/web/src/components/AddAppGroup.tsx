import { useState } from 'preact/hooks';
import type { SetView } from '../hooks/useViewState';
import type { ViewState } from '../url-state';

/** Adds an app group to discover (kept in the URL as `groups=`), besides those the server names. */
export function AddAppGroup({ view, setView }: { view: ViewState; setView: SetView }) {
  const [name, setName] = useState('');
  return (
    <form
      class="picker add-group"
      aria-label="Add an app group"
      onSubmit={(e) => {
        e.preventDefault();
        const group = name.trim();
        if (group && !view.groups.includes(group)) setView({ groups: [...view.groups, group] }, true);
        setName('');
      }}
    >
      <div class="field">
        <label for="add-group">App group</label>
        <input id="add-group" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </div>
      <button type="submit">Discover its instances</button>
    </form>
  );
}
