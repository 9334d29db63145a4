import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';

/**
 * The header's settings (role, time range, theme). On a wide screen they sit
 * in the header as they are; on a phone they fold behind one disclosure
 * button, so the page's own content starts near the top of the screen.
 * The stylesheet decides which: the button only shows on narrow screens.
 */
export function HeaderMenu({ children }: { children: ReactNode }): ReactNode {
  const { pathname } = useLocation();
  // Open on the page it was opened on: a new page (a role picked, a link followed) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean): void => setOpenOn(next ? pathname : null);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div ref={root} className="header-menu">
      <button
        ref={button}
        type="button"
        className="button header-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <div
        id={panelId}
        className={open ? 'header-menu__panel header-menu__panel--open' : 'header-menu__panel'}
      >
        {children}
      </div>
    </div>
  );
}
