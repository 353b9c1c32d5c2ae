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

/** One parameter of the current address's query (`?tenant=water`), or null. */
export const useSearchParameter = (name: string) =>
  useSyncExternalStore(subscribe, () => new URLSearchParams(window.location.search).get(name));

/** A path of this app with one query parameter set, or removed when `value` is null. */
export function withSearchParameter(path: string, name: string, value: string | null): string {
  const [pathname = '', search = ''] = path.split('?', 2);
  const parameters = new URLSearchParams(search);
  if (value === null) parameters.delete(name);
  else parameters.set(name, value);
  const query = parameters.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Goes to a path of this app, which may carry a query; `replace` leaves no step to go back to. */
export function navigate(path: string, { replace = false }: { replace?: boolean } = {}) {
  if (path === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/**
 * The parameters a path pattern such as `/parties/:partyId` takes from a path, or null when the
 * path is not of that pattern. Parameters are one path segment each, decoded.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split('/');
  const actual = path.replace(/\/+$/, '').split('/');
  if (expected.length !== actual.length) return null;
  const parameters: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      if (value === '') return null;
      try {
        parameters[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) return null;
  }
  return parameters;
}

/** The current path's parameters under a pattern; empty when the path is not of it. */
export const usePathParameters = (pattern: string): Record<string, string> => matchPath(pattern, usePath()) ?? {};
