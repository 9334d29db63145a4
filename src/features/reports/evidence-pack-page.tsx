import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/page-title';

export function EvidencePackPage(): ReactNode {
  return <PageTitle title="Evidence pack" />;
}
