/** One kind-specific setting on the Connections page, declared by the kind's descriptor: `path` is where it lives in `connection.options` ("labels.model"). */
export interface OptionField {
  path: string;
  label: string;
  type: 'text' | 'number' | 'select' | 'textarea' | 'connection';
  /** For selects. */
  choices?: { value: string; label: string }[];
  /** For `connection`: the kind of connection to choose among. */
  connectionKind?: string;
  placeholder?: string;
  help?: string;
}

/** Reads a dotted path out of options. */
export function readOption(options: Record<string, unknown> | undefined, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      options,
    );
}

/** Writes a dotted path, dropping empty values and empty groups so the saved options stay minimal. */
export function writeOption(
  options: Record<string, unknown> | undefined,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return options ?? {};
  const { [head]: current, ...others } = options ?? {};
  const written =
    rest.length === 0
      ? value
      : writeOption(current as Record<string, unknown> | undefined, rest.join('.'), value);
  const empty =
    written === undefined ||
    written === '' ||
    (typeof written === 'object' && written !== null && Object.keys(written).length === 0);
  return empty ? others : { ...others, [head]: written };
}
