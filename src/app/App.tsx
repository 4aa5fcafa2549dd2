import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import { NavigationProvider, type Route } from '../routing';
import { Shell } from './Shell';

export function App({ initialRoute }: { initialRoute?: Route }) {
  return (
    <I18nextProvider i18n={i18n}>
      <NavigationProvider initialRoute={initialRoute}>
        <Shell />
      </NavigationProvider>
    </I18nextProvider>
  );
}
