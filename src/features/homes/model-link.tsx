import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { modelPath, withRange } from '../../lib/paths';

export function ModelLink({
  name,
  tab,
  children,
}: {
  name: string;
  tab?: string;
  children?: ReactNode;
}): ReactNode {
  const [params] = useSearchParams();
  return <Link to={withRange(modelPath(name, tab), params)}>{children ?? name}</Link>;
}
