import { useCallback, useState } from 'react';
import { useT } from '../i18n';

/** Relay paging: a stack of `after` cursors, so Previous goes back without refetching offsets. */
export function usePaging() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const after = stack[stack.length - 1];
  const next = useCallback((cursor: string | null | undefined) => {
    if (cursor) setStack((s) => [...s, cursor]);
  }, []);
  const prev = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after, page: stack.length, next, prev, reset };
}

export function Pager(props: {
  page: number;
  total?: number;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  onNext: (cursor: string | null | undefined) => void;
  onPrev: () => void;
}) {
  const t = useT();
  return (
    <div className="pager" role="group" aria-label={t('pager.label')}>
      <button type="button" onClick={props.onPrev} disabled={props.page <= 1}>
        {t('pager.prev')}
      </button>
      <span aria-live="polite" data-testid="pager-total" data-total={props.total ?? ''}>
        {t('pager.page', { page: props.page })}
        {props.total != null && ` · ${t('pager.total', { total: props.total })}`}
      </span>
      <button type="button" onClick={() => props.onNext(props.pageInfo?.endCursor)} disabled={!props.pageInfo?.hasNextPage}>
        {t('pager.next')}
      </button>
    </div>
  );
}
