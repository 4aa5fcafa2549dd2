export { PhaseScreen } from './PhaseScreen';
export { SourceList } from './SourceList';
export { TopicScreen } from './TopicScreen';
