export * from './keys';
export { cancelAllDerivations, deriveKeyOffMainThread, DerivationCancelledError } from './deriveOffMainThread';
export { fromBase64, toBase64 } from './encoding';
