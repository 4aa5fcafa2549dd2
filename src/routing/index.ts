export { NavigationProvider, useNavigation } from './NavigationContext';
export { RouteLink } from './RouteLink';
export { homeRoute } from './routes';
export type { Route } from './routes';
