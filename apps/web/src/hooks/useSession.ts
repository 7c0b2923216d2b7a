import { useEffect, useState } from 'preact/hooks';

/** What the dashboard server tells the page about itself (`GET /api/session`). */
export interface Session {
  /** App groups to discover instances in (configured on the server). */
  appGroups: string[];
  /** Instances configured on the server (`--instance`), offered even when discovery finds nothing. */
  instances: { appGroupIdentity: string; functionName: string; instanceName: string }[];
  /** True when the server was started with `--allow-train`. */
  allowTrain: boolean;
  /** The CSRF token for the one write route (present only with `allowTrain`). */
  csrfToken: string | null;
}

const EMPTY: Session = { appGroups: [], instances: [], allowTrain: false, csrfToken: null };

/** The server's session facts; empty until they arrive (or when the request fails). */
export function useSession(): { session: Session; ready: boolean } {
  const [state, setState] = useState({ session: EMPTY, ready: false });
  useEffect(() => {
    fetch('/api/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then((r) => (r.ok ? (r.json() as Promise<Partial<Session>>) : {}))
      .then((body) => setState({ session: { ...EMPTY, ...body }, ready: true }))
      .catch(() => setState({ session: EMPTY, ready: true }));
  }, []);
  return state;
}
