import type { ReactNode } from 'react';
import { toCsv } from '../../domain/csv';
import { downloadText } from '../../lib/download';

/** Downloads one table of the report as CSV; hidden in print. */
export function CsvButton({
  filename,
  header,
  rows,
  label,
}: {
  filename: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  label: string;
}): ReactNode {
  return (
    <button
      type="button"
      className="button button--small no-print"
      onClick={() => downloadText(filename, toCsv([header, ...rows]))}
    >
      Download {label} as CSV
    </button>
  );
}
