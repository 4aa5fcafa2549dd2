import { useId, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { isLanguageCode, languageInfo } from '../../i18n';
import { useNavigation, type Route } from '../../routing';
import { IdScope } from '../../ui';
import { columnTranslator, useShowingSession } from './showingSession';

/**
 * The screen, and in "showing someone" mode with a second language chosen, the same screen again in
 * that language beside it (stacked on a narrow phone). Each column has its own lang and dir, so
 * Arabic beside Dutch reads right to left in its own column only. The copy has its own ids and
 * never takes focus on navigation: the first column stays the one the app moves focus to.
 */
// Settings are the worker's own tools: shown once, in the app language.
const singleLanguageScreens: ReadonlySet<Route['name']> = new Set([
  'settings',
  'language',
  'plan',
  'planSafety',
  'incidents',
  'checkIn',
  // Answering on your own is already in the person's language, and answers must not appear twice.
  'handOver',
  // The card shows both languages itself.
  'handOutCard',
]);

/** The copy's column, which its read aloud reads (without its label, which is in the app's language). */
export const copyColumnId = 'screen-copy';

export function ShowingColumns({ children, copy }: { children: ReactNode; copy: ReactNode }) {
  const { t, i18n } = useTranslation('showing');
  const { isOn, secondLanguage } = useShowingSession();
  const labelId = useId();
  const appLanguage = languageInfo(isLanguageCode(i18n.language) ? i18n.language : 'nl');
  const { route } = useNavigation();
  const isTwoLanguages =
    isOn && secondLanguage !== null && secondLanguage !== appLanguage.code && !singleLanguageScreens.has(route.name);
  const translator = isTwoLanguages && secondLanguage ? columnTranslator(secondLanguage) : undefined;
  const second = translator && secondLanguage ? languageInfo(secondLanguage) : null;
  return (
    <div className={second ? 'columns columns--two' : 'columns'}>
      <div className="column" lang={appLanguage.code} dir={appLanguage.dir}>
        {children}
      </div>
      {second && translator && (
        <section
          id={copyColumnId}
          className="column column--copy"
          lang={second.code}
          dir={second.dir}
          aria-labelledby={labelId}
        >
          <p id={labelId} className="column__label" lang={appLanguage.code} dir={appLanguage.dir} data-not-read="">
            <LanguageInLine
              text={t('columns.alsoIn', { language: nameMark })}
              name={second.nativeName}
              lang={second.code}
              dir={second.dir}
            />
          </p>
          <I18nextProvider i18n={translator}>
            <IdScope suffix="also">{copy}</IdScope>
          </I18nextProvider>
        </section>
      )}
    </div>
  );
}

/** Stands for the language's name in the label, so the name can get its own lang and dir. */
const nameMark = '\u2063';

/**
 * "Also in: العربية": the label is in the reader's language, the name in its own (WCAG 3.1.2), so a
 * screen reader says "العربية" with an Arabic voice and the name keeps its direction.
 */
function LanguageInLine({ text, name, lang, dir }: { text: string; name: string; lang: string; dir: 'ltr' | 'rtl' }) {
  const [before, after = ''] = text.split(nameMark);
  return (
    <>
      {before}
      <span lang={lang} dir={dir}>
        {name}
      </span>
      {after}
    </>
  );
}
