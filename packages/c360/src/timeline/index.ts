export { listTimeline, type ListTimelineQuery } from './list-timeline.ts';
export { createActivity, type CreateActivityOptions } from './create-activity.ts';
export { updateActivity } from './update-activity.ts';
export { deleteActivity } from './delete-activity.ts';
export { discardDraft } from './discard-draft.ts';
export { addComment } from './add-comment.ts';
export { listMeetingDrafts, MAX_MEETING_DRAFTS, type ListMeetingDraftsQuery } from './list-meeting-drafts.ts';
