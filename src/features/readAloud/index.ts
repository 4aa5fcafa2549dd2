export { ReadAloud } from './ReadAloud';
export { useSpeech } from './useSpeech';
