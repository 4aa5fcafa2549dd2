import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useSpeech } from './useSpeech';

/**
 * Reads the screen's text aloud in the current language, for people who read with difficulty.
 * Hidden when the device has no voice for the language: a button that cannot work is worse than none.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  const { t, i18n } = useTranslation('common');
  const { isAvailable, state, speak, pause, resume, stop } = useSpeech(i18n.language);
  if (!isAvailable) return null;
  const read = () => {
    const text = document.getElementById(targetId)?.innerText ?? '';
    if (text.trim()) speak(text);
  };
  return (
    <div className="read-aloud" role="group" aria-label={t('readAloud.label')}>
      {state === 'idle' && <Button onClick={read}>{t('readAloud.play')}</Button>}
      {state === 'speaking' && <Button onClick={pause}>{t('readAloud.pause')}</Button>}
      {state === 'paused' && <Button onClick={resume}>{t('readAloud.resume')}</Button>}
      {state !== 'idle' && <Button onClick={stop}>{t('readAloud.stop')}</Button>}
    </div>
  );
}
