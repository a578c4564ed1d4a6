// The zoom-connection feature's public entry: what other features and app/ may import from it.
export { ZoomConnection } from './components/zoom-connection';
