// One platform's own page (View Path Two): its images or templates, system and custom, removed
// ones included; its project → tenant mapping; its recent syncs.
import { useEffect, useState } from 'react';
import { request } from '../../api/client';
import { PlatformSources, UpdatePlatform } from '../../api/ops';
import { Link } from '../../app/router';
import type { SourceFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ErrorText } from '../../ui/errors';
import { useQuery } from '../../ui/hooks';
import { Pager, usePaging } from '../../ui/Pager';
import { SourceTable } from '../SourceTable';
import { Capabilities, LastSync } from './bits';
import { MappingEditor, mappingInput, mappingRows, type Mapping } from './MappingEditor';
import { SyncPanel } from './SyncPanel';

type Conn = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: SourceFieldsFragment }[] };

export function PlatformDetail({ id }: { id: string }) {
  const t = useT();
  const paging = usePaging();
  const [images, setImages] = useState(true);
  const q = useQuery(PlatformSources, { id, first: 50, after: paging.after, images });
  const node = q.data?.node;
  const p = node && 'kind' in node ? node : null;
  useEffect(() => {
    if (p && (p.capabilities.resourceModel === 'IMAGES') !== images) setImages(!images);
  }, [p, images]);
  const conn = (p ? ((images ? p.images : p.templates) as Conn | undefined) : undefined) ?? undefined;
  const [rows, setRows] = useState<SourceFieldsFragment[]>([]);
  useEffect(() => setRows(conn?.edges.map((e) => e.node) ?? []), [conn]);
  const [mapping, setMapping] = useState<Mapping[] | null>(null);
  const [mapError, setMapError] = useState<unknown>(null);
  const [mapSaved, setMapSaved] = useState(false);
  if (q.data && !p) {
    return (
      <section>
        <p>
          <Link to="/system/platforms">← {t('nav.platforms')}</Link>
        </p>
        <h1>{t('common.notFoundTitle')}</h1>
        <p data-testid="not-found">{t('common.objectNotFound')}</p>
      </section>
    );
  }
  const shownMapping = mapping ?? mappingRows(p?.projectTenants);
  const saveMapping = async () => {
    if (!p) return;
    setMapError(null);
    setMapSaved(false);
    let projectTenants;
    try {
      projectTenants = mappingInput(shownMapping);
    } catch {
      return setMapError(t('platform.placementNumber'));
    }
    try {
      await request(UpdatePlatform, { input: { id: p.id, projectTenants } });
      setMapSaved(true);
      setMapping(null);
      q.reload();
    } catch (e) {
      setMapError(e);
    }
  };
  return (
    <section>
      <p>
        <Link to="/system/platforms">← {t('nav.platforms')}</Link>
      </p>
      <ErrorText error={q.error} />
      {p && (
        <>
          <h1>
            {p.name} <span className="muted small">{t(`kind.${p.kind}`)}</span>
          </h1>
          <div className="panels">
            <div className="panel">
              <h2>{t('platform.capabilities')}</h2>
              <Capabilities c={p.capabilities} />
              <h2>{t('platform.lastSync')}</h2>
              <LastSync run={p.lastSync} />
            </div>
            <div className="panel">
              <h2>{t('platform.sync')}</h2>
              <SyncPanel platform={p} onDone={q.reload} />
            </div>
            <div className="panel">
              <MappingEditor value={shownMapping} onChange={setMapping} />
              <ErrorText error={mapError} />
              {mapSaved && (
                <p className="notice" role="status">
                  {t('common.saved')}
                </p>
              )}
              <button type="button" className="primary" onClick={() => void saveMapping()}>
                {t('platform.saveMapping')}
              </button>
            </div>
          </div>
          <h2>{images ? t('platform.images') : t('platform.templates')}</h2>
          <SourceTable
            caption={images ? t('platform.images') : t('platform.templates')}
            rows={rows}
            system
            onChanged={(s) => setRows((list) => list.map((r) => (r.id === s.id ? s : r)))}
            onAdded={q.reload}
          />
          <Pager page={paging.page} total={conn?.totalCount} pageInfo={conn?.pageInfo} onNext={paging.next} onPrev={paging.prev} />
        </>
      )}
    </section>
  );
}
