// Sync a platform: live progress from `syncEvents`, then the run's result.
import { useEffect, useRef, useState } from 'react';
import { request } from '../../api/client';
import { SyncEvents, SyncPlatform } from '../../api/ops';
import { subscribe, whenSubscribed } from '../../api/ws';
import type { SyncRunFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ErrorText } from '../../ui/errors';
import { LastSync } from './bits';

export function SyncPanel({ platform, onDone }: { platform: { id: string; name: string }; onDone: () => void }) {
  const t = useT();
  const [counts, setCounts] = useState({ added: 0, updated: 0, removed: 0, imported: 0 });
  const [last, setLast] = useState<string[]>([]);
  const [run, setRun] = useState<SyncRunFieldsFragment | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const start = async () => {
    setBusy(true);
    setError(null);
    setRun(null);
    setLast([]);
    setCounts({ added: 0, updated: 0, removed: 0, imported: 0 });
    stop.current?.();
    stop.current = subscribe(
      SyncEvents,
      { platformId: platform.id },
      (d) => {
        const ev = d.syncEvents;
        setRun(ev.run);
        setCounts((c) => ({
          added: c.added + (ev.kind === 'SOURCE_ADDED' ? 1 : 0),
          updated: c.updated + (ev.kind === 'SOURCE_UPDATED' ? 1 : 0),
          removed: c.removed + (ev.kind === 'SOURCE_REMOVED' ? 1 : 0),
          imported: c.imported + (ev.kind === 'DESKTOP_IMPORTED' ? 1 : 0),
        }));
        const line = ev.message ?? (ev.source ? `${t(`syncEvent.${ev.kind}`)}: ${ev.source.name}` : t(`syncEvent.${ev.kind}`));
        setLast((l) => [...l.slice(-7), line]);
      },
      () => {},
    );
    try {
      await whenSubscribed();
      const d = await request(SyncPlatform, { id: platform.id });
      setRun(d.syncCloudPlatform);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sync-panel">
      <div className="actions">
        <button type="button" className="primary" onClick={() => void start()} disabled={busy} data-autofocus>
          {busy ? t('platform.syncing') : t('platform.syncNow')}
        </button>
      </div>
      <p aria-live="polite" data-testid="sync-live">
        {busy || run ? t('sync.live', counts) : ''}
      </p>
      {last.length > 0 && (
        <ul className="steps small">
          {last.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
      <ErrorText error={error} />
      {run && !busy && (
        <div role="status" data-testid="sync-result" data-status={run.status}>
          <LastSync run={run} />
          {run.notes.length > 0 && (
            <ul className="small">
              {run.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
