export { applyUpdate, dismissUpdate, onUpdateReady, registerServiceWorker } from './serviceWorker';
