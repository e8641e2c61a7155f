import { useState } from 'react';
import { SetVideoModel } from '../api/ops';
import type { SourceFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { ErrorText } from '../ui/errors';
import { useMutation } from '../ui/hooks';
import { ReadinessBadges } from '../ui/Readiness';
import { BootModeDialog } from './BootModeDialog';
import { SourceEditDialog } from './SourceEditDialog';

export function osLabel(s: { osType?: string | null; osDistro?: string | null }): string {
  return [s.osType, s.osDistro].filter(Boolean).join(' / ');
}

export function SourceTable(props: {
  caption: string;
  rows: SourceFieldsFragment[];
  /** System sources (the system console): video and boot-mode actions too. */
  system: boolean;
  onChanged: (s: SourceFieldsFragment) => void;
  onAdded: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState<SourceFieldsFragment | null>(null);
  const [booting, setBooting] = useState<{ s: SourceFieldsFragment; virtio: boolean } | null>(null);
  const video = useMutation(SetVideoModel);
  const [videoFor, setVideoFor] = useState<string | null>(null);
  const toVirtio = async (s: SourceFieldsFragment) => {
    // Where the platform cannot change it in place: a copy with virtio video (if it can copy).
    if (!s.platform.capabilities.videoModelEditable) return setBooting({ s, virtio: true });
    setVideoFor(s.id);
    const d = await video.run({ input: { id: s.id, videoModel: 'VIRTIO' } });
    if (d) props.onChanged(d.setVideoModel);
  };
  return (
    <div className="table-wrap">
      {videoFor && <ErrorText error={video.error} />}
      <table className="grid">
        <caption className="sr-only">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.name')}</th>
            <th scope="col">{t('col.platform')}</th>
            <th scope="col">{t('col.bootMode')}</th>
            <th scope="col">{t('col.video')}</th>
            <th scope="col">{t('col.os')}</th>
            <th scope="col">{t('col.credentials')}</th>
            <th scope="col">{t('col.readiness')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((s) => (
            <tr key={s.id} data-source={s.name}>
              <th scope="row">
                {s.name}
                <div className="muted small">{s.tenant ? `${s.externalId} · ${s.tenant.slug}` : s.externalId}</div>
              </th>
              <td>{s.platform.name}</td>
              <td data-boot={s.bootMode ?? ''}>{s.bootMode ?? '—'}</td>
              <td data-video={s.videoModel ?? ''}>{s.videoModel ? s.videoModel.toLowerCase() : '—'}</td>
              <td>{osLabel(s) || '—'}</td>
              <td>
                {s.osUsername ?? '—'}
                {s.hasOsPassword != null && (
                  <div className="muted small">
                    {t('col.systemPassword')}: {s.hasOsPassword ? t('common.set') : t('common.notSet')}
                  </div>
                )}
              </td>
              <td>
                <ReadinessBadges readiness={s.readiness} />
              </td>
              <td>
<div className="row-actions">
                {s.hasOsPassword != null && (
                  <button type="button" onClick={() => setEditing(s)} aria-label={t('source.editOf', { name: s.name })}>
                    {t('common.edit')}
                  </button>
                )}
                {props.system &&
                  s.videoModel !== 'VIRTIO' &&
                  (s.platform.capabilities.videoModelEditable || s.platform.capabilities.bootModeCopy) &&
                  !s.removedFromPlatform && (
                  <button
                    type="button"
                    disabled={video.busy}
                    onClick={() => void toVirtio(s)}
                    aria-label={t('source.virtioOf', { name: s.name })}
                  >
                    {t('source.virtio')}
                  </button>
                )}
                {props.system && !s.removedFromPlatform && (
                  <button type="button" onClick={() => setBooting({ s, virtio: false })} aria-label={t('source.bootOf', { name: s.name })}>
                    {t('source.boot')}
                  </button>
                )}
              </div>
</td>
            </tr>
          ))}
          {props.rows.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('common.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      {editing && (
        <SourceEditDialog
          source={editing}
          onClose={() => setEditing(null)}
          onSaved={(s) => {
            props.onChanged(s);
            setEditing(s);
          }}
        />
      )}
      {booting && (
        <BootModeDialog
          source={booting.s}
          video={booting.virtio ? 'VIRTIO' : undefined}
          onClose={() => setBooting(null)}
          onChanged={props.onChanged}
          onCopied={props.onAdded}
        />
      )}
    </div>
  );
}
