export * from './keys';
export { deriveKeyOffMainThread } from './deriveOffMainThread';
export { fromBase64, toBase64 } from './encoding';
