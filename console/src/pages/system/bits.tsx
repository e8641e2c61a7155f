import type { PlatformFieldsFragment, SyncRunFieldsFragment } from '../../gql/graphql';
import { useI18n, useT } from '../../i18n';

export function LastSync({ run }: { run?: SyncRunFieldsFragment | null }) {
  const { t, when } = useI18n();
  if (!run) return <span className="muted">{t('platform.neverSynced')}</span>;
  const cls = run.status === 'SUCCEEDED' ? 'ok' : run.status === 'FAILED' ? 'bad' : '';
  return (
    <span>
      <span className={`badge ${cls}`}>{t(`sync.${run.status}`)}</span>{' '}
      <time dateTime={run.finishedAt ?? run.startedAt}>{when(run.finishedAt ?? run.startedAt)}</time>
      <div className="muted small">
        {t('sync.counts', { added: run.added, updated: run.updated, removed: run.removed })}
        {run.error && ` · ${run.error}`}
      </div>
    </span>
  );
}

export function Capabilities({ c }: { c: PlatformFieldsFragment['capabilities'] }) {
  const t = useT();
  return (
    <ul className="caps">
      <li>{c.resourceModel === 'IMAGES' ? t('cap.images') : t('cap.templates')}</li>
      <li className={c.bootModeEditable ? '' : 'muted'}>{c.bootModeEditable ? t('cap.bootEditable') : t('cap.bootFixed')}</li>
      <li className={c.videoModelEditable ? '' : 'muted'}>{c.videoModelEditable ? t('cap.videoEditable') : t('cap.videoFixed')}</li>
      {c.bootModeCopy && <li>{t('cap.copy')}</li>}
      <li className={c.uefi ? '' : 'muted'}>{c.uefi ? t('cap.uefi') : t('cap.noUefi')}</li>
    </ul>
  );
}
