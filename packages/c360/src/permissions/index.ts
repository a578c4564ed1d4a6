export { actorOfSignedIn, type Actor } from './actor.ts';
export { can, assertCan, permissionsOf } from './can.ts';
export { ALLOWED_LICENCES, LICENCE_NAMES } from './licence-rules.ts';
export { assertNew360, NEW360_OFF_REASON } from './assert-new360.ts';
