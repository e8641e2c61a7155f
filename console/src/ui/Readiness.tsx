import { useT } from '../i18n';
import type { Key } from '../i18n/en';

const KNOWN = ['VIDEO_MODEL_NOT_VIRTIO', 'BOOT_MODE_UNKNOWN', 'REMOVED_FROM_PLATFORM', 'STATUS_NOT_ACTIVE', 'UEFI_NOT_SUPPORTED'];

/** "Ready", or one badge per problem saying why not (the server's explanation below it). */
export function ReadinessBadges({ readiness }: { readiness: { ready: boolean; problems: { code: string; message: string }[] } }) {
  const t = useT();
  if (readiness.ready) {
    return (
      <span className="badge ok" data-ready="true">
        {t('ready.yes')}
      </span>
    );
  }
  return (
    <span className="readiness" data-ready="false">
      {readiness.problems.map((p) => (
        <span key={p.code} className="badge warn" data-problem={p.code} title={p.message}>
          {KNOWN.includes(p.code) ? t(`ready.${p.code}` as Key) : p.code}
          <span className="sr-only">: {p.message}</span>
        </span>
      ))}
    </span>
  );
}
