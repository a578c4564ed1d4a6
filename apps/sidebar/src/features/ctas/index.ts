// The ctas feature's public entry: what other features and app/ may import from it.
export { useAssignableUsers } from './api/get-users';
export { FollowUps } from './components/follow-ups';
export { ProposedFollowUps } from './components/proposed-follow-ups';
export { OpenCommitments } from './components/open-commitments';
