export { GuideScreen } from './GuideScreen';
export { GuidesScreen } from './GuidesScreen';
