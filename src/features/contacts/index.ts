export { ContactCard } from './ContactCard';
export { ContactsScreen } from './ContactsScreen';
export { UrgentContacts, safetyContactIds } from './UrgentContacts';
export { KeptPlaceInPlan } from './place/KeptPlaceInPlan';
