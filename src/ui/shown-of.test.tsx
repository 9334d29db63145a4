import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShownOf } from './shown-of';

const link = (label: string) => <a href="/all">{label}</a>;

describe('ShownOf', () => {
  it('says how many a capped list left out, and links to all of them', () => {
    render(<ShownOf shown={12} total={1483} noun="production models" seeAll={link} />);
    expect(screen.getByText(/Showing 12 of 1,483 production models\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all 1,483' })).toHaveAttribute('href', '/all');
  });

  it('says "the first" when the source cannot count but has more', () => {
    render(<ShownOf shown={8} more noun="models" seeAll={link} />);
    expect(screen.getByText(/Showing the first 8 models\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all' })).toBeInTheDocument();
  });

  it('says nothing when the list is complete', () => {
    const { container } = render(<ShownOf shown={5} total={5} noun="models" seeAll={link} />);
    expect(container).toBeEmptyDOMElement();
    const { container: last } = render(<ShownOf shown={5} noun="models" seeAll={link} />);
    expect(last).toBeEmptyDOMElement();
  });
});
