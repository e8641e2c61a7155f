import { useT } from '../../i18n';
import { PlacementFields, placementForm, placementInput, type PlacementForm } from './PlacementFields';

import type { PlacementInput, ProjectTenantInput } from '../../gql/graphql';

export interface Mapping {
  project: string;
  tenant: string;
  /** The tenant's own placement of new VMs, over the platform's. */
  placement: PlacementForm;
}

/** The form's rows for a platform's mapping as the API gives it. */
export function mappingRows(list: { project: string; tenant: string; placement?: PlacementInput | null }[] | null | undefined): Mapping[] {
  return (list ?? []).map((m) => ({ project: m.project, tenant: m.tenant, placement: placementForm(m.placement) }));
}

/** The mapping to send; throws `PlacementNumberError` on a bad number. */
export function mappingInput(rows: Mapping[]): ProjectTenantInput[] {
  return rows
    .map((m) => ({ project: m.project.trim(), tenant: m.tenant.trim(), placement: placementInput(m.placement) }))
    .filter((m) => m.project || m.tenant);
}

/** Platform project → tenant slug (R3), one row each, with the tenant's placement of new VMs. */
export function MappingEditor({ value, onChange }: { value: Mapping[]; onChange: (m: Mapping[]) => void }) {
  const t = useT();
  const set = (i: number, m: Partial<Mapping>) => onChange(value.map((x, j) => (j === i ? { ...x, ...m } : x)));
  return (
    <fieldset className="mapping">
      <legend>{t('platform.mapping')}</legend>
      {value.length === 0 && <p className="muted small">{t('platform.noMapping')}</p>}
      {value.map((m, i) => (
        <div className="mapping-row" key={i} data-project={m.project}>
          <div className="mapping-line">
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
          <details open={Object.values(m.placement).some((v) => v !== '')}>
            <summary>{t('platform.tenantPlacement', { tenant: m.tenant || m.project || String(i + 1) })}</summary>
            <PlacementFields
              legend={t('platform.tenantPlacement', { tenant: m.tenant || m.project || String(i + 1) })}
              legendHidden
              hint={t('platform.tenantPlacementHint')}
              value={m.placement}
              onChange={(placement) => set(i, { placement })}
            />
          </details>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...value, { project: '', tenant: '', placement: placementForm(null) }])}>
        {t('platform.addMapping')}
      </button>
    </fieldset>
  );
}
