import { useId, useState, type ReactNode } from 'react';
import {
  DRIFT_METHODS,
  supportsFeatureType,
  type DriftMethod,
  type FeatureType,
} from '../../../domain/drift/drift-method';
import type { MethodOverride } from '../../../domain/drift/select-method';
import { METHOD_NAMES } from '../drift-format';

const ALL_METHODS = Object.keys(DRIFT_METHODS) as DriftMethod[];

export interface MethodFieldsProps {
  type: FeatureType;
  /** What applies when the user sets nothing: "Model setting: PSI", "Default: Wasserstein (normed)". */
  fallbackLabel: string;
  /** The user's override at this scope. */
  value: MethodOverride | undefined;
  /** The threshold in force, shown as the placeholder. */
  effectiveThreshold: number;
  /** Whether the method in force is a p-value test (its threshold must stay below 1). */
  pValue: boolean;
  onChange: (patch: MethodOverride) => void;
  label: string;
}

/** A method select and a threshold field for one scope (a feature type, or one feature). */
export function MethodFields({
  type,
  fallbackLabel,
  value,
  effectiveThreshold,
  pValue,
  onChange,
  label,
}: MethodFieldsProps): ReactNode {
  const methods = ALL_METHODS.filter((m) => supportsFeatureType(m, type));
  return (
    <>
      <label className="field">
        <span>{label}: method</span>
        <select
          className="select"
          value={value?.method ?? ''}
          onChange={(event) => {
            const method = methods.find((m) => m === event.target.value);
            // A new method starts from its own default threshold.
            onChange({ method, threshold: undefined });
          }}
        >
          <option value="">{fallbackLabel}</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {METHOD_NAMES[m]}
            </option>
          ))}
        </select>
      </label>
      <ThresholdField
        key={`${value?.method ?? ''}-${value?.threshold ?? ''}`}
        label={`${label}: drifts ${pValue ? 'when p is below' : 'at or above'}`}
        value={value?.threshold}
        placeholder={effectiveThreshold}
        pValue={pValue}
        onChange={(threshold) => onChange({ threshold })}
      />
    </>
  );
}

function ThresholdField(props: {
  label: string;
  value: number | undefined;
  placeholder: number;
  pValue: boolean;
  onChange: (threshold: number | undefined) => void;
}): ReactNode {
  const [draft, setDraft] = useState(props.value === undefined ? '' : String(props.value));
  const errorId = useId();
  const parsed = Number(draft);
  const valid =
    draft.trim() === '' || (Number.isFinite(parsed) && parsed > 0 && (!props.pValue || parsed < 1));
  const apply = (): void => {
    if (!valid) return;
    const next = draft.trim() === '' ? undefined : parsed;
    if (next !== props.value) props.onChange(next);
  };
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        className="input"
        type="text"
        inputMode="decimal"
        value={draft}
        placeholder={String(props.placeholder)}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : errorId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
      {!valid && (
        <span id={errorId} className="field-error">
          {props.pValue ? 'A p-value threshold between 0 and 1, e.g. 0.05.' : 'A number above 0, e.g. 0.1.'}
        </span>
      )}
    </label>
  );
}
