export * from './problem.ts';
export * from './session.ts';
export * from './zoom.ts';
export * from './permissions.ts';
export * from './login.ts';
export * from './admin.ts';
export * from './companies.ts';
export * from './salesforce-login.ts';
