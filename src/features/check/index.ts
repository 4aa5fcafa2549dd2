export { CheckScreen } from './CheckScreen';
