export { readAttributes } from './read-attributes.ts';
export { updateAttributes } from './update-attributes.ts';
export { readAttributeLayout } from './read-attribute-layout.ts';
export { saveAttributeLayout } from './save-attribute-layout.ts';
