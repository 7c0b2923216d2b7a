import type { InstanceTab } from '../url-state';

const TABS: [InstanceTab, string][] = [
  ['runs', 'Runs'],
  ['trends', 'Trends'],
  ['compare', 'Compare'],
  ['setup', 'Setup'],
];

/** The instance view's sections; each is a place in the URL (`tab=`), so buttons rather than an ARIA tab set. */
export function Tabs({ tab, onTab }: { tab: InstanceTab; onTab: (tab: InstanceTab) => void }) {
  return (
    <nav class="tabs" aria-label="Instance sections">
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          aria-current={tab === id ? 'page' : undefined}
          onClick={() => onTab(id)}
          data-tab={id}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
