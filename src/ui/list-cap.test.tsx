import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ListCap } from './list-cap';

describe('ListCap', () => {
  it('says how many a capped list left out and links to all of them', () => {
    render(
      <MemoryRouter>
        <ListCap
          shown={10}
          total={1483}
          noun="models"
          to="/models?health=critical"
          linkText="See all 1,483"
        />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Showing 10 of 1,483 models \(1,473 left out\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all 1,483' })).toHaveAttribute(
      'href',
      '/models?health=critical',
    );
  });

  it('says nothing when the list is whole', () => {
    const { container } = render(
      <MemoryRouter>
        <ListCap shown={3} total={3} noun="models" to="/models" linkText="All" />
      </MemoryRouter>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
