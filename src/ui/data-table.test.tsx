import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable } from './data-table';

const ROWS = [
  { id: 'prod', environment: 'Production', replicas: 12 },
  { id: 'canary', environment: 'Canary', replicas: 2 },
];

describe('DataTable', () => {
  it('names each row by its row-header cell and right-aligns numbers, with a hidden actions header', () => {
    render(
      <DataTable
        label="Deployments"
        columns={[
          { header: 'Environment', rowHeader: true, cell: (r) => r.environment },
          { header: 'Replicas', numeric: true, cell: (r) => r.replicas },
          {
            header: 'Actions',
            headerHidden: true,
            cell: (r) => <button type="button">Roll back {r.id}</button>,
          },
        ]}
        rows={ROWS}
        rowKey={(r) => r.id}
      />,
    );
    const table = screen.getByRole('table', { name: 'Deployments' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Environment', 'Replicas', 'Actions']);
    expect(within(table).getByText('Actions')).toHaveClass('visually-hidden');
    const canary = within(table).getByRole('rowheader', { name: 'Canary' }).closest('tr')!;
    expect(within(canary).getByRole('cell', { name: '2' })).toHaveClass('num');
    expect(within(canary).getByRole('button', { name: 'Roll back canary' })).toBeInTheDocument();
  });
});
