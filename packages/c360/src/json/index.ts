export { assertStorableJson, MAX_STORED_JSON_BYTES, MAX_STORED_JSON_DEPTH } from './storable-json.ts';
