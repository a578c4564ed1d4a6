import { ZOOM_ACCESS_POLICIES, type ZoomAccess, type ZoomAccessPolicy } from '@c360/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../lib/api-client';
import { useUpdateZoomAccess } from '../api/update-zoom-access';
import { ZoomAccessUserList } from './zoom-access-user-list';

interface ZoomAccessFormProps {
  access: ZoomAccess;
}

const POLICY_KEYS = {
  ALL_LICENSED: 'allLicensed',
  SELECTED_USERS: 'selectedUsers',
  NOBODY: 'nobody',
} as const satisfies Record<ZoomAccessPolicy, string>;

export function ZoomAccessForm({ access }: ZoomAccessFormProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const name = useId();
  const [policy, setPolicy] = useState(access.policy);
  const [allowed, setAllowed] = useState(() => new Set(access.users.filter((user) => user.licensed && user.zoomAppAllowed).map((user) => user.id)));
  const update = useUpdateZoomAccess();
  const failure = update.error ? toApiError(update.error) : undefined;

  function save() {
    update.mutate({ policy, allowedUserIds: policy === 'SELECTED_USERS' ? [...allowed] : [] });
  }

  function toggle(userId: string, checked: boolean) {
    update.reset();
    setAllowed((current) => {
      const next = new Set(current);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  return (
    <form
      className="zoom-access__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!update.isPending) save();
      }}
    >
      <fieldset className="choices" aria-labelledby={legendId}>
        <legend id={legendId} className="field__label">
          {t('admin.zoomAccess.policyLabel')}
        </legend>
        {ZOOM_ACCESS_POLICIES.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === policy}
              onChange={() => {
                update.reset();
                setPolicy(option);
              }}
            />
            <span className="choice__text">
              <span className="choice__title">{t(`admin.zoomAccess.policies.${POLICY_KEYS[option]}.name`)}</span>
              <span className="choice__description">{t(`admin.zoomAccess.policies.${POLICY_KEYS[option]}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {policy === 'SELECTED_USERS' && <ZoomAccessUserList users={access.users} allowed={allowed} onToggle={toggle} />}
      <div className="actions">
        <button type="submit" className="button button--primary" aria-disabled={update.isPending || undefined}>
          {update.isPending ? t('admin.zoomAccess.saving') : t('admin.zoomAccess.save')}
        </button>
      </div>
      <p role="status" className="zoom-access__saved">
        {update.isSuccess ? t('admin.zoomAccess.saved') : ''}
      </p>
      {failure && (
        <div role="alert" className="alert">
          <p>{failure.status === 0 ? t('signIn.errors.network') : t('admin.zoomAccess.saveFailed', { detail: failure.problem.detail ?? failure.problem.title })}</p>
        </div>
      )}
    </form>
  );
}
