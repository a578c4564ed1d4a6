import type { DragEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LayoutOrderListProps {
  keys: readonly string[];
  labels: ReadonlyMap<string, string>;
  /** Shows `key` at `index`, moving it there or adding it. */
  onPlace: (key: string, index: number) => void;
  onRemove: (key: string) => void;
  /** More of an item under its line (a number field's bounds). */
  detailsOf?: (key: string) => ReactNode;
}

const allowDrop = (event: DragEvent) => event.preventDefault();

/**
 * The attributes the Zoom app shows, in order. Dragging an item (from here or from the hidden ones) onto
 * another puts it there; Move up / Move down do the same from the keyboard. The buttons stay focusable at
 * either end (aria-disabled), so focus never drops out of the list while moving an item.
 */
export function LayoutOrderList({ keys, labels, onPlace, onRemove, detailsOf }: LayoutOrderListProps) {
  const { t } = useTranslation();
  const dropAt = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const key = event.dataTransfer.getData('text/plain');
    if (labels.has(key)) onPlace(key, index);
  };

  return (
    <section className="attribute-layout__shown">
      <h3 className="attribute-layout__heading">{t('attributes.layout.shown')}</h3>
      {keys.length === 0 && <p className="muted">{t('attributes.layout.noneShown')}</p>}
      <ol className="attribute-layout__list" aria-label={t('attributes.layout.shown')} onDragOver={allowDrop} onDrop={dropAt(keys.length)}>
        {keys.map((key, index) => {
          const label = labels.get(key) ?? key;
          const first = index === 0;
          const last = index === keys.length - 1;
          return (
            <li
              key={key}
              className="attribute-layout__item attribute-layout__item--shown"
              draggable
              onDragStart={(event) => event.dataTransfer.setData('text/plain', key)}
              onDragOver={allowDrop}
              onDrop={dropAt(index)}
            >
              <span className="attribute-layout__grip" aria-hidden="true">
                ⠿
              </span>
              <span className="attribute-layout__label">{label}</span>
              <button
                type="button"
                className="button attribute-layout__button"
                aria-label={t('attributes.layout.moveUpNamed', { label })}
                aria-disabled={first || undefined}
                onClick={() => !first && onPlace(key, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button attribute-layout__button"
                aria-label={t('attributes.layout.moveDownNamed', { label })}
                aria-disabled={last || undefined}
                onClick={() => !last && onPlace(key, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button attribute-layout__button"
                aria-label={t('attributes.layout.removeNamed', { label })}
                onClick={() => onRemove(key)}
              >
                {t('attributes.layout.remove')}
              </button>
              {detailsOf?.(key)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
