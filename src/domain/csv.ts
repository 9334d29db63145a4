/**
 * CSV as RFC 4180 describes it: fields with a comma, quote or line break are
 * quoted, quotes doubled, lines end in CRLF. A leading =, +, - or @ is
 * prefixed with a quote mark so a spreadsheet never runs a cell as a formula
 * (OWASP "CSV injection").
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(escapeField).join(',')).join('\r\n') + '\r\n';
}

function escapeField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
