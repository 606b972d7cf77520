import { useEffect, useState, type DependencyList } from 'react';
import { errorMessage } from '../api/errors';

interface ResourceState<T> {
  data?: T;
  error?: string;
  loading: boolean;
}

/** Loads data for a page, ignoring answers that arrive after the page moved on. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<ResourceState<T>>({ loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true, error: undefined }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ error: errorMessage(error), loading: false });
      },
    );
    return () => controller.abort();
    // Callers list what the loader depends on; `version` lets them ask for a reload.
  }, [...deps, version]);

  return {
    ...state,
    reload: () => setVersion((v) => v + 1),
    /** Updates loaded data in place (after a save), without reloading. */
    setData: (update: (data: T) => T) => setState((prev) => (prev.data === undefined ? prev : { ...prev, data: update(prev.data) })),
  };
}
