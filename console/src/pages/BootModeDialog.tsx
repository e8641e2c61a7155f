// Boot mode (R7): changed on the platform where it can be; where it cannot (ZSphere), the
// workaround: a copy of the source with the other boot mode, its steps shown as they happen.
import { useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import { CopyWithBootMode, SetBootMode, SyncEvents } from '../api/ops';
import { subscribe, whenSubscribed } from '../api/ws';
import type { BootMode, SourceFieldsFragment, VideoModel } from '../gql/graphql';
import { useI18n } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/errors';

interface Step {
  at: string;
  kind: string;
  text: string;
}

export function BootModeDialog(props: {
  source: SourceFieldsFragment;
  onClose: () => void;
  onChanged: (s: SourceFieldsFragment) => void;
  onCopied: () => void;
  /** Opened to give the source virtio video where the platform cannot change it in place. */
  video?: VideoModel;
}) {
  const { t, time } = useI18n();
  const s = props.source;
  const caps = s.platform.capabilities;
  const editable = caps.bootModeEditable && !props.video;
  const other: BootMode = s.bootMode === 'UEFI' ? 'BIOS' : 'UEFI';
  const [target, setTarget] = useState<BootMode>(props.video ? (s.bootMode ?? 'UEFI') : other);
  const [video, setVideo] = useState<VideoModel | ''>(props.video ?? '');
  const [name, setName] = useState(`${s.name}-${props.video ? props.video.toLowerCase() : other.toLowerCase()}`);
  const unchanged = target === s.bootMode && (video === '' || video === s.videoModel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [steps, setSteps] = useState<Step[]>([]);
  const [result, setResult] = useState<string | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  const change = async () => {
    setBusy(true);
    setError(null);
    try {
      const d = await request(SetBootMode, { input: { id: s.id, bootMode: target } });
      props.onChanged(d.setBootMode);
      setResult(t('boot.changed', { mode: d.setBootMode.bootMode ?? target }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    setBusy(true);
    setError(null);
    setSteps([]);
    setResult(null);
    stop.current?.();
    stop.current = subscribe(
      SyncEvents,
      { platformId: s.platform.id },
      (d) => {
        const ev = d.syncEvents;
        const text =
          ev.kind === 'PROGRESS'
            ? ev.message ?? ''
            : ev.kind === 'STARTED'
              ? t('boot.stepStarted')
              : ev.kind === 'FINISHED'
                ? t('boot.stepFinished')
                : ev.kind === 'FAILED'
                  ? t('boot.stepFailed', { message: ev.message ?? ev.run.error ?? '' })
                  : ev.kind === 'SOURCE_ADDED'
                    ? t('boot.stepAdded', { name: ev.source?.name ?? '' })
                    : '';
        if (text) setSteps((list) => [...list, { at: ev.at, kind: ev.kind, text }]);
      },
      () => {},
    );
    try {
      await whenSubscribed();
      const d = await request(CopyWithBootMode, {
        input: { id: s.id, bootMode: target, videoModel: video || null, name: name.trim() },
      });
      setResult(t('boot.copied', { name: d.copyWithBootMode.name, mode: d.copyWithBootMode.bootMode ?? target }));
      props.onCopied();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('boot.title', { name: s.name })} onClose={props.onClose} wide>
      <p>{t('boot.current', { mode: s.bootMode ?? t('boot.unknown') })}</p>
      <label className="field">
        <span>{t('boot.target')}</span>
        <select value={target} onChange={(e) => setTarget(e.target.value as BootMode)} data-autofocus>
          <option value="BIOS">BIOS</option>
          <option value="UEFI">UEFI</option>
        </select>
      </label>
      {editable ? (
        <div className="actions">
          <button type="button" className="primary" disabled={busy || target === s.bootMode} onClick={() => void change()}>
            {t('boot.change')}
          </button>
        </div>
      ) : (
        <>
          <div className="notice warn" role="note" data-testid="boot-not-editable">
            <p>{t(props.video ? 'error.VIDEO_MODEL_NOT_EDITABLE' : 'error.BOOT_MODE_NOT_EDITABLE')}</p>
            <p>{caps.bootModeCopy ? t('boot.workaround', { platform: s.platform.name }) : t('boot.noCopy')}</p>
          </div>
          {caps.bootModeCopy && (
            <>
              <label className="field">
                <span>{t('boot.copyVideo')}</span>
                <select value={video} onChange={(e) => setVideo(e.target.value as VideoModel | '')}>
                  <option value="">
                    {t('boot.keepVideo')} ({s.videoModel ? s.videoModel.toLowerCase() : '?'})
                  </option>
                  <option value="VIRTIO">virtio</option>
                  <option value="QXL">qxl</option>
                  <option value="VGA">vga</option>
                  <option value="CIRRUS">cirrus</option>
                </select>
              </label>
              <label className="field">
                <span>{t('boot.copyName')}</span>
                <input value={name} onChange={(e) => setName(e.target.value)} />
              </label>
              <div className="actions">
                <button type="button" className="primary" disabled={busy || unchanged || !name.trim()} onClick={() => void copy()}>
                  {t('boot.copy', { mode: target })}
                </button>
              </div>
            </>
          )}
        </>
      )}
      {steps.length > 0 && (
        <ol className="steps" aria-live="polite" aria-label={t('boot.progress')} data-testid="copy-steps">
          {steps.map((st, i) => (
            <li key={i} data-kind={st.kind}>
              <time dateTime={st.at}>{time(st.at)}</time> {st.text}
            </li>
          ))}
        </ol>
      )}
      {busy && <p aria-live="polite">{t('common.working')}</p>}
      <ErrorText error={error} />
      {result && (
        <p className="notice" role="status" data-testid="boot-result">
          {result}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
