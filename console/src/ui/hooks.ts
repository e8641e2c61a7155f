import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import type { TypedDocumentString } from '../gql/graphql';

export interface QueryState<R> {
  data: R | null;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

function operationName(doc: { toString(): string }): string {
  return /(?:query|mutation)\s+(\w+)/.exec(doc.toString())?.[1] ?? 'anonymous';
}

/** Runs a query when its variables change; `reload` runs it again (data kept meanwhile). */
export function useQuery<R, V>(doc: TypedDocumentString<R, V>, variables: V, skip = false): QueryState<R> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data: R | null; error: unknown; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    if (skip) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    request(doc, JSON.parse(key) as V).then(
      (data) => {
        // For the render benchmark (BENCHMARKS.md): when each operation's data arrived.
        performance.mark(`xspace:data:${operationName(doc)}`);
        if (mine === seq.current) setState({ data, error: null, loading: false });
      },
      (error: unknown) => mine === seq.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
  }, [doc, key, tick, skip]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

/** A mutation runner: `run` resolves to the data or null (the error is kept in `error`). */
export function useMutation<R, V>(doc: TypedDocumentString<R, V>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (variables: V): Promise<R | null> => {
      setBusy(true);
      setError(null);
      try {
        return await request(doc, variables);
      } catch (e) {
        setError(e);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [doc],
  );
  return { run, busy, error, setError };
}
