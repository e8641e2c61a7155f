import { useT } from '../../i18n';

import type { PlacementInput } from '../../gql/graphql';

export interface Mapping {
  project: string;
  tenant: string;
  /** The tenant's own placement of new VMs: kept as it is (set through the API). */
  placement?: PlacementInput | null;
}

/** Platform project → tenant slug (R3), one row each. */
export function MappingEditor({ value, onChange }: { value: Mapping[]; onChange: (m: Mapping[]) => void }) {
  const t = useT();
  const set = (i: number, m: Partial<Mapping>) => onChange(value.map((x, j) => (j === i ? { ...x, ...m } : x)));
  return (
    <fieldset className="mapping">
      <legend>{t('platform.mapping')}</legend>
      {value.length === 0 && <p className="muted small">{t('platform.noMapping')}</p>}
      {value.map((m, i) => (
        <div className="mapping-row" key={i}>
          <label className="field inline">
            <span>{t('platform.project')}</span>
            <input value={m.project} onChange={(e) => set(i, { project: e.target.value })} />
          </label>
          <span aria-hidden="true">→</span>
          <label className="field inline">
            <span>{t('platform.tenantSlug')}</span>
            <input value={m.tenant} onChange={(e) => set(i, { tenant: e.target.value })} />
          </label>
          <button
            type="button"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
            aria-label={t('platform.removeMapping', { project: m.project || String(i + 1) })}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { project: '', tenant: '' }])}>
        {t('platform.addMapping')}
      </button>
    </fieldset>
  );
}
