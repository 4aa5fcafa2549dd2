export { PhaseScreen } from './PhaseScreen';
export { TopicScreen } from './TopicScreen';
