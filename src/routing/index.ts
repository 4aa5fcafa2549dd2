export { NavigationProvider, useNavigation, useStepBack } from './NavigationContext';
export type { StepBack } from './NavigationContext';
export { RouteLink } from './RouteLink';
export { homeRoute, sameRoute } from './routes';
export type { Route } from './routes';
export { forgetScreenMemory, useScreenMemory } from './screenMemory';
