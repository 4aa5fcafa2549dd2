import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSetting, useSetting } from '../../data';
import { useAnnounce } from '../../ui';

/**
 * "Shift three times" on or off. On by default; some screen readers and switch devices press Shift
 * themselves (NVDA pauses speech with it), and for them a page that closes on Shift is a trap.
 * The quick-exit bar itself always works.
 */
export function ShiftExitSetting() {
  const { t } = useTranslation('common');
  const id = useId();
  const stored = useSetting('shiftQuickExit') !== 'off';
  // The box follows the tap at once; the stored value catches up (or the change is undone on failure).
  const [chosen, setChosen] = useState<boolean | null>(null);
  const say = useAnnounce();
  const isOn = chosen ?? stored;
  const [outcome, setOutcome] = useState<'' | 'saved' | 'failed'>('');
  const change = (next: boolean) => {
    setChosen(next);
    saveSetting('shiftQuickExit', next ? 'on' : 'off').then(
      () => {
        setOutcome('saved');
        say(t('shiftSetting.saved'));
      },
      () => {
        setChosen(null);
        setOutcome('failed');
        say(t('storageError.unknown'), 'assertive');
      },
    );
  };
  return (
    <section>
      <h2 id={`${id}-heading`}>{t('shiftSetting.heading')}</h2>
      <label className="check-field">
        <input
          type="checkbox"
          checked={isOn}
          aria-describedby={`${id}-help`}
          onChange={(event) => change(event.target.checked)}
        />
        <span>{t('shiftSetting.label')}</span>
      </label>
      <p id={`${id}-help`} className="quiet small">
        {t('shiftSetting.help')}
      </p>
      <p className={outcome === 'failed' ? 'notice notice--alert' : 'quiet small'}>
        {outcome === 'saved' ? t('shiftSetting.saved') : outcome === 'failed' ? t('storageError.unknown') : ''}
      </p>
    </section>
  );
}
