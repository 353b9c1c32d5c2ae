import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

export const usePath = () => useSyncExternalStore(subscribe, () => window.location.pathname);

/** Goes to a path of this app, which may carry a query; `replace` leaves no step to go back to. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}) {
  if (path === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}
