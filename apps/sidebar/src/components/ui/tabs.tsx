import { Suspense, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nextIndex } from '@/lib/roving-focus';
import { ChevronIcon } from './icons';
import { useScrollEdges } from './use-scroll-edges';
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

// The edge arrows' width (--control-height): a tab brought into view is not left under one.
const ARROW_WIDTH = 32;

/**
 * WAI-ARIA tabs with automatic activation; only the selected panel is mounted. The strip scrolls sideways
 * rather than clip a label (Japanese labels are wider): a faded edge with an arrow says more tabs are there.
 * The arrows are for the pointer only; the keyboard reaches every tab through the strip's arrow keys.
 */
export function Tabs({ items, label, fallback }: TabsProps) {
  const baseId = useId();
  const [selectedId, setSelectedId] = useState(items[0]?.id);
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const {
    ref: strip,
    edges,
    scrollBy,
    show,
  } = useScrollEdges<HTMLDivElement>({
    content: items.map((item) => item.label).join('\n'),
    keptInView: '[aria-selected="true"]',
    inset: ARROW_WIDTH,
  });
  // The selected tab can disappear when the tenant's flags change.
  const selected = items.find((item) => item.id === selectedId) ?? items[0];

  function select(id: string) {
    setSelectedId(id);
    show(tabs.current.get(id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const current = items.findIndex((item) => item.id === selected?.id);
    const next = items[nextIndex(event.key, current, items.length, 'horizontal') ?? -1];
    if (!next) return;
    event.preventDefault();
    select(next.id);
    tabs.current.get(next.id)?.focus();
  }

  return (
    <div className="tabs">
      <div className="tabs__strip">
        <button
          type="button"
          className="tabs__scroll tabs__scroll--before"
          tabIndex={-1}
          aria-hidden="true"
          hidden={!edges.before}
          onClick={() => scrollBy(-1)}
        >
          <ChevronIcon direction="left" />
        </button>
        <div ref={strip} role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
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
                onClick={() => select(item.id)}
              >
                {item.label}
              </button>
            );
          })}
        </div>
        <button type="button" className="tabs__scroll tabs__scroll--after" tabIndex={-1} aria-hidden="true" hidden={!edges.after} onClick={() => scrollBy(1)}>
          <ChevronIcon direction="right" />
        </button>
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
