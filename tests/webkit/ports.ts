/** Ports of the WebKit suite, away from Playwright's (4173 and 4181–4230), so both may run at once. */
export const previewPort = Number(process.env.WEBKIT_PORT ?? 4280);
/** A private server that the offline test stops, on its own origin and so its own service worker. */
export const offlinePort = previewPort + 1;
export const driverPort = previewPort + 10;
export const appUrl = `http://127.0.0.1:${previewPort}/`;
