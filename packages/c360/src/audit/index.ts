export { recordAuditEvent, type AuditEventInput } from './record-audit-event.ts';
