import { useId, useState, type ReactNode } from 'react';

export interface ComboboxOption {
  id: string;
  label: string;
  /** A second line in smaller type: what tells two similar options apart. */
  detail?: string;
}

export interface ComboboxProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly ComboboxOption[];
  /** The user chose a suggestion (click, or Enter on the highlighted one). */
  onPick: (option: ComboboxOption) => void;
  /** Enter with no suggestion highlighted: act on the text itself. */
  onSubmit: (text: string) => void;
  /** Shown in the list when there are no options to show: "Searching…", "No model matches". */
  status?: string;
  placeholder?: string;
  inputId?: string;
  /** Data attributes for the input (keyboard shortcuts find it by one). */
  inputData?: Record<`data-${string}`, string | boolean>;
}

/**
 * A text box with suggestions, as the WAI-ARIA combobox pattern (list autocomplete) describes:
 * focus stays in the box, ↑/↓ move the highlighted option (aria-activedescendant), Enter picks it
 * or submits the text, Escape closes the list and a second Escape clears the box. Written here
 * rather than taken from a library because it sits in the header on every route, where a
 * combobox package would outweigh the rest of the header's code.
 */
export function Combobox({
  label,
  value,
  onValueChange,
  options,
  onPick,
  onSubmit,
  status,
  placeholder,
  inputId,
  inputData,
}: ComboboxProps): ReactNode {
  const generatedId = useId();
  const id = inputId ?? generatedId;
  const listId = `${id}-suggestions`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && value.trim() !== '' && (options.length > 0 || status !== undefined);
  const activeOption = showList ? options[active] : undefined;

  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };
  const move = (by: number): void => {
    setOpen(true);
    if (options.length === 0) return;
    setActive((current) =>
      current === -1 ? (by > 0 ? 0 : options.length - 1) : (current + by + options.length) % options.length,
    );
  };
  const pick = (option: ComboboxOption): void => {
    close();
    onPick(option);
  };

  return (
    <div className="combobox">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        {...inputData}
        className="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={close}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            move(1);
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            move(-1);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (activeOption) pick(activeOption);
            else {
              close();
              onSubmit(value.trim());
            }
          } else if (event.key === 'Escape') {
            if (showList) close();
            else onValueChange('');
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: suggestions`}
        className="combobox__list"
        hidden={!showList}
      >
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            // mousedown, not click: a click would first blur the box and close the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(option);
            }}
          >
            <span className="combobox__label">{option.label}</span>
            {option.detail && <span className="combobox__detail">{option.detail}</span>}
          </li>
        ))}
        {options.length === 0 && status !== undefined && (
          <li role="presentation" className="combobox__status">
            {status}
          </li>
        )}
      </ul>
    </div>
  );
}
