import { lazy, Suspense } from 'react';
import { useMeeting } from '@/features/meeting';
import { useCurrentSubject } from '@/features/subject';
import { withCompleteCatalog } from '@/lib/i18n';
import { useCtas, type CtaListScope } from '../api/get-ctas';

// Loaded once there is something to list: the CTA messages are in the catalog's later part.
const CommitmentList = lazy(() => withCompleteCatalog(import('./commitment-list')).then((module) => ({ default: module.CommitmentList })));

/** What was promised before: the company's open follow-ups of its meetings other than this one. */
export const commitmentsScope = (companyId: string, meetingUuid: string): CtaListScope => ({
  subject: { kind: 'company', id: companyId },
  filter: 'OPEN',
  fromMeetingsOtherThan: meetingUuid,
});

/** In the meeting bar, once the meeting's subject is a company: its open commitments of earlier meetings, if any. */
export function OpenCommitments() {
  const { subject, meetingUuid } = useCurrentSubject();
  // Once the meeting ended the after-call panel comes first: the list is folded to its line.
  const ended = useMeeting(meetingUuid).data?.logState !== undefined;
  if (subject?.kind !== 'company' || meetingUuid === null) return null;
  return <CompanyCommitments key={`${subject.id}:${meetingUuid}:${ended}`} scope={commitmentsScope(subject.id, meetingUuid)} initiallyOpen={!ended} />;
}

/** Nothing at all while there is nothing to list (or not yet), so a 360 px panel keeps its room for the tabs. */
function CompanyCommitments({ scope, initiallyOpen }: { scope: CtaListScope; initiallyOpen: boolean }) {
  const ctas = useCtas(scope);
  if (!ctas.data?.pages.some((page) => page.items.length > 0)) return null;
  return (
    <Suspense fallback={null}>
      <CommitmentList scope={scope} initiallyOpen={initiallyOpen} />
    </Suspense>
  );
}
