import type { AttributeBounds, AttributeLayout } from '@c360/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { useSaveAttributeLayout } from '../api/save-attribute-layout';
import { labelOf } from '../lib/format-value';
import { boundsInputOf, hasBounds, parseBoundsInput, type BoundErrors, type BoundsInput } from '../lib/bounds-input';
import { moveKey } from '../lib/move-key';
import { AttributeBoundsFields } from './attribute-bounds-fields';
import { LayoutOrderList } from './layout-order-list';
import { AdminForm } from '@/components/ui/admin-screen';

interface AttributeLayoutFormProps {
  layout: AttributeLayout;
}

export function AttributeLayoutForm({ layout }: AttributeLayoutFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [keys, setKeys] = useState(layout.keys);
  const bounded = layout.definitions.filter(hasBounds);
  const [bounds, setBounds] = useState<Record<string, BoundsInput>>(() =>
    Object.fromEntries(bounded.map((definition) => [definition.key, boundsInputOf(definition)])),
  );
  const [boundErrors, setBoundErrors] = useState<Record<string, BoundErrors>>({});
  const form = useRef<HTMLFormElement>(null);
  // Said by the live region after each move, so a keyboard or screen-reader user hears where an item went.
  const [announcement, setAnnouncement] = useState('');
  const save = useSaveAttributeLayout();
  const labels = new Map(layout.definitions.map((definition) => [definition.key, labelOf(definition, language)]));
  const hidden = layout.definitions.filter((definition) => !keys.includes(definition.key));

  function place(key: string, index: number) {
    save.reset();
    const next = moveKey(keys, key, index);
    setKeys(next);
    setAnnouncement(t('attributes.layout.moved', { label: labels.get(key), position: next.indexOf(key) + 1, count: next.length }));
  }

  function remove(key: string) {
    save.reset();
    setKeys(keys.filter((other) => other !== key));
    setAnnouncement(t('attributes.layout.removed', { label: labels.get(key) }));
  }

  // The bounds of the number fields shown, checked as the BFF will before anything is sent.
  function submit() {
    const toSave: Record<string, AttributeBounds> = {};
    const errors: Record<string, BoundErrors> = {};
    for (const key of keys.filter((shown) => shown in bounds)) {
      const parsed = parseBoundsInput(bounds[key]!);
      if (parsed.ok) toSave[key] = parsed.bounds;
      else errors[key] = parsed.errors;
    }
    setBoundErrors(errors);
    if (Object.keys(errors).length === 0) save.mutate({ keys, bounds: toSave });
    // To the first refused bound, once its error is rendered.
    else requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  const boundsOf = (key: string) =>
    bounds[key] && (
      <AttributeBoundsFields
        label={labels.get(key) ?? key}
        input={bounds[key]}
        errors={boundErrors[key] ?? {}}
        onChange={(input) => setBounds({ ...bounds, [key]: input })}
      />
    );

  return (
    <AdminForm
      formRef={form}
      save={save}
      onSave={submit}
      savedLabel={t('attributes.layout.saved')}
      failedLabel={(detail) => t('attributes.layout.saveFailed', { detail })}
    >
      {bounded.length > 0 && <p className="muted">{t('attributes.layout.boundsHint')}</p>}
      <LayoutOrderList keys={keys} labels={labels} onPlace={place} onRemove={remove} detailsOf={boundsOf} />
      <section className="attribute-layout__hidden">
        <h3 className="attribute-layout__heading">{t('attributes.layout.hidden')}</h3>
        {hidden.length === 0 ? (
          <p className="muted">{t('attributes.layout.noneHidden')}</p>
        ) : (
          <ul className="attribute-layout__list" aria-label={t('attributes.layout.hidden')}>
            {hidden.map((definition) => (
              <li
                key={definition.key}
                className="attribute-layout__item"
                draggable
                onDragStart={(event) => event.dataTransfer.setData('text/plain', definition.key)}
              >
                <span className="attribute-layout__label">{labels.get(definition.key)}</span>
                <button
                  type="button"
                  className="button attribute-layout__button"
                  aria-label={t('attributes.layout.addNamed', { label: labels.get(definition.key) })}
                  onClick={() => place(definition.key, keys.length)}
                >
                  {t('attributes.layout.add')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </AdminForm>
  );
}
