/**
 * Where quick exit goes. Set at build time with VITE_EXIT_URL (an organisation may prefer a local
 * news or weather site); it must be an https address, checked in vite.config.ts.
 */
export const defaultExitUrl = 'https://www.buienradar.nl';

export const exitUrl: string = import.meta.env.VITE_EXIT_URL ?? defaultExitUrl;
