export { ReadAloud } from './ReadAloud';
