import { useMemo } from 'react';
import { Desktops } from '../../api/ops';
import { useT } from '../../i18n';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';
import { useLiveDesktops } from '../../ui/live';
import { DesktopCard } from './DesktopCard';

export function MyDesktops() {
  const t = useT();
  const q = useQuery(Desktops, { first: 100 });
  const loaded = useMemo(() => q.data?.desktops.edges.map((e) => e.node), [q.data]);
  const [items] = useLiveDesktops(loaded, q.reload, true);
  return (
    <section>
      <h1>{t('nav.myDesktops')}</h1>
      <ErrorText error={q.error} />
      {q.loading && !q.data && <p aria-live="polite">{t('common.loading')}</p>}
      {q.data && items.length === 0 && <p>{t('my.none')}</p>}
      <div className="cards">
        {items.map((d) => (
          <DesktopCard key={d.id} d={d} />
        ))}
      </div>
    </section>
  );
}
