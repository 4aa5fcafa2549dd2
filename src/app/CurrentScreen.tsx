import { HomeScreen } from '../features/home';
import { PhaseScreen } from '../features/phases';
import { SafetyScreen } from '../features/safety';
import { useNavigation } from '../routing';

export function CurrentScreen() {
  const { route } = useNavigation();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'phase':
      return <PhaseScreen phase={route.phase} />;
    case 'safety':
      return <SafetyScreen />;
  }
}
