import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createHistoryGuard, type HistoryGuard } from '../lib/historyGuard';
import { homeRoute, sameRoute, type Route } from './routes';
import { arriveBack, forgetPlace, leaveArrival, rememberPlace } from './placeMemory';
import { pushScreen } from './screenTrail';
import { scrollScreenTo } from '../lib/screenScroll';

/** A step back inside one screen (the previous question of the check); says whether it took one. */
export type StepBack = () => boolean;

interface Navigation {
  route: Route;
  navigate: (to: Route) => void;
  /** There is a screen (or a step within this one) to go back to. */
  canGoBack: boolean;
  /** The visible back control and the phone's Back both land here. */
  back: () => void;
  /** A screen with steps of its own registers how to go one step back; null when it has none. */
  setStepBack: (stepBack: StepBack | null) => void;
  /**
   * Forgets the screens the person came through: only Start stays behind the current screen (or
   * Start alone). Replaces the trail, adds nothing to the history (after showing someone stops).
   */
  startTrailAgain: (keepScreen: boolean) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  initialRoute = homeRoute,
  children,
}: {
  initialRoute?: Route;
  children: ReactNode;
}) {
  // The screens the person came through, in memory only: never in storage, never in the history.
  const [trail, setTrail] = useState<Route[]>(() => [initialRoute]);
  // The same trail for event handlers, which must see a change before React renders it.
  const trailRef = useRef<Route[]>(trail);
  const stepBackRef = useRef<StepBack | null>(null);
  const [hasStepBack, setHasStepBack] = useState(false);
  const guardRef = useRef<HistoryGuard | null>(null);

  const commit = useCallback((next: Route[]) => {
    trailRef.current = next;
    setTrail(next);
    guardRef.current?.setDeep(next.length > 1);
  }, []);

  // Never more than the one guard entry: the screens themselves are state, not history entries.
  const navigate = useCallback(
    (to: Route) => {
      const current = trailRef.current;
      const here = current[current.length - 1];
      if (!sameRoute(here, to)) {
        // Where the person was, for Back; the start screen opened again starts afresh at its top.
        if (to.name === 'home') forgetPlace(homeRoute);
        else if (here) rememberPlace(here);
        leaveArrival();
        commit(pushScreen(current, to));
      }
      scrollScreenTo(0);
    },
    [commit],
  );

  /** One step back; says whether the person is still deeper than the start screen afterwards. */
  const stepBack = useCallback((): boolean => {
    if (stepBackRef.current?.()) return true;
    const current = trailRef.current;
    if (current.length > 1) {
      const next = current.slice(0, -1);
      const previous = next[next.length - 1];
      // Back puts the person where they were on that screen (useFocusOnNavigation restores it).
      const place = previous ? arriveBack(previous) : undefined;
      commit(next);
      if (!place) scrollScreenTo(0);
    }
    return trailRef.current.length > 1;
  }, [commit]);

  useEffect(() => {
    const guard = createHistoryGuard(stepBack);
    guardRef.current = guard;
    guard.setDeep(trailRef.current.length > 1);
    return () => {
      guard.stop();
      guardRef.current = null;
    };
  }, [stepBack]);

  const startTrailAgain = useCallback(
    (keepScreen: boolean) => {
      const here = trailRef.current[trailRef.current.length - 1];
      forgetPlace(homeRoute);
      leaveArrival();
      if (keepScreen && here && here.name !== 'home') {
        // The same entry, so the screen stays as it is (no new screen, no move of focus).
        commit([homeRoute, here]);
        return;
      }
      commit([homeRoute]);
      scrollScreenTo(0);
    },
    [commit],
  );

  const back = useCallback(() => {
    stepBack();
  }, [stepBack]);

  const setStepBack = useCallback((next: StepBack | null) => {
    stepBackRef.current = next;
    setHasStepBack(next !== null);
  }, []);

  const route = trail[trail.length - 1] ?? homeRoute;
  const canGoBack = trail.length > 1 || hasStepBack;
  const value = useMemo(
    () => ({ route, navigate, canGoBack, back, setStepBack, startTrailAgain }),
    [route, navigate, canGoBack, back, setStepBack, startTrailAgain],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider');
  return navigation;
}

/**
 * A screen with steps of its own (the check's questions) makes Back go one step back within it
 * first. `stepBack` returns false when there is no earlier step; then Back leaves the screen.
 */
export function useStepBack(stepBack: StepBack | null): void {
  const { setStepBack } = useNavigation();
  useEffect(() => {
    setStepBack(stepBack);
    return () => setStepBack(null);
  }, [stepBack, setStepBack]);
}
