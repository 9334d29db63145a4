import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

const SHORTCUTS = [
  ['/', 'Search: the page’s own search, or find a model'],
  ['?', 'Show these shortcuts'],
  ['Esc', 'Close a dialog'],
] as const;

/** The list of shortcuts; loaded the first time someone presses `?`. */
export default function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): ReactNode {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="muted">
            Everything else is reachable with Tab and Enter.
          </Dialog.Description>
          <table className="table">
            <tbody>
              {SHORTCUTS.map(([key, what]) => (
                <tr key={key}>
                  <th scope="row">
                    <kbd>{key}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Dialog.Close className="button">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
