import { Suspense } from 'react';
import { HomeScreen } from '../features/home';
// In the first download: More is a place in the bottom bar, drawn at once like the start screen.
import { MoreScreen } from '../features/navigation';
import { LanguageScreen } from '../features/settings/LanguageScreen';
import { HandOutCardScreen } from '../features/showing';
import { useNavigation } from '../routing';
import { onDemand } from './screensOnDemand';

// Screens with content load on demand: the start screen stays small and fast on a cheap phone.
// Every chunk is in the service worker's precache, so they all work offline after the first visit.
const explore = onDemand(() => import('../features/explore'));
const guides = onDemand(() => import('../features/guides'));
const plan = onDemand(() => import('../features/plan'));

const PhaseScreen = explore((module) => module.PhaseScreen);
const TopicScreen = explore((module) => module.TopicScreen);
const GuidesScreen = guides((module) => module.GuidesScreen);
const GuideScreen = guides((module) => module.GuideScreen);
const check = onDemand(() => import('../features/check'));
const CheckScreen = check((module) => module.CheckScreen);
const HandOverScreen = check((module) => module.HandOverScreen);
const ContactsScreen = onDemand(() => import('../features/contacts'))((module) => module.ContactsScreen);
const SettingsScreen = onDemand(() => import('../features/settings/SettingsScreen'))((module) => module.SettingsScreen);
const PlanScreen = plan((module) => module.PlanScreen);
const PlanSafetyScreen = plan((module) => module.PlanSafetyScreen);
const MoneyScreen = plan((module) => module.MoneyScreen);
const IncidentsScreen = onDemand(() => import('../features/incidents'))((module) => module.IncidentsScreen);
const CheckInScreen = onDemand(() => import('../features/checkIn'))((module) => module.CheckInScreen);
const SafetyScreen = onDemand(() => import('../features/safety'))((module) => module.SafetyScreen);
const AboutScreen = onDemand(() => import('../features/about'))((module) => module.AboutScreen);

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
    case 'handOver':
      return <HandOverScreen />;
    case 'checkIn':
      return <CheckInScreen />;
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
