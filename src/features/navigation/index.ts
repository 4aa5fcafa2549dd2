export { BackButton } from './BackButton';
export { BottomBar } from './BottomBar';
export { MoreScreen } from './MoreScreen';
