import { AuditLog } from '../api/ops';
import { useI18n } from '../i18n';
import { ErrorText } from '../ui/errors';
import { useQuery } from '../ui/hooks';
import { Pager, usePaging } from '../ui/Pager';

export function Audit() {
  const { t, when } = useI18n();
  const paging = usePaging();
  const q = useQuery(AuditLog, { first: 50, after: paging.after });
  const conn = q.data?.auditLog;
  return (
    <section>
      <div className="page-head">
        <h1>{t('nav.audit')}</h1>
        <button type="button" onClick={q.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <ErrorText error={q.error} />
      <div className="table-wrap">
        <table className="grid">
          <caption className="sr-only">{t('nav.audit')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.outcome')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {(conn?.edges ?? []).map(({ node: a }) => (
              <tr key={a.id}>
                <td>
                  <time dateTime={a.at}>{when(a.at)}</time>
                </td>
                <td>{a.actor ? (a.actor.tenant ? `${a.actor.username}@${a.actor.tenant.slug}` : a.actor.username) : t('audit.service')}</td>
                <th scope="row" className="mono">
                  {a.action}
                </th>
                <td className="mono small">{a.targetId ?? '—'}</td>
                <td>
                  <span className={`badge ${a.outcome === 'ok' ? 'ok' : a.outcome === 'denied' ? 'bad' : 'warn'}`}>{a.outcome}</span>
                </td>
                <td className="small">{a.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={paging.page} total={conn?.totalCount} pageInfo={conn?.pageInfo} onNext={paging.next} onPrev={paging.prev} />
    </section>
  );
}
