export { CheckScreen } from './CheckScreen';
export { HandOverScreen } from './handOver/HandOverScreen';
