import { useState } from 'react';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { Link } from '../../app/router';
import { OS_LABEL, OsIcon, osKey } from '../../ui/OsIcon';
import { ConnectionDialog } from './ConnectionDialog';

export function osText(os: { osType?: string | null; osDistro?: string | null; osVersion?: string | null }): string {
  const key = osKey(os.osType, os.osDistro);
  const parts = [key === 'unknown' ? '' : OS_LABEL[key], os.osDistro && key === 'windows' ? os.osDistro : '', os.osVersion ?? ''];
  return parts.filter(Boolean).join(' ');
}

export function DesktopCard({ d, linked = true }: { d: DesktopFieldsFragment; linked?: boolean }) {
  const { t, when } = useI18n();
  const [open, setOpen] = useState(false);
  const key = osKey(d.osInfo.osType, d.osInfo.osDistro);
  const origin = d.osInfo.source === 'AGENT' ? t('desktop.fromAgent') : d.osInfo.source === 'PRESET' ? t('desktop.preset') : t('desktop.osUnknown');
  return (
    <article className="card desktop-card" data-desktop={d.name} aria-labelledby={`d-${d.id}`}>
      <div className="card-head">
        <OsIcon os={key} label={key === 'unknown' ? t('desktop.osUnknown') : OS_LABEL[key]} />
        <div>
          <h2 id={`d-${d.id}`} className="card-title">
            {linked ? <Link to={`/my/desktops/${encodeURIComponent(d.id)}`}>{d.name}</Link> : d.name}
          </h2>
          <p className="muted os-line">
            {osText(d.osInfo) || t('desktop.osUnknown')} · <span className={`origin origin-${d.osInfo.source.toLowerCase()}`}>{origin}</span>
          </p>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('desktop.loginMode')}</dt>
        <dd>{d.loginMode === 'AD_DOMAIN' ? t('desktop.adMode', { domain: d.adDomain ?? '' }) : t('desktop.localMode')}</dd>
        <dt>{t('desktop.agent')}</dt>
        <dd>
          {d.agent.connected ? (
            <span className="badge ok">{t('desktop.agentConnected')}</span>
          ) : d.agent.lastReportAt ? (
            t('desktop.agentLast', { at: when(d.agent.lastReportAt) })
          ) : (
            t('desktop.agentNever')
          )}
        </dd>
        <dt>{t('desktop.platform')}</dt>
        <dd>{d.platform.name}</dd>
      </dl>
      {d.removedFromPlatform && <p className="badge warn">{t('desktop.removed')}</p>}
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        {t('desktop.connection')}
      </button>
      {open && <ConnectionDialog desktop={d} onClose={() => setOpen(false)} />}
    </article>
  );
}
