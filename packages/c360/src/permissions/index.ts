export { can, assertCan, permissionsOf, type Actor } from './can.ts';
export { ALLOWED_LICENCES, LICENCE_NAMES } from './licence-rules.ts';
