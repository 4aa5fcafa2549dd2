import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useAnnounce } from '../../ui';
import { readableText } from './readableText';
import { useSpeech } from './useSpeech';

/**
 * Reads the screen's text aloud in the current language, for people who read with difficulty.
 * Hidden when the device has no voice for the language: a button that cannot work is worse than none.
 *
 * One button in a fixed place changes its words (Read aloud, Pause, Go on), so focus stays on it;
 * Stop sits beside it while reading. When the person stops or the text ends, Stop goes: focus that
 * was on it moves to the first button, and "stopped" or "finished" is said once. Speech stopped by
 * the app (the plan locks, the app is hidden) says nothing here.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  const { t, i18n } = useTranslation('common');
  const say = useAnnounce();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const ended = useRef<'stopped' | 'finished' | null>(null);
  const { isAvailable, state, speak, pause, resume, stop } = useSpeech(i18n.language, () => {
    ended.current = 'finished';
  });

  useEffect(() => {
    const how = ended.current;
    if (state !== 'idle' || how === null) return;
    ended.current = null;
    // The Stop button went with focus on it: the button that starts reading again takes it.
    const active = document.activeElement;
    if (!active || active === document.body) toggleRef.current?.focus();
    say(t(how === 'stopped' ? 'readAloud.stopped' : 'readAloud.finished'));
  }, [state, say, t]);

  if (!isAvailable) return null;
  const read = () => {
    const target = document.getElementById(targetId);
    const text = target ? readableText(target) : '';
    if (text.trim()) speak(text);
  };
  const onToggle = state === 'idle' ? read : state === 'speaking' ? pause : resume;
  const label =
    state === 'idle' ? t('readAloud.play') : state === 'speaking' ? t('readAloud.pause') : t('readAloud.resume');
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.label')}>
      <Button ref={toggleRef} onClick={onToggle}>
        {label}
      </Button>
      {state !== 'idle' && (
        <Button
          onClick={() => {
            ended.current = 'stopped';
            stop();
          }}
        >
          {t('readAloud.stop')}
        </Button>
      )}
    </div>
  );
}
