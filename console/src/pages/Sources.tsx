// VDI Images / Templates (system console) and Custom Images / Templates (tenant console): paged,
// searchable, filterable, with readiness badges and the source actions.
import { useEffect, useLayoutEffect, useState } from 'react';
import { CustomImages, CustomTemplates, PlatformNames, VdiImages, VdiTemplates } from '../api/ops';
import type { BootMode, SourceFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n';
import type { Key } from '../i18n/en';
import { ErrorText } from '../ui/errors';
import { useQuery } from '../ui/hooks';
import { Pager, usePaging } from '../ui/Pager';
import { SourceTable } from './SourceTable';

export type SourceKind = 'vdiImages' | 'vdiTemplates' | 'customImages' | 'customTemplates';
const DOCS = { vdiImages: VdiImages, vdiTemplates: VdiTemplates, customImages: CustomImages, customTemplates: CustomTemplates };
const DOC_NAMES: Record<SourceKind, string> = {
  vdiImages: 'VdiImages',
  vdiTemplates: 'VdiTemplates',
  customImages: 'CustomImages',
  customTemplates: 'CustomTemplates',
};
const TITLES: Record<SourceKind, Key> = {
  vdiImages: 'nav.systemImages',
  vdiTemplates: 'nav.systemTemplates',
  customImages: 'nav.customImages',
  customTemplates: 'nav.customTemplates',
};
export const PAGE_SIZE = 50;

function useDebounced<V>(value: V, ms: number): V {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

export function Sources({ kind }: { kind: SourceKind }) {
  const t = useT();
  const paging = usePaging();
  const [search, setSearch] = useState('');
  const [platformId, setPlatformId] = useState('');
  const [ready, setReady] = useState('');
  const [osType, setOsType] = useState('');
  const [bootMode, setBootMode] = useState<'' | BootMode>('');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const nameContains = useDebounced(search.trim(), 250);
  const { reset } = paging;
  useEffect(reset, [kind, nameContains, platformId, ready, osType, bootMode, includeRemoved, reset]);
  const platforms = useQuery(PlatformNames, {});
  const filter = {
    nameContains: nameContains || null,
    platformId: platformId || null,
    ready: ready === '' ? null : ready === 'true',
    osType: osType || null,
    bootMode: bootMode || null,
    includeRemoved,
  };
  const q = useQuery(DOCS[kind] as typeof VdiImages, { first: PAGE_SIZE, after: paging.after, filter });
  const conn = q.data ? (q.data as unknown as Record<SourceKind, { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: { node: SourceFieldsFragment }[] }>)[kind] : undefined;
  const [rows, setRows] = useState<SourceFieldsFragment[]>([]);
  useEffect(() => {
    if (conn) setRows(conn.edges.map((e) => e.node));
  }, [conn]);
  // The render benchmark (BENCHMARKS.md): from the page's data arriving to its rows committed,
  // and to the next frame painted.
  useLayoutEffect(() => {
    const mark = `xspace:data:${DOC_NAMES[kind]}`;
    if (!rows.length || performance.getEntriesByName(mark).length === 0) return;
    performance.measure('xspace:rows-render', mark);
    requestAnimationFrame(() => setTimeout(() => performance.measure('xspace:rows-painted', mark), 0));
  }, [rows, kind]);
  const isTemplates = kind === 'vdiTemplates' || kind === 'customTemplates';
  const platformOptions = (platforms.data?.cloudPlatforms ?? []).filter(
    (p) => p.capabilities.resourceModel === (isTemplates ? 'TEMPLATES' : 'IMAGES'),
  );
  return (
    <section>
      <h1>{t(TITLES[kind])}</h1>
      <p className="muted">{t(kind.startsWith('vdi') ? 'sources.introSystem' : 'sources.introCustom')}</p>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="field inline">
          <span>{t('filter.search')}</span>
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <label className="field inline">
          <span>{t('filter.platform')}</span>
          <select value={platformId} onChange={(e) => setPlatformId(e.target.value)}>
            <option value="">{t('filter.any')}</option>
            {platformOptions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field inline">
          <span>{t('filter.readiness')}</span>
          <select value={ready} onChange={(e) => setReady(e.target.value)}>
            <option value="">{t('filter.any')}</option>
            <option value="true">{t('ready.yes')}</option>
            <option value="false">{t('ready.no')}</option>
          </select>
        </label>
        <label className="field inline">
          <span>{t('filter.bootMode')}</span>
          <select value={bootMode} onChange={(e) => setBootMode(e.target.value as '' | BootMode)}>
            <option value="">{t('filter.any')}</option>
            <option value="BIOS">BIOS</option>
            <option value="UEFI">UEFI</option>
          </select>
        </label>
        <label className="field inline">
          <span>{t('filter.os')}</span>
          <select value={osType} onChange={(e) => setOsType(e.target.value)}>
            <option value="">{t('filter.any')}</option>
            <option value="windows">Windows</option>
            <option value="linux">Linux</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={includeRemoved} onChange={(e) => setIncludeRemoved(e.target.checked)} />
          <span>{t('filter.includeRemoved')}</span>
        </label>
      </form>
      <ErrorText error={q.error || platforms.error} />
      {q.loading && <p className="muted" aria-live="polite">{t('common.loading')}</p>}
      <SourceTable
        caption={t(TITLES[kind])}
        rows={rows}
        system={kind.startsWith('vdi')}
        onChanged={(s) => setRows((list) => list.map((r) => (r.id === s.id ? s : r)))}
        onAdded={() => q.reload()}
      />
      <Pager page={paging.page} total={conn?.totalCount} pageInfo={conn?.pageInfo} onNext={paging.next} onPrev={paging.prev} />
    </section>
  );
}
