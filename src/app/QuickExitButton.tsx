import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exitUrl } from '../lib/exitUrl';
import { quickExit } from '../lib/quickExit';
import { useAnnounce, useAnnounceChange } from '../ui';
import { useShiftPressesLeft } from './quickExitFeedback';
import { useKeyboardInUse } from './useKeyboardInUse';

/**
 * Always the first thing in the page (in a region of its own), so it is also the first keyboard stop. Its hint fits the device:
 * "press Shift 3 times" where a keyboard is in use (and the Shift exit is on), "tap to leave" on a
 * touch screen; while someone presses Shift, how many presses are left — shown and announced —
 * and that the count stopped when it ends without leaving.
 */
export function QuickExitButton({ isShiftOn }: { isShiftOn: boolean }) {
  const { t } = useTranslation('common');
  const isKeyboard = useKeyboardInUse();
  const pressesLeft = useShiftPressesLeft();
  const counting = pressesLeft === null ? '' : t('quickExit.shiftLeft', { count: pressesLeft });
  // Said at once (assertive): the next press may come within a second.
  useAnnounceChange(counting, 'assertive');
  // When the count ends without leaving (time ran out, another key): said too, so a screen-reader user
  // whose reader pressed Shift knows nothing is pending any more. Not said at the exit itself.
  const say = useAnnounce();
  const wasCounting = useRef(false);
  useEffect(() => {
    if (counting) {
      wasCounting.current = true;
      return;
    }
    if (!wasCounting.current) return;
    wasCounting.current = false;
    say(t('quickExit.shiftStopped'), 'assertive');
  }, [counting, say, t]);
  const hint = counting || (isKeyboard ? (isShiftOn ? t('quickExit.hint') : '') : t('quickExit.tapHint'));
  return (
    // A landmark of its own (audit m12), so landmark navigation reaches it from anywhere in the page.
    // Not part of the header: that scrolls with the screen, and the bar must never scroll away. Named
    // with the button's own words: nothing new to read, in every language.
    <div role="region" aria-label={t('quickExit.label')} className="quick-exit-region">
      <button type="button" className="quick-exit" onClick={() => quickExit(exitUrl)}>
        <span className="quick-exit__label">{t('quickExit.label')}</span>
        {hint && (
          <span className={counting ? 'quick-exit__hint quick-exit__hint--count' : 'quick-exit__hint'}>{hint}</span>
        )}
      </button>
    </div>
  );
}
