export { readZoomAccess } from './read-zoom-access.ts';
export { updateZoomAccess } from './update-zoom-access.ts';
