// The live feature's public entry: what other features and app/ may import from it.
export { LiveSection } from './components/live-section';
