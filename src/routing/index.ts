export { NavigationProvider, useNavigation } from './NavigationContext';
export { RouteLink } from './RouteLink';
export { homeRoute, isSameRoute } from './routes';
export type { Route } from './routes';
