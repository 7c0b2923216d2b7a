import { useEffect, useState } from 'preact/hooks';

/** One instance the server knows of (configured on it, or held by the emulator it talks to). */
export interface KnownInstance {
  appGroupIdentity: string;
  functionName: string;
  instanceName: string;
  source: 'configured' | 'emulator';
  taskCount?: number;
  runningCount?: number;
}

interface Props {
  app: string;
  fn: string;
  inst: string;
  known: KnownInstance[];
  onPick: (names: { app: string; fn: string; inst: string }) => void;
}

const keyOf = (i: Pick<KnownInstance, 'appGroupIdentity' | 'functionName' | 'instanceName'>) =>
  JSON.stringify([i.appGroupIdentity, i.functionName, i.instanceName]);

/** Pick a known instance or type the three names; the API itself cannot list instances. */
export function InstancePicker({ app, fn, inst, known, onPick }: Props) {
  const [draft, setDraft] = useState({ app, fn, inst });
  useEffect(() => setDraft({ app, fn, inst }), [app, fn, inst]);
  const current = keyOf({ appGroupIdentity: app, functionName: fn, instanceName: inst });
  const isKnown = known.some((k) => keyOf(k) === current);

  return (
    <form
      class="picker"
      aria-label="Instance"
      onSubmit={(e) => {
        e.preventDefault();
        onPick({ app: draft.app.trim(), fn: draft.fn.trim(), inst: draft.inst.trim() });
      }}
    >
      <div class="field field-wide">
        <label for="known-instance">Known instances</label>
        <select
          id="known-instance"
          value={isKnown ? current : ''}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            const pick = known.find((k) => keyOf(k) === value);
            if (pick) onPick({ app: pick.appGroupIdentity, fn: pick.functionName, inst: pick.instanceName });
          }}
        >
          <option value="">{known.length ? 'Choose…' : 'None known — type the names'}</option>
          {known.map((k) => (
            <option key={keyOf(k)} value={keyOf(k)}>
              {`${k.appGroupIdentity} / ${k.functionName} / ${k.instanceName}`}
              {k.taskCount !== undefined
                ? ` (${k.taskCount} tasks${k.runningCount ? `, ${k.runningCount} running` : ''})`
                : ''}
              {k.source === 'emulator' ? ' · emulator' : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="app-group">App group</label>
        <input
          id="app-group"
          name="app"
          required
          value={draft.app}
          onInput={(e) => setDraft({ ...draft, app: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="function-name">Function</label>
        <input
          id="function-name"
          name="fn"
          required
          value={draft.fn}
          onInput={(e) => setDraft({ ...draft, fn: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="instance-name">Instance</label>
        <input
          id="instance-name"
          name="inst"
          required
          value={draft.inst}
          onInput={(e) => setDraft({ ...draft, inst: e.currentTarget.value })}
        />
      </div>
      <button type="submit" class="primary">
        Show tasks
      </button>
    </form>
  );
}
