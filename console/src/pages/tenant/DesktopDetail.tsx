import { useMemo } from 'react';
import { DesktopNode } from '../../api/ops';
import { Link } from '../../app/router';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';
import { useLiveDesktops } from '../../ui/live';
import { OS_LABEL, OsIcon, osKey } from '../../ui/OsIcon';
import { osText } from '../my/DesktopCard';
import type { Viewer } from '../../api/session';
import { CredentialsCell, desktopsPath } from './Desktops';

/** One desktop by ID: "not found" when it is outside the viewer's scope (R16). */
export function DesktopDetail({ id, viewer }: { id: string; viewer: Viewer }) {
  const { t, when } = useI18n();
  const q = useQuery(DesktopNode, { id });
  const node = q.data?.node;
  const loaded = useMemo(
    () => (node && node.__typename === 'Desktop' ? [node as DesktopFieldsFragment] : q.data ? [] : undefined),
    [node, q.data],
  );
  const [items] = useLiveDesktops(loaded, q.reload, false, id);
  const d = items[0];
  const key = d ? osKey(d.osInfo.osType, d.osInfo.osDistro) : 'unknown';
  return (
    <section>
      <p>
        <Link to={desktopsPath(viewer)}>← {t('nav.desktops')}</Link>
      </p>
      <ErrorText error={q.error} />
      {q.data && !d && (
        <>
          <h1>{t('common.notFoundTitle')}</h1>
          <p data-testid="not-found">{t('common.objectNotFound')}</p>
        </>
      )}
      {d && (
        <>
          <h1>
            <OsIcon os={key} size={28} label={OS_LABEL[key]} /> {d.name}
          </h1>
          <dl className="facts wide">
            <dt>{t('col.os')}</dt>
            <dd>
              {osText(d.osInfo) || '—'} ({d.osInfo.source === 'AGENT' ? t('desktop.fromAgent') : d.osInfo.source === 'PRESET' ? t('desktop.preset') : t('desktop.osUnknown')})
            </dd>
            <dt>{t('desktops.source')}</dt>
            <dd>{d.source.name}</dd>
            <dt>{t('desktop.platform')}</dt>
            <dd>{d.platform.name}</dd>
            <dt>{t('desktops.owner')}</dt>
            <dd>{d.owner?.username ?? '—'}</dd>
            <dt>{t('col.bootMode')}</dt>
            <dd>{d.bootMode}</dd>
            <dt>{t('desktop.loginMode')}</dt>
            <dd>{d.loginMode === 'AD_DOMAIN' ? t('desktop.adMode', { domain: d.adDomain ?? '' }) : t('desktop.localMode')}</dd>
            <dt>{t('desktops.credentials')}</dt>
            <dd>
              <CredentialsCell d={d} />
            </dd>
            <dt>{t('desktop.agent')}</dt>
            <dd>
              {d.agent.connected ? t('desktop.agentConnected') : d.agent.lastReportAt ? t('desktop.agentLast', { at: when(d.agent.lastReportAt) }) : t('desktop.agentNever')}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}
