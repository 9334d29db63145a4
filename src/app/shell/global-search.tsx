import { useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { MODELS_PATH, withRange } from '../../lib/paths';

/** Find any model from anywhere: opens the fleet filtered by the words typed. */
export function GlobalSearch(): ReactNode {
  const [text, setText] = useState('');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <form
      role="search"
      className="global-search"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        void navigate(withRange(q ? `${MODELS_PATH}?q=${encodeURIComponent(q)}` : MODELS_PATH, params));
      }}
    >
      <label className="visually-hidden" htmlFor="global-search">
        Find a model
      </label>
      <input
        id="global-search"
        data-global-search
        className="input"
        type="search"
        placeholder="Find a model  ( / )"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </form>
  );
}
