import { useEffect, useState } from 'react';
import { DesktopEvents } from '../api/ops';
import { subscribe } from '../api/ws';
import type { DesktopFieldsFragment } from '../gql/graphql';

/**
 * The desktops of a loaded page, kept current by `desktopEvents`: changed ones replaced, deleted
 * ones dropped, new ones added (when `addNew`); RESYNC or a reconnect re-reads through `reload`.
 */
export function useLiveDesktops(
  loaded: DesktopFieldsFragment[] | undefined,
  reload: () => void,
  addNew: boolean,
  desktopId: string | null = null,
): [DesktopFieldsFragment[], number] {
  const [items, setItems] = useState<DesktopFieldsFragment[]>([]);
  const [events, setEvents] = useState(0);
  useEffect(() => {
    if (loaded) setItems(loaded);
  }, [loaded]);
  useEffect(
    () =>
      subscribe(
        DesktopEvents,
        { desktopId },
        (d) => {
          const ev = d.desktopEvents;
          setEvents((n) => n + 1);
          if (ev.kind === 'RESYNC') {
            reload();
            return;
          }
          const desktop = ev.desktop;
          setItems((list) => {
            if (ev.kind === 'DELETED' || !desktop) return list.filter((x) => x.id !== ev.desktopId);
            const at = list.findIndex((x) => x.id === desktop.id);
            if (at < 0) return addNew ? [...list, desktop].sort((a, b) => a.name.localeCompare(b.name)) : list;
            const next = list.slice();
            next[at] = desktop;
            return next;
          });
        },
        reload,
      ),
    [reload, addNew, desktopId],
  );
  return [items, events];
}
