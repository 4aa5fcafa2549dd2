/** The booking check-in with a buddy: one vault record, a prepared message, an on-screen reminder. */
export { CheckInScreen } from './CheckInScreen';
export { CheckInReminder } from './CheckInReminder';
