export { readDomainSettings } from './read-domain-settings.ts';
export { updateDomainSettings } from './update-domain-settings.ts';
