import { useState, type FormEvent } from 'react';
import { AssignDesktop, ClearDesktopCredentials, DeleteDesktop, SetDesktopCredentials, Users } from '../../api/ops';
import type { Viewer } from '../../api/session';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/errors';
import { useMutation, useQuery } from '../../ui/hooks';

/** The users of a tenant: the viewer's own, or `tenantId`'s (a system admin's view of a desktop). */
export function useTenantUsers(viewer: Viewer, tenantId?: string | null) {
  return useQuery(Users, { first: 100, tenantId: tenantId ?? viewer.tenant?.id ?? null });
}

export function AssignDialog({ desktop, viewer, onClose }: { desktop: DesktopFieldsFragment; viewer: Viewer; onClose: () => void }) {
  const t = useT();
  const users = useTenantUsers(viewer, desktop.tenant?.id);
  const [owner, setOwner] = useState(desktop.owner?.id ?? '');
  const m = useMutation(AssignDesktop);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await m.run({ desktopId: desktop.id, ownerId: owner || null })) onClose();
  };
  return (
    <Dialog title={t('desktops.assignTitle', { name: desktop.name })} onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('desktops.owner')}</span>
          <select value={owner} onChange={(e) => setOwner(e.target.value)} data-autofocus>
            <option value="">{t('desktops.nobody')}</option>
            {(users.data?.users.edges ?? [])
              .filter((e) => e.node.role === 'TENANT_USER')
              .map(({ node: u }) => (
                <option key={u.id} value={u.id}>
                  {u.username}
                </option>
              ))}
          </select>
        </label>
        <ErrorText error={users.error || m.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
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

export function CredentialsDialog({ desktop, onClose }: { desktop: DesktopFieldsFragment; onClose: () => void }) {
  const t = useT();
  const [username, setUsername] = useState(desktop.credentials.customSet ? desktop.credentials.username ?? '' : '');
  const [password, setPassword] = useState('');
  const set = useMutation(SetDesktopCredentials);
  const clear = useMutation(ClearDesktopCredentials);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await set.run({ input: { desktopId: desktop.id, username: username.trim(), password } })) onClose();
  };
  return (
    <Dialog title={t('desktops.credentialsTitle', { name: desktop.name })} onClose={onClose}>
      <p className="muted">{t('desktops.credentialsIntro')}</p>
      {desktop.loginMode === 'AD_DOMAIN' && <p className="notice warn">{t('desktops.adIgnores')}</p>}
      <form onSubmit={submit}>
        <label className="field">
          <span>{t('login.username')}</span>
          <input value={username} onChange={(e) => setUsername(e.target.value)} required autoComplete="off" data-autofocus />
        </label>
        <label className="field">
          <span>
            {t('login.password')}{' '}
            <span className="badge">{desktop.credentials.customSet ? t('common.set') : t('common.notSet')}</span>
          </span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="new-password" />
        </label>
        <ErrorText error={set.error || clear.error} />
        <div className="actions">
          {desktop.credentials.customSet && (
            <button
              type="button"
              onClick={async () => {
                if (await clear.run({ desktopId: desktop.id })) onClose();
              }}
            >
              {t('desktops.clearCustom')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={set.busy}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeleteDialog({ desktop, onClose, onDeleted }: { desktop: DesktopFieldsFragment; onClose: () => void; onDeleted: () => void }) {
  const t = useT();
  const m = useMutation(DeleteDesktop);
  return (
    <Dialog title={t('desktops.deleteTitle', { name: desktop.name })} onClose={onClose}>
      <p>{t('desktops.deleteConfirm')}</p>
      <ErrorText error={m.error} />
      <div className="actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={m.busy}
          onClick={async () => {
            if (await m.run({ id: desktop.id })) {
              onDeleted();
              onClose();
            }
          }}
        >
          {t('common.delete')}
        </button>
      </div>
    </Dialog>
  );
}
