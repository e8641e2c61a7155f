import { useMemo } from 'react';
import { DesktopNode } from '../../api/ops';
import type { DesktopFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Link } from '../../app/router';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';
import { useLiveDesktops } from '../../ui/live';
import { DesktopCard } from './DesktopCard';

/** One desktop by ID: "not found" when it does not exist or is not the viewer's (R16). */
export function MyDesktop({ id }: { id: string }) {
  const t = useT();
  const q = useQuery(DesktopNode, { id });
  const node = q.data?.node;
  const loaded = useMemo(
    () => (node && node.__typename === 'Desktop' ? [node as DesktopFieldsFragment] : q.data ? [] : undefined),
    [node, q.data],
  );
  const [items] = useLiveDesktops(loaded, q.reload, false, id);
  return (
    <section>
      <p>
        <Link to="/my/desktops">← {t('nav.myDesktops')}</Link>
      </p>
      <ErrorText error={q.error} />
      {q.data && items.length === 0 && (
        <>
          <h1>{t('common.notFoundTitle')}</h1>
          <p data-testid="not-found">{t('common.objectNotFound')}</p>
        </>
      )}
      {items[0] && (
        <>
          <h1>{items[0].name}</h1>
          <div className="cards">
            <DesktopCard d={items[0]} linked={false} />
          </div>
        </>
      )}
    </section>
  );
}
