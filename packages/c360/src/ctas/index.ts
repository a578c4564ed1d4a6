export { createCta } from './create-cta.ts';
export { updateCta } from './update-cta.ts';
export { listCtas, type ListCtasQuery } from './list-ctas.ts';
export { listAssignableUsers } from './list-assignable-users.ts';
