import { useEffect } from 'react';
import { clearAnnouncements } from '../lib/announcer';
import { onVaultLocked } from '../lib/vaultEvents';
import { useNavigation } from '../routing';

/**
 * Nothing said on one screen is left in the live regions for the next, and nothing said while the
 * plan was open survives its lock (quick exit clears them itself, in src/lib/quickExit.ts).
 */
export function useAnnouncerResets(): void {
  const { route } = useNavigation();
  const routeKey = JSON.stringify(route);
  useEffect(() => {
    clearAnnouncements();
  }, [routeKey]);
  useEffect(() => onVaultLocked(clearAnnouncements), []);
}
