import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { homeRoute, type Route } from './routes';

interface Navigation {
  route: Route;
  navigate: (to: Route) => void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function NavigationProvider({
  initialRoute = homeRoute,
  children,
}: {
  initialRoute?: Route;
  children: ReactNode;
}) {
  const [route, setRoute] = useState<Route>(initialRoute);
  // Never history.pushState: quick exit must leave no trail of screens behind in the back button.
  const navigate = useCallback((to: Route) => {
    setRoute(to);
    window.scrollTo?.({ top: 0 });
  }, []);
  const value = useMemo(() => ({ route, navigate }), [route, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider');
  return navigation;
}
