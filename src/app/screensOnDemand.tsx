/**
 * Screens that load on demand, one chunk per feature. React.lazy suspends the first time each
 * screen renders, even when its chunk has long been loaded (for a sibling screen), and React then
 * holds the screen back for up to 300 ms after the (empty) fallback was shown. So once a feature's
 * module is loaded, every screen from it renders at once; only a chunk not yet loaded suspends.
 */
import { lazy, useState, type ComponentType } from 'react';

export function onDemand<M>(load: () => Promise<M>) {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed load (e.g. offline before the chunk was cached) may be tried again on the next visit.
        loading = undefined;
        throw error;
      },
    ));

  return function screen<P extends object>(pick: (module: M) => ComponentType<P>): ComponentType<P> {
    const Lazy = lazy(() => loadOnce().then((module) => ({ default: pick(module) })));
    return function OnDemandScreen(props: P) {
      // Chosen once per mount, so a screen is never swapped for another element type under the person.
      const [Component] = useState<ComponentType<P>>(() => (loaded ? pick(loaded) : Lazy));
      return <Component {...props} />;
    };
  };
}
