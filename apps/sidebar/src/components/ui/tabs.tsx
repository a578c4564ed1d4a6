import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nextIndex } from '@/lib/roving-focus';
import './tabs.css';

export interface TabItem {
  id: string;
  label: string;
  panel: ReactNode;
}

interface TabsProps {
  items: TabItem[];
  label: string;
  /** Shown while a lazily loaded panel arrives. */
  fallback: ReactNode;
}

/** WAI-ARIA tabs with automatic activation; only the selected panel is mounted. */
export function Tabs({ items, label, fallback }: TabsProps) {
  const baseId = useId();
  const [selectedId, setSelectedId] = useState(items[0]?.id);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  // The selected tab can disappear when the tenant's flags change.
  const selected = items.find((item) => item.id === selectedId) ?? items[0];

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = items.findIndex((item) => item.id === selected?.id);
    const next = items[nextIndex(event.key, current, items.length, 'horizontal') ?? -1];
    if (!next) return;
    event.preventDefault();
    setSelectedId(next.id);
    tabs.current.get(next.id)?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {items.map((item) => {
          const isSelected = item.id === selected?.id;
          return (
            <button
              key={item.id}
              ref={(element) => {
                if (element) tabs.current.set(item.id, element);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-selected={isSelected}
              aria-controls={`${baseId}-panel-${item.id}`}
              tabIndex={isSelected ? 0 : -1}
              className="tabs__tab"
              onClick={() => setSelectedId(item.id)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      {items.map((item) => {
        const isSelected = item.id === selected?.id;
        return (
          <div
            key={item.id}
            role="tabpanel"
            id={`${baseId}-panel-${item.id}`}
            aria-labelledby={`${baseId}-tab-${item.id}`}
            hidden={!isSelected}
            tabIndex={0}
            className="tabs__panel"
          >
            {isSelected && <Suspense fallback={fallback}>{item.panel}</Suspense>}
          </div>
        );
      })}
    </div>
  );
}
