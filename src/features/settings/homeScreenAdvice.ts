/**
 * On an iPhone or iPad, the browser deletes a website's stored data (IndexedDB among it) after seven
 * days of browser use without a visit — but not for a web app added to the Home Screen, which keeps its
 * own data. Verder says so where the plan is, only where it applies: iOS, not opened from the Home Screen.
 */
export interface DeviceSigns {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
  /** Safari's own flag: true when opened from the Home Screen (missing elsewhere). */
  standalone?: boolean;
  isStandaloneDisplay: boolean;
}

export function readDeviceSigns(): DeviceSigns {
  const nav = navigator as Navigator & { standalone?: boolean };
  return {
    userAgent: nav.userAgent,
    platform: nav.platform,
    maxTouchPoints: nav.maxTouchPoints,
    standalone: nav.standalone,
    isStandaloneDisplay: window.matchMedia?.('(display-mode: standalone)').matches ?? false,
  };
}

export function needsHomeScreenAdvice(signs: DeviceSigns): boolean {
  // iPadOS asks for the desktop site and says "MacIntel", but a Mac has no touch screen.
  const isAppleMobile =
    /iPhone|iPad|iPod/.test(signs.userAgent) || (signs.platform === 'MacIntel' && signs.maxTouchPoints > 1);
  return isAppleMobile && signs.standalone !== true && !signs.isStandaloneDisplay;
}
