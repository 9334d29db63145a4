import type { ReactNode } from 'react';
import type { HealthStatus } from '../domain/health';

/** Distinct shapes per status, so the icon reads without colour. */
export function StatusIcon({ status, size = 12 }: { status: HealthStatus; size?: number }): ReactNode {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 12 12',
    'aria-hidden': true,
    focusable: false,
  } as const;
  switch (status) {
    case 'healthy':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="6" fill="currentColor" />
          <path d="M3.2 6.2 5.1 8 8.8 4.2" stroke="var(--bg-raised)" strokeWidth="1.6" fill="none" />
        </svg>
      );
    case 'warning':
      return (
        <svg {...common}>
          <path d="M6 0.5 11.6 11H0.4Z" fill="currentColor" />
          <rect x="5.3" y="4" width="1.4" height="3.6" fill="var(--bg-raised)" />
          <rect x="5.3" y="8.4" width="1.4" height="1.4" fill="var(--bg-raised)" />
        </svg>
      );
    case 'critical':
      return (
        <svg {...common}>
          <path d="M3.5 0h5L12 3.5v5L8.5 12h-5L0 8.5v-5Z" fill="currentColor" />
          <path d="M4 4 8 8M8 4 4 8" stroke="var(--bg-raised)" strokeWidth="1.6" />
        </svg>
      );
    case 'unknown':
      return (
        <svg {...common}>
          <circle cx="6" cy="6" r="5.2" stroke="currentColor" strokeWidth="1.6" fill="none" />
          <rect x="3" y="5.3" width="6" height="1.4" fill="currentColor" />
        </svg>
      );
  }
}
