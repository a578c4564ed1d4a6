import type { ReactNode } from 'react';

interface MenuItemProps {
  children: ReactNode;
  onSelect?: () => void;
  /** When set, the item stays focusable (so the reason can be read) but does nothing. */
  disabledReason?: string;
  /** For radio items: whether this one is the current choice. */
  checked?: boolean;
  lang?: string;
}

export function MenuItem({ children, onSelect, disabledReason, checked, lang }: MenuItemProps) {
  const disabled = disabledReason !== undefined;
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemradio'}
      aria-checked={checked}
      aria-disabled={disabled || undefined}
      title={disabledReason}
      tabIndex={-1}
      lang={lang}
      className="menu__item"
      onClick={disabled ? undefined : onSelect}
    >
      {children}
    </button>
  );
}
