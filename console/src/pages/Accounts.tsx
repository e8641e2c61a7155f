// Tenants and users: a system admin sees every tenant and user, a tenant admin its tenant's users.
import { useState, type FormEvent } from 'react';
import { CreateTenant, CreateUser, SetUserDisabled, Tenants, Users } from '../api/ops';
import type { Viewer } from '../api/session';
import type { Role } from '../gql/graphql';
import { useT } from '../i18n';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/errors';
import { useMutation, useQuery } from '../ui/hooks';
import { Pager, usePaging } from '../ui/Pager';

export function Accounts({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const system = viewer.role === 'SYSTEM_ADMIN';
  const tenants = useQuery(Tenants, { first: 100 }, !system);
  const [tenantId, setTenantId] = useState('');
  const paging = usePaging();
  const users = useQuery(Users, { first: 50, after: paging.after, tenantId: tenantId || null });
  const [newTenant, setNewTenant] = useState(false);
  const [newUser, setNewUser] = useState(false);
  const disable = useMutation(SetUserDisabled);
  const tenantList = tenants.data?.tenants.edges.map((e) => e.node) ?? [];
  return (
    <section>
      <h1>{system ? t('nav.tenants') : t('nav.users')}</h1>
      {system && (
        <>
          <div className="page-head">
            <h2>{t('accounts.tenants')}</h2>
            <button type="button" onClick={() => setNewTenant(true)}>
              {t('accounts.newTenant')}
            </button>
          </div>
          <ErrorText error={tenants.error} />
          <table className="grid">
            <caption className="sr-only">{t('accounts.tenants')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.slug')}</th>
                <th scope="col">{t('col.name')}</th>
              </tr>
            </thead>
            <tbody>
              {tenantList.map((tn) => (
                <tr key={tn.id}>
                  <th scope="row">{tn.slug}</th>
                  <td>{tn.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <div className="page-head">
        <h2>{t('accounts.users')}</h2>
        {system && (
          <label className="field inline">
            <span>{t('accounts.tenant')}</span>
            <select
              value={tenantId}
              onChange={(e) => {
                setTenantId(e.target.value);
                paging.reset();
              }}
            >
              <option value="">{t('filter.any')}</option>
              {tenantList.map((tn) => (
                <option key={tn.id} value={tn.id}>
                  {tn.slug}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => setNewUser(true)}>
          {t('accounts.newUser')}
        </button>
      </div>
      <ErrorText error={users.error || disable.error} />
      <table className="grid">
        <caption className="sr-only">{t('accounts.users')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('login.username')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.tenant')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {(users.data?.users.edges ?? []).map(({ node: u }) => (
            <tr key={u.id}>
              <th scope="row">{u.username}</th>
              <td>{t(`role.${u.role}`)}</td>
              <td>{u.tenant?.slug ?? '—'}</td>
              <td>{u.disabled ? <span className="badge bad">{t('accounts.disabled')}</span> : <span className="badge ok">{t('accounts.enabled')}</span>}</td>
              <td>
                {u.id !== viewer.id && (
                  <button
                    type="button"
                    onClick={async () => {
                      if (await disable.run({ id: u.id, disabled: !u.disabled })) users.reload();
                    }}
                    aria-label={t(u.disabled ? 'accounts.enableOf' : 'accounts.disableOf', { name: u.username })}
                  >
                    {u.disabled ? t('accounts.enable') : t('accounts.disable')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        page={paging.page}
        total={users.data?.users.totalCount}
        pageInfo={users.data?.users.pageInfo}
        onNext={paging.next}
        onPrev={paging.prev}
      />
      {newTenant && (
        <TenantDialog
          onClose={() => setNewTenant(false)}
          onSaved={() => {
            setNewTenant(false);
            tenants.reload();
          }}
        />
      )}
      {newUser && (
        <UserDialog
          system={system}
          tenants={tenantList}
          onClose={() => setNewUser(false)}
          onSaved={() => {
            setNewUser(false);
            users.reload();
          }}
        />
      )}
    </section>
  );
}

function TenantDialog(props: { onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [slug, setSlug] = useState('');
  const [name, setName] = useState('');
  const m = useMutation(CreateTenant);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await m.run({ input: { slug: slug.trim(), name: name.trim() } })) props.onSaved();
  };
  return (
    <Dialog title={t('accounts.newTenant')} onClose={props.onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('accounts.slug')}</span>
          <input value={slug} onChange={(e) => setSlug(e.target.value)} required data-autofocus />
        </label>
        <label className="field">
          <span>{t('col.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <ErrorText error={m.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={m.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function UserDialog(props: { system: boolean; tenants: { id: string; slug: string }[]; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const [tenantId, setTenantId] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(props.system ? 'SYSTEM_ADMIN' : 'TENANT_USER');
  const m = useMutation(CreateUser);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { tenantId: props.system ? tenantId || null : null, username: username.trim(), password, role };
    if (await m.run({ input })) props.onSaved();
  };
  const roles: Role[] = props.system ? (tenantId ? ['TENANT_ADMIN', 'TENANT_USER'] : ['SYSTEM_ADMIN']) : ['TENANT_ADMIN', 'TENANT_USER'];
  return (
    <Dialog title={t('accounts.newUser')} onClose={props.onClose}>
      <form onSubmit={submit}>
        {props.system && (
          <label className="field">
            <span>{t('accounts.tenant')}</span>
            <select
              value={tenantId}
              onChange={(e) => {
                setTenantId(e.target.value);
                setRole(e.target.value ? 'TENANT_USER' : 'SYSTEM_ADMIN');
              }}
              data-autofocus
            >
              <option value="">{t('accounts.systemNamespace')}</option>
              {props.tenants.map((tn) => (
                <option key={tn.id} value={tn.id}>
                  {tn.slug}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span>{t('login.username')}</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />
        </label>
        <label className="field">
          <span>{t('accounts.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <ErrorText error={m.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
