import { useMemo } from 'react';
import { encode } from 'uqr';
import { buildAppAddress } from '../../lib/buildConfig';

/**
 * The app's own address (or the one an organisation set for its build), and nothing else: no screen,
 * no language, nothing about the person.
 */
export function appAddress(): string {
  return buildAppAddress ?? new URL(import.meta.env.BASE_URL, location.origin).href;
}

/** The dark modules as one SVG path: one element instead of hundreds, drawn crisp at any size. */
function modulePath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    row.forEach((isDark, x) => {
      if (isDark) parts.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return parts.join('');
}

/**
 * A QR code made on this phone (no request, works offline) as inline SVG: the content security
 * policy allows no data: images. Dark on white in every colour scheme and on paper, with a quiet
 * zone, so any camera reads it.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const qr = useMemo(() => encode(value, { ecc: 'M', border: 4 }), [value]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={modulePath(qr.data)} fill="#000000" />
    </svg>
  );
}
