import { useEffect, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { checkQuestions } from '../../../content/check/questions';
import { evaluateCheck, withAnswer, type CheckAnswers } from '../../../domain/check';
import { languageInfo, isLanguageCode, type LanguageCode } from '../../../i18n';
import { RouteLink, useStepBack } from '../../../routing';
import { Button, ScreenHeading } from '../../../ui';
import { useSpeech } from '../../readAloud';
import { columnTranslator, useShowingSession } from '../../showing';
import { CheckResult } from '../CheckResult';
import { PersonQuestion } from './PersonQuestion';
import './handOver.css';

/**
 * "Answer on your own", in showing mode: the worker hands the phone over and the person answers the
 * check by themselves, in their own language, optionally read aloud. The answers live only in this
 * screen's memory — never in storage, never in the check's own memory — and are gone when the
 * person clears them, gives the phone back, or the screen closes.
 */
type Stage =
  | { kind: 'start' }
  | { kind: 'question'; index: number }
  | { kind: 'choose' }
  | { kind: 'result'; forWorker: boolean }
  | { kind: 'giveBack' };

export function HandOverScreen() {
  const { t, i18n } = useTranslation('check');
  const { isOn, secondLanguage } = useShowingSession();
  if (!isOn) {
    return (
      <>
        <ScreenHeading>{t('handOver.title')}</ScreenHeading>
        <p>{t('handOver.onlyWhileShowing')}</p>
        <RouteLink to={{ name: 'check' }}>{t('handOver.toCheck')}</RouteLink>
      </>
    );
  }
  const appLanguage: LanguageCode = isLanguageCode(i18n.language) ? i18n.language : 'nl';
  return <HandOver appLanguage={appLanguage} personLanguage={secondLanguage ?? appLanguage} />;
}

function HandOver({ appLanguage, personLanguage }: { appLanguage: LanguageCode; personLanguage: LanguageCode }) {
  const [stage, setStage] = useState<Stage>({ kind: 'start' });
  const [answers, setAnswers] = useState<CheckAnswers>({});
  const [readsAloud, setReadsAloud] = useState(false);
  const clear = () => setAnswers({});
  // The phone's Back goes to the start of this screen, with the answers gone: never to a question.
  useStepBack(
    stage.kind === 'start'
      ? null
      : () => {
          clear();
          setStage({ kind: 'start' });
          return true;
        },
  );

  const inPersonLanguage = (content: ReactNode) => (
    <InLanguage code={personLanguage} appLanguage={appLanguage}>
      {content}
    </InLanguage>
  );

  switch (stage.kind) {
    case 'start':
      return (
        <WorkerStart
          personLanguage={personLanguage}
          readsAloud={readsAloud}
          onReadsAloud={setReadsAloud}
          onStart={() => {
            clear();
            setStage({ kind: 'question', index: 0 });
          }}
        />
      );
    case 'question': {
      const question = checkQuestions[stage.index];
      if (!question) return null;
      return inPersonLanguage(
        <AnsweringQuestion
          key={question.id}
          language={personLanguage}
          readsAloud={readsAloud}
          render={(readAloud) => (
            <PersonQuestion
              question={question}
              number={stage.index + 1}
              total={checkQuestions.length}
              readAloud={readAloud}
              onAnswer={(answer) => {
                setAnswers((current) => withAnswer(current, question.id, answer));
                setStage(
                  stage.index + 1 >= checkQuestions.length
                    ? { kind: 'choose' }
                    : { kind: 'question', index: stage.index + 1 },
                );
              }}
            />
          )}
        />,
      );
    }
    case 'choose':
      return inPersonLanguage(
        <PersonChooses
          onSee={() => setStage({ kind: 'result', forWorker: false })}
          onShowWorker={() => setStage({ kind: 'result', forWorker: true })}
          onClear={() => {
            clear();
            setStage({ kind: 'giveBack' });
          }}
        />,
      );
    case 'result': {
      const result = (
        <>
          <CheckResult
            result={evaluateCheck(answers, checkQuestions)}
            isReadOnly
            onErase={async () => {}}
            onRetake={() => {}}
          />
          <ClearAndGiveBack
            onDone={() => {
              clear();
              setStage({ kind: 'giveBack' });
            }}
          />
        </>
      );
      // Shown to the worker: in the app's own language; for the person: in theirs.
      return stage.forWorker ? result : inPersonLanguage(result);
    }
    case 'giveBack':
      return inPersonLanguage(<GiveBack onBack={() => setStage({ kind: 'start' })} />);
  }
}

/** The screen in the person's language and direction; the app's language needs no wrapper. */
function InLanguage({
  code,
  appLanguage,
  children,
}: {
  code: LanguageCode;
  appLanguage: LanguageCode;
  children: ReactNode;
}) {
  const translator = code === appLanguage ? undefined : columnTranslator(code);
  if (!translator) return <>{children}</>;
  const info = languageInfo(code);
  return (
    <div lang={info.code} dir={info.dir}>
      <I18nextProvider i18n={translator}>{children}</I18nextProvider>
    </div>
  );
}

function WorkerStart({
  personLanguage,
  readsAloud,
  onReadsAloud,
  onStart,
}: {
  personLanguage: LanguageCode;
  readsAloud: boolean;
  onReadsAloud: (on: boolean) => void;
  onStart: () => void;
}) {
  const { t } = useTranslation('check');
  const speech = useSpeech(personLanguage);
  const language = languageInfo(personLanguage);
  return (
    <>
      <ScreenHeading>{t('handOver.title')}</ScreenHeading>
      <p className="lead">{t('handOver.intro')}</p>
      <p>
        {t('handOver.inLanguage')}{' '}
        <span lang={language.code} dir={language.dir}>
          {language.nativeName}
        </span>
      </p>
      <p>{t('handOver.nothingKept')}</p>
      {speech.isAvailable ? (
        <label className="check-field">
          <input type="checkbox" checked={readsAloud} onChange={(event) => onReadsAloud(event.target.checked)} />
          <span>{t('handOver.readAloud')}</span>
        </label>
      ) : (
        <p className="quiet">{t('handOver.noVoice')}</p>
      )}
      <div className="button-row">
        <Button variant="primary" className="hand-over__start" onClick={onStart}>
          {t('handOver.start')}
        </Button>
      </div>
    </>
  );
}

/** Holds the voice for one question; reading stops when the question goes. */
function AnsweringQuestion({
  language,
  readsAloud,
  render,
}: {
  language: LanguageCode;
  readsAloud: boolean;
  render: (readAloud: ((text: string) => void) | undefined) => ReactNode;
}) {
  const speech = useSpeech(language);
  return <>{render(readsAloud && speech.isAvailable ? speech.speak : undefined)}</>;
}

function PersonChooses({
  onSee,
  onShowWorker,
  onClear,
}: {
  onSee: () => void;
  onShowWorker: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('check');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="hand-over__question">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('handOver.doneHeading')}
      </h2>
      <p>{t('handOver.doneBody')}</p>
      <div className="hand-over__choices">
        <Button variant="primary" className="hand-over__choice" onClick={onSee}>
          {t('handOver.see')}
        </Button>
        <Button className="hand-over__choice" onClick={onShowWorker}>
          {t('handOver.showWorker')}
        </Button>
        <Button className="hand-over__choice" onClick={onClear}>
          {t('handOver.clear')}
        </Button>
      </div>
    </div>
  );
}

function ClearAndGiveBack({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('check');
  return (
    <div className="button-row">
      <Button variant="primary" onClick={onDone}>
        {t('handOver.clearAndGiveBack')}
      </Button>
    </div>
  );
}

/** Nothing of the answers is left on this screen: only that the phone can go back. */
function GiveBack({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('check');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="hand-over__give-back">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('handOver.giveBack')}
      </h2>
      <p>{t('handOver.cleared')}</p>
      <Button onClick={onBack}>{t('handOver.haveItBack')}</Button>
    </div>
  );
}
