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

/** How the "our organisation" card reaches the organisation (scripts/orgConfig.ts `OrgCardWay`). */
export type OrganisationCardWay =
  { kind: 'phone'; number: string } | { kind: 'email'; address: string } | { kind: 'website'; url: string };

/** The "our organisation" card on the start screen and About, when the organisation's config asks for it. */
export interface OrganisationCardData {
  name: string;
  /** One line per language code; Dutch is always there. */
  description: Partial<Record<string, string>>;
  contactName: string;
  way: OrganisationCardWay;
}

/** Checked by the build; read defensively anyway, so a hand-set variable cannot break the start screen. */
export function readOrganisationCard(raw: unknown): OrganisationCardData | undefined {
  const json = text(raw);
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<OrganisationCardData> | null;
    if (!value || typeof value.name !== 'string' || typeof value.contactName !== 'string') return undefined;
    if (typeof value.description?.nl !== 'string' || !value.way) return undefined;
    return value as OrganisationCardData;
  } catch {
    return undefined;
  }
}

export const organisationCard = readOrganisationCard(import.meta.env.VITE_ORG_CARD);
