/** The incident log ("What happened"): records kept in the vault, printed only when the person asks. */
export { IncidentsScreen } from './IncidentsScreen';
