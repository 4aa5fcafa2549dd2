export { ContactCard } from './ContactCard';
export { UrgentContacts, safetyContactIds } from './UrgentContacts';
