import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui';

function CrashMessage() {
  const { t } = useTranslation('common');
  return (
    <div className="crash">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </Button>
    </div>
  );
}

/** Keeps the quick-exit button on screen even when a screen fails to render. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the console of this device; nothing is reported anywhere.
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.hasError ? <CrashMessage /> : this.props.children;
  }
}
