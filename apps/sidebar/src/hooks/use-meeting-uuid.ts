import { useSession } from './use-session';

/**
 * The meeting this sidebar was opened in, as the BFF verified it from Zoom's app context, once the user
 * is signed in to Gainsight (the meeting routes need both); null otherwise.
 */
export function useMeetingUuid(): string | null {
  const session = useSession().data;
  if (!session?.gainsight) return null;
  return session.zoom?.meetingUuid ?? null;
}
