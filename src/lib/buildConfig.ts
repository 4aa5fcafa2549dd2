/**
 * What an organisation set for its own build (VERDER_CONFIG, scripts/orgConfig.ts), as the app reads
 * it. vite.config.ts checks every value before the build; here an empty value means "not set".
 */
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** The organisation that ships this build, e.g. "Stichting Voorbeeld"; none in Verder's own build. */
export const organisationName = text(import.meta.env.VITE_ORG_NAME);
/** The language for a visitor whose browser language Verder does not have. */
export const buildDefaultLanguage = text(import.meta.env.VITE_DEFAULT_LANGUAGE);
/** The region Find help starts with. */
export const buildFirstRegion = text(import.meta.env.VITE_FIRST_REGION);
/** The address in the take-home QR code, when it is not the address Verder runs on. */
export const buildAppAddress = text(import.meta.env.VITE_APP_ADDRESS);
