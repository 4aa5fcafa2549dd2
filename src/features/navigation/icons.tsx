/**
 * Verder's own icons: inline SVG (no icon font, nothing fetched), plain neutral shapes in the text
 * colour. Each sits beside a visible label, so the icon itself is hidden from screen readers. An icon
 * that points a direction says so, and is mirrored in right-to-left languages (navigation.css).
 */
import type { ReactNode } from 'react';

function Icon({ children, pointsDirection = false }: { children: ReactNode; pointsDirection?: boolean }) {
  return (
    <svg
      className={pointsDirection ? 'icon icon--directional' : 'icon'}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const StartIcon = () => (
  <Icon>
    <path d="M3 11.5 12 4l9 7.5" />
    <path d="M5.5 10v9.5h13V10" />
    <path d="M10 19.5v-5h4v5" />
  </Icon>
);

/** A lifebuoy: help, without a cross (medical) or a shield (police). */
export const FindHelpIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="9" />
    <circle cx="12" cy="12" r="3.5" />
    <path d="M5.6 5.6l4 4M14.4 14.4l4 4M14.4 9.6l4-4M5.6 18.4l4-4" />
  </Icon>
);

export const PlanIcon = () => (
  <Icon>
    <rect x="5" y="4" width="14" height="17" rx="2" />
    <path d="M9 11l2 2 4-4M9 17h6" />
  </Icon>
);

export const GuidesIcon = () => (
  <Icon>
    <path d="M12 6.5C10 5 7 4.5 3.5 5v13c3.5-.5 6.5 0 8.5 1.5 2-1.5 5-2 8.5-1.5V5C17 4.5 14 5 12 6.5z" />
    <path d="M12 6.5v13" />
  </Icon>
);

export const MoreIcon = () => (
  <Icon>
    <circle cx="5" cy="12" r="1.2" fill="currentColor" />
    <circle cx="12" cy="12" r="1.2" fill="currentColor" />
    <circle cx="19" cy="12" r="1.2" fill="currentColor" />
  </Icon>
);

/** Points back: to the left in left-to-right languages, to the right in Arabic. */
export const BackIcon = () => (
  <Icon pointsDirection>
    <path d="M15 5l-7 7 7 7" />
  </Icon>
);
