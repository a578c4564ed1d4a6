import type { Actor } from '../permissions/can.ts';

/** The signed-in user reading or writing CTAs, always within their own domain. */
export interface CtaActor extends Actor {
  id: string;
  domainId: string;
}
