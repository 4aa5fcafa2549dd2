/**
 * The next appointment on the start screen, when the person chooses it: the choice under the plan's
 * appointments, and the card the start screen shows while the plan is open.
 */
export { NextAppointmentChoice } from './NextAppointmentChoice';
export { NextAppointmentCard } from './NextAppointmentCard';
