import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDutch } from '../../../domain/phoneNumber';
import { isLanguageCode, languages, type LanguageCode } from '../../../i18n';
import { Button, ScreenHeading, useScopedId, useAnnounceChange } from '../../../ui';
import { appAddress } from '../QrCode';
import { useShowingSession } from '../showingSession';
import { emergencyLine, maxLines, minLines, offeredLines, preselectedLineIds } from './cardLines';
import { HandOutCard } from './HandOutCard';
import { HandOutSheet } from './HandOutSheet';
import { useCardLanguage } from './useCardLanguage';
import './handOut.css';

/**
 * For the worker: choose the person's language and two or three national lines, see the card, and
 * print a sheet of them (or save it as a PDF). Every choice is state in this screen only: nothing is
 * written anywhere, and leaving the screen forgets it.
 */
export function HandOutCardScreen() {
  const sid = useScopedId();
  const { t, i18n } = useTranslation('showing');
  const { secondLanguage } = useShowingSession();
  const appLanguage = isLanguageCode(i18n.language) ? i18n.language : 'nl';
  // The language the person reads is most often the second language the worker is showing.
  const [code, setCode] = useState<LanguageCode>(secondLanguage ?? appLanguage);
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    preselectedLineIds.filter((id) => offeredLines.some((line) => line.id === id)),
  );
  const [isTooFew, setIsTooFew] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const person = useCardLanguage(code);
  useAnnounceChange(person.status === 'unavailable' ? t('bar.secondLanguageUnavailable') : '', 'assertive');
  useAnnounceChange(isTooFew ? t('card.linesTooFew') : '', 'assertive');
  const dutch = useCardLanguage('nl');
  const lines = offeredLines.filter((line) => chosen.includes(line.id));
  const needed = Math.min(minLines, offeredLines.length);
  const isFull = chosen.length >= maxLines;
  const address = appAddress();

  const toggle = (id: string, isOn: boolean) => {
    setIsTooFew(false);
    setChosen((current) =>
      isOn
        ? current.length < maxLines && !current.includes(id)
          ? [...current, id]
          : current
        : current.filter((other) => other !== id),
    );
  };

  const print = () => {
    if (lines.length < needed) {
      setIsTooFew(true);
      // After the message is in the page, so a screen reader reads it where focus lands.
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    window.print();
  };

  const card =
    person.status === 'ready' && dutch.status === 'ready'
      ? {
          address,
          codeLabel: t('qr.codeLabel'),
          person: person.language,
          dutch: dutch.language,
          emergency: emergencyLine,
          lines,
        }
      : null;

  return (
    <>
      <ScreenHeading>{t('card.title')}</ScreenHeading>
      <p className="lead">{t('card.intro')}</p>
      <div className="field">
        <label htmlFor={sid('card-language')}>{t('card.languageLabel')}</label>
        <select
          id={sid('card-language')}
          value={code}
          onChange={(event) => setCode(event.target.value as LanguageCode)}
        >
          {languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.nativeName}
            </option>
          ))}
        </select>
      </div>
      {person.status === 'unavailable' && <p className="notice notice--alert">{t('bar.secondLanguageUnavailable')}</p>}
      <fieldset className="hand-out-lines" aria-describedby={sid('card-lines-hint')}>
        <legend>{t('card.linesLegend')}</legend>
        <p id={sid('card-lines-hint')} className="quiet">
          {isFull ? t('card.linesFull') : t('card.linesHint')}
        </p>
        {offeredLines.map((line) => {
          const isChosen = chosen.includes(line.id);
          return (
            <label key={line.id} className="choice">
              <input
                type="checkbox"
                checked={isChosen}
                disabled={!isChosen && isFull}
                onChange={(event) => toggle(line.id, event.target.checked)}
              />
              {/* Dutch names and numbers, kept left to right inside Arabic. */}
              <span className="hand-out-lines__text">
                <span lang="nl" dir="ltr">
                  {line.name}
                </span>{' '}
                <span className="phone-number" dir="ltr">
                  {formatDutch(line.phone.number)}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {isTooFew && (
        <p ref={errorRef} tabIndex={-1} className="notice notice--alert">
          {t('card.linesTooFew')}
        </p>
      )}
      <section className="hand-out-preview" aria-labelledby={sid('card-preview')}>
        <h2 id={sid('card-preview')}>{t('card.previewHeading')}</h2>
        {card && <HandOutCard {...card} />}
      </section>
      <p>{t('card.printNote')}</p>
      <Button variant="primary" onClick={print} disabled={!card}>
        {t('card.print')}
      </Button>
      {card && <HandOutSheet {...card} />}
    </>
  );
}
