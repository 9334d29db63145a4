import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/page-title';

export function ReportPage(): ReactNode {
  return <PageTitle title="Report" />;
}
