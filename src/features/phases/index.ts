export { PhaseScreen } from './PhaseScreen';
