import { useSession } from './use-session';

export interface Viewer {
  userId: string;
  /** Log and edit one's own activities (Full, Viewer+ and Viewer licences). */
  canWrite: boolean;
  canComment: boolean;
}

/** The signed-in Gainsight user, as the timeline needs them; null before sign-in. */
export function useViewer(): Viewer | null {
  const gainsight = useSession().data?.gainsight;
  if (!gainsight) return null;
  return {
    userId: gainsight.user.id,
    canWrite: gainsight.permissions.writeTimeline?.allowed ?? false,
    canComment: gainsight.permissions.comment?.allowed ?? false,
  };
}
