export type { ZoomTokenSet } from './zoom-token-set.ts';
export { findZoomInstallation, type ZoomInstallationSummary } from './find-installation.ts';
export { saveZoomInstallation, type ZoomInstallationInput } from './save-installation.ts';
export { findZoomInstallationTokens } from './find-installation-tokens.ts';
export { renewZoomInstallationTokens, type RenewTokens } from './renew-installation-tokens.ts';
export { deleteZoomInstallation } from './delete-installation.ts';
export { openAccountId } from './installation-secrets.ts';
export { STORED_WEBHOOK_EVENTS, deliveryKeyOf, type StoredWebhookEvent, type ZoomWebhookDelivery } from './webhook-delivery.ts';
export { recordZoomWebhookDelivery, type WebhookDeliveryOutcome } from './record-webhook-delivery.ts';
