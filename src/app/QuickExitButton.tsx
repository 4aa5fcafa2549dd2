import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../data';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';
import { useShiftPressesLeft } from './quickExitFeedback';
import { useKeyboardInUse } from './useKeyboardInUse';
import { useStickySize } from './useStickySize';

/**
 * Always the first thing in the page, so it is also the first keyboard stop. Its hint fits the device:
 * "press Shift 3 times" where a keyboard is in use (and the Shift exit is on), "tap to leave" on a
 * touch screen; while someone presses Shift, how many presses are left — shown and announced.
 */
export function QuickExitButton() {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLButtonElement>(null);
  useStickySize(ref, '--quick-exit-size');
  const isKeyboard = useKeyboardInUse();
  const isShiftOn = useSetting('shiftQuickExit') !== 'off';
  const pressesLeft = useShiftPressesLeft();
  const counting = pressesLeft === null ? '' : t('quickExit.shiftLeft', { count: pressesLeft });
  const hint = counting || (isKeyboard ? (isShiftOn ? t('quickExit.hint') : '') : t('quickExit.tapHint'));
  return (
    <>
      <button ref={ref} type="button" className="quick-exit" onClick={() => quickExit(exitUrl)}>
        <span className="quick-exit__label">{t('quickExit.label')}</span>
        {hint && (
          <span className={counting ? 'quick-exit__hint quick-exit__hint--count' : 'quick-exit__hint'}>{hint}</span>
        )}
      </button>
      {/* Always in the page, so a screen reader hears the count as soon as it appears. */}
      <p className="visually-hidden" role="status">
        {counting}
      </p>
    </>
  );
}
