export { readDomainSettings } from './read-domain-settings.ts';
export { updateDomainSettings, type SettingsAdmin } from './update-domain-settings.ts';
