export { now, setClock, type Clock } from './clock.ts';
