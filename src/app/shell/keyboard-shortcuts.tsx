import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';

// Radix Dialog stays off the landing route until someone asks for the shortcuts.
const ShortcutsDialog = lazy(() => import('./shortcuts-dialog'));

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** `/` focuses search, `?` lists shortcuts; never while the user is typing. */
export function KeyboardShortcuts(): ReactNode {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      if (event.key === '/') {
        const search =
          document.querySelector<HTMLInputElement>('[data-primary-search]') ??
          document.querySelector<HTMLInputElement>('[data-global-search]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.select();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return open ? (
    <Suspense fallback={null}>
      <ShortcutsDialog open={open} onOpenChange={setOpen} />
    </Suspense>
  ) : null;
}
