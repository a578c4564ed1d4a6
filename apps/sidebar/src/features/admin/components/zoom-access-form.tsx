import { ZOOM_ACCESS_POLICIES, type ZoomAccess, type ZoomAccessPolicy } from '@c360/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateZoomAccess } from '../api/update-zoom-access';
import { ZoomAccessUserList } from './zoom-access-user-list';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { AdminForm } from '@/components/ui/admin-screen';

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
  const [policy, setPolicy] = useState(access.policy);
  const [allowed, setAllowed] = useState(() => new Set(access.users.filter((user) => user.licensed && user.zoomAppAllowed).map((user) => user.id)));
  const update = useUpdateZoomAccess();

  function toggle(userId: string, checked: boolean) {
    setAllowed((current) => {
      const next = new Set(current);
      if (checked) next.add(userId);
      else next.delete(userId);
      return next;
    });
  }

  return (
    <AdminForm
      save={update}
      onSave={() => update.mutate({ policy, allowedUserIds: policy === 'SELECTED_USERS' ? [...allowed] : [] })}
      savedLabel={t('admin.zoomAccess.saved')}
    >
      <ChoiceGroup
        legend={t('admin.zoomAccess.policyLabel')}
        options={ZOOM_ACCESS_POLICIES}
        value={policy}
        onChange={setPolicy}
        titleOf={(option) => t(`admin.zoomAccess.policies.${POLICY_KEYS[option]}.name`)}
        descriptionOf={(option) => t(`admin.zoomAccess.policies.${POLICY_KEYS[option]}.description`)}
      />
      {policy === 'SELECTED_USERS' && <ZoomAccessUserList users={access.users} allowed={allowed} onToggle={toggle} />}
    </AdminForm>
  );
}
