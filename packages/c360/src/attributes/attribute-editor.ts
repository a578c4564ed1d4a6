import type { Actor } from '../permissions/can.ts';

/** The signed-in user reading or changing attributes, always within their own domain. */
export interface AttributeEditor extends Actor {
  id: string;
  domainId: string;
}
