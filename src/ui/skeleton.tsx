import type { CSSProperties, ReactNode } from 'react';

/** A block shaped like the content it stands for, so nothing jumps when data arrives. */
export function Skeleton({
  width = '100%',
  height = 16,
  style,
}: {
  width?: number | string;
  height?: number | string;
  style?: CSSProperties;
}): ReactNode {
  return <span className="skeleton" style={{ width, height, ...style }} aria-hidden="true" />;
}

export function SkeletonLines({
  lines,
  height = 16,
  label,
}: {
  lines: number;
  height?: number;
  label: string;
}): ReactNode {
  return (
    <div className="stack" style={{ gap: 8 }} role="status" aria-label={label}>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={height} width={i === lines - 1 && lines > 1 ? '60%' : '100%'} />
      ))}
    </div>
  );
}
