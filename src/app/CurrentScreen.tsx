import { lazy, Suspense } from 'react';
import { HomeScreen } from '../features/home';
import { MoreScreen } from '../features/navigation';
import { LanguageScreen } from '../features/settings';
import { SafetyScreen } from '../features/safety';
import { HandOutCardScreen } from '../features/showing';
import { useNavigation } from '../routing';

// Screens with content load on demand: the start screen stays small and fast on a cheap phone.
// Every chunk is in the service worker's precache, so they all work offline after the first visit.
const PhaseScreen = lazy(() => import('../features/explore').then((module) => ({ default: module.PhaseScreen })));
const TopicScreen = lazy(() => import('../features/explore').then((module) => ({ default: module.TopicScreen })));
const GuidesScreen = lazy(() => import('../features/guides').then((module) => ({ default: module.GuidesScreen })));
const GuideScreen = lazy(() => import('../features/guides').then((module) => ({ default: module.GuideScreen })));
const CheckScreen = lazy(() => import('../features/check').then((module) => ({ default: module.CheckScreen })));
const ContactsScreen = lazy(() =>
  import('../features/contacts').then((module) => ({ default: module.ContactsScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings').then((module) => ({ default: module.SettingsScreen })),
);
const PlanScreen = lazy(() => import('../features/plan').then((module) => ({ default: module.PlanScreen })));
const PlanSafetyScreen = lazy(() =>
  import('../features/plan').then((module) => ({ default: module.PlanSafetyScreen })),
);
const MoneyScreen = lazy(() => import('../features/plan').then((module) => ({ default: module.MoneyScreen })));

const IncidentsScreen = lazy(() =>
  import('../features/incidents').then((module) => ({ default: module.IncidentsScreen })),
);
const AboutScreen = lazy(() => import('../features/about').then((module) => ({ default: module.AboutScreen })));

function Screen() {
  const { route } = useNavigation();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'phase':
      return <PhaseScreen phase={route.phase} />;
    case 'topic':
      return <TopicScreen phase={route.phase} domain={route.domain} />;
    case 'guides':
      return <GuidesScreen />;
    case 'guide':
      return <GuideScreen guideId={route.guideId} />;
    case 'check':
      return <CheckScreen />;
    case 'about':
      return <AboutScreen />;
    case 'safety':
      return <SafetyScreen />;
    case 'contacts':
      return <ContactsScreen purpose={route.purpose} region={route.region} />;
    case 'language':
      return <LanguageScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'plan':
      return <PlanScreen />;
    case 'planSafety':
      return <PlanSafetyScreen />;
    case 'more':
      return <MoreScreen />;
    case 'money':
      return <MoneyScreen />;

    case 'incidents':
      return <IncidentsScreen />;
    case 'handOutCard':
      return <HandOutCardScreen />;
  }
}

export function CurrentScreen() {
  const { route } = useNavigation();
  // A fresh boundary per screen: the old screen is removed, not kept hidden while the next one loads,
  // so there is only ever one screen heading in the page to move focus to.
  return (
    <Suspense key={JSON.stringify(route)} fallback={null}>
      <Screen />
    </Suspense>
  );
}
