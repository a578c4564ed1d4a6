import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserContext } from '@/hooks/use-user-context';
import { onMeetingEnded, showAppInvitationDialog, type ZoomStatus } from '@/lib/zoom-sdk';

export interface Invite {
  /** Opens Zoom's dialog for choosing whom to invite; Zoom sends the invitations from there. */
  invite: () => void;
  /** Why inviting is not possible now (outside Zoom, outside a meeting, as a guest). */
  disabledReason: string | undefined;
}

/** ⋯ → "Invite to Customer 360": others in the meeting get Zoom's invitation to open the app. */
export function useInvite(status: ZoomStatus | undefined): Invite {
  const { t } = useTranslation();
  const inZoom = status?.inZoom === true;
  const [ended, setEnded] = useState(false);
  const user = useUserContext(inZoom);

  // After the meeting the app runs on in Zoom's main window, where there is nobody to invite.
  useEffect(() => (inZoom ? onMeetingEnded(() => setEnded(true)) : undefined), [inZoom]);

  const invite = useCallback(() => {
    // Zoom shows its own dialog; when it cannot (the meeting just ended) there is nothing to add to that.
    showAppInvitationDialog().catch(() => undefined);
  }, []);

  let disabledReason: string | undefined;
  if (!status?.inZoom) disabledReason = t('invite.outsideZoom');
  else if (ended || status.runningContext !== 'inMeeting') disabledReason = t('invite.outsideMeeting');
  // Zoom does not let a participant who is not signed in invite anyone.
  else if (user.data?.status === 'unauthenticated') disabledReason = t('invite.guest');
  return { invite, disabledReason };
}
