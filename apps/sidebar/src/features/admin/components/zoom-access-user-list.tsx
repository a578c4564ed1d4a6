import type { DomainUser } from '@c360/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ZoomAccessUserListProps {
  users: DomainUser[];
  allowed: ReadonlySet<string>;
  onToggle: (userId: string, allowed: boolean) => void;
}

/** The domain's users; those whose licence cannot sign in at all are listed, disabled, with why. */
export function ZoomAccessUserList({ users, allowed, onToggle }: ZoomAccessUserListProps) {
  const { t } = useTranslation();
  const legendId = useId();
  return (
    <fieldset className="field-group" aria-labelledby={legendId}>
      <legend id={legendId} className="field__label">
        {t('admin.zoomAccess.usersLabel', { count: users.filter((user) => user.licensed && allowed.has(user.id)).length })}
      </legend>
      {users.map((user) => {
        const reasonId = `${legendId}-${user.id}`;
        return (
          <label key={user.id} className="choice">
            <input
              type="checkbox"
              checked={user.licensed && allowed.has(user.id)}
              disabled={!user.licensed}
              aria-describedby={reasonId}
              onChange={(event) => onToggle(user.id, event.target.checked)}
            />
            <span className="choice__text">
              <span className="choice__title">{user.displayName}</span>
              <span id={reasonId} className="choice__description">
                {user.email} · {t(`licences.${user.licence}`)}
                {!user.licensed && <> — {t('admin.zoomAccess.unlicensed', { licence: t(`licences.${user.licence}`) })}</>}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
