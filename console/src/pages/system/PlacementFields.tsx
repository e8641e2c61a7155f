// Where a platform places new desktop VMs: the platform's own placement, and a tenant's over it.
import type { PlacementInput } from '../../gql/graphql';
import type { Key } from '../../i18n/en';
import { useT } from '../../i18n';

const TEXT_FIELDS = ['zone', 'cluster', 'host', 'instanceOffering', 'network', 'storagePolicy'] as const;
const NUMBER_FIELDS = ['cpuCores', 'memoryMib'] as const;
const FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS];

/** A placement as the form holds it: every field a string, empty when unset. */
export type PlacementForm = Record<(typeof FIELDS)[number], string>;

type PlacementValue = { [K in (typeof FIELDS)[number]]?: string | number | null } | null | undefined;

export function placementForm(p: PlacementValue): PlacementForm {
  const out = {} as PlacementForm;
  for (const f of FIELDS) out[f] = p?.[f] != null ? String(p[f]) : '';
  return out;
}

/** Thrown by [`placementInput`] on a number that is not a whole number above zero. */
export class PlacementNumberError extends Error {}

/** The placement to send, or null when every field is empty. */
export function placementInput(form: PlacementForm): PlacementInput | null {
  const out: PlacementInput = {};
  let any = false;
  for (const f of TEXT_FIELDS) {
    if (form[f].trim()) {
      out[f] = form[f].trim();
      any = true;
    }
  }
  for (const f of NUMBER_FIELDS) {
    if (form[f].trim()) {
      const n = Number(form[f]);
      if (!Number.isInteger(n) || n <= 0) throw new PlacementNumberError(f);
      out[f] = n;
      any = true;
    }
  }
  return any ? out : null;
}

/** The placement's fields, under `legend` (for screen readers only with `legendHidden`, where a
 * heading right above already says it). */
export function PlacementFields(props: {
  legend: string;
  legendHidden?: boolean;
  hint?: string;
  value: PlacementForm;
  onChange: (v: PlacementForm) => void;
}) {
  const t = useT();
  return (
    <fieldset className="placement">
      <legend className={props.legendHidden ? 'sr-only' : undefined}>{props.legend}</legend>
      {props.hint && <p className="muted small">{props.hint}</p>}
      <div className="placement-grid">
        {FIELDS.map((f) => (
          <label className="field" key={f}>
            <span>{t(`placement.${f}` as Key)}</span>
            <input
              value={props.value[f]}
              inputMode={(NUMBER_FIELDS as readonly string[]).includes(f) ? 'numeric' : undefined}
              onChange={(e) => props.onChange({ ...props.value, [f]: e.target.value })}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
