export { GuideCards } from './GuideCards';
export { GuideScreen } from './GuideScreen';
export { GuidesScreen } from './GuidesScreen';
