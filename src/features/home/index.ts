export { HomeScreen } from './HomeScreen';
export { OrganisationCard } from './OrganisationCard';
