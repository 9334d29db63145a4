/** The colour of a log level's bars and badge; the level is always written beside it too. */
export function levelColor(level: string): string {
  if (/^(error|err|critical|fatal)$/i.test(level)) return 'var(--status-critical)';
  if (/^warn(ing)?$/i.test(level)) return 'var(--status-warning)';
  if (/^info$/i.test(level)) return 'var(--series-1)';
  return 'var(--status-unknown)';
}

/** The badge class of a level, so errors and warnings stand out in the list of lines. */
export function levelClass(level: string | undefined): string {
  if (!level) return 'status status--unknown';
  if (/^(error|err|critical|fatal)$/i.test(level)) return 'status status--critical';
  if (/^warn(ing)?$/i.test(level)) return 'status status--warning';
  return 'status status--unknown';
}
