// The connection details of one's own desktop: asked of the server each time the dialog opens
// (every request is audited) and forgotten when it closes; the password shows only here.
import { useState } from 'react';
import { ConnectionInfo } from '../../api/ops';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';

export function ConnectionDialog({ desktop, onClose }: { desktop: DesktopFieldsFragment; onClose: () => void }) {
  const t = useT();
  const q = useQuery(ConnectionInfo, { desktopId: desktop.id });
  const [shown, setShown] = useState(false);
  const c = q.data?.connectionInfo;
  return (
    <Dialog title={t('connection.title', { name: desktop.name })} onClose={onClose}>
      {q.loading && !c && <p aria-live="polite">{t('common.loading')}</p>}
      <ErrorText error={q.error} />
      {c && (
        <dl className="facts connection" data-testid="connection">
          <dt>{t('desktop.loginMode')}</dt>
          <dd>{c.loginMode === 'AD_DOMAIN' ? t('desktop.adMode', { domain: c.adDomain ?? '' }) : t('desktop.localMode')}</dd>
          <dt>{t('connection.autoLogin')}</dt>
          <dd>{c.autoLogin ? t('common.yes') : t('common.no')}</dd>
          {c.loginMode === 'AD_DOMAIN' ? (
            <>
              <dt>{t('connection.domain')}</dt>
              <dd data-testid="ad-domain">{c.adDomain}</dd>
              <dt>{t('login.password')}</dt>
              <dd data-testid="no-password">{t('connection.adPassword')}</dd>
            </>
          ) : (
            <>
              <dt>{t('login.username')}</dt>
              <dd data-testid="conn-username">{c.username ?? t('connection.none')}</dd>
              <dt>{t('login.password')}</dt>
              <dd>
                {c.password == null ? (
                  <span data-testid="no-password">{t('connection.none')}</span>
                ) : shown ? (
                  <code data-testid="conn-password">{c.password}</code>
                ) : (
                  <span>••••••••</span>
                )}{' '}
                {c.password != null && (
                  <button type="button" className="link-button" aria-pressed={shown} onClick={() => setShown((s) => !s)}>
                    {shown ? t('connection.hide') : t('connection.show')}
                  </button>
                )}
              </dd>
            </>
          )}
        </dl>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
