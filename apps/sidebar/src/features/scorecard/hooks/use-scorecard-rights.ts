import { useSession } from '@/hooks/use-session';

/** What the signed-in user's licence lets them do to manual measures, with the reason when not. */
export interface ScorecardRights {
  canScore: boolean;
  canComment: boolean;
  /** Why the licence allows no edit at all, or only the comment. */
  reason: string | null;
}

export function useScorecardRights(): ScorecardRights {
  const permissions = useSession().data?.gainsight?.permissions;
  const score = permissions?.updateManualMeasure;
  const comment = permissions?.commentScorecard;
  const canScore = score?.allowed ?? false;
  const canComment = comment?.allowed ?? false;
  const reason = canScore ? null : ((canComment ? score?.reason : comment?.reason) ?? null);
  return { canScore, canComment, reason };
}
