import { focusFirstInvalid, focusSoon } from '../../../lib/focusSoon';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanChangedElsewhereError } from '../../../data';
import { isMoneyKind } from '../../../domain/moneyItems';
import { countByKind, planItemKinds, type VaultItem } from '../../../domain/plan';
import { Button, Notice, useAnnounceChange } from '../../../ui';
import { SecretField } from '../../vault';
import { ImportError, maxExportBytes, readExport, type ImportErrorCode } from './exportFile';
import { mergeImport, replaceWithImport } from './importPlan';
import type { PlanState } from '../usePlan';

const importErrorId = 'import-error';
const fileErrorId = 'import-file-error';

type Step =
  | { name: 'choose' }
  | { name: 'working' }
  | { name: 'preview'; items: VaultItem[]; confirmReplace: boolean }
  | { name: 'done'; message: string };

/**
 * Opening a copy: choose the file, give its passphrase, see what is in it, then choose to add or
 * replace. Any problem with the file is named, and the plan stays exactly as it was.
 */
export function ImportPlan({ state }: { state: PlanState }) {
  const { t } = useTranslation('plan');
  const [file, setFile] = useState<File | null>(null);
  useAnnounceChange(file ? t('import.chosen', { name: file.name }) : '');
  const [passphrase, setPassphrase] = useState('');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [error, setError] = useState<ImportErrorCode | 'unreadable' | 'changedElsewhere' | null>(null);
  // One per try: the same error twice in a row is a new message, said again (not an unchanged box).
  const [attempt, setAttempt] = useState(0);
  // "Look inside" stays in the Tab order (audit m7): pressed with something missing, that field says so.
  const [showMissing, setShowMissing] = useState(false);
  const isFileMissing = showMissing && !file;
  const isPassphraseMissing = showMissing && passphrase === '';

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (step.name === 'working') return;
    if (!file || passphrase === '') {
      setShowMissing(true);
      return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    }
    setShowMissing(false);
    setError(null);
    setAttempt((count) => count + 1);
    if (file.size > maxExportBytes) {
      setError('tooLarge');
      return;
    }
    setStep({ name: 'working' });
    try {
      const items = await readExport(await file.text(), passphrase);
      setStep({ name: 'preview', items, confirmReplace: false });
      focusSoon('import-preview');
    } catch (reason) {
      const code = reason instanceof ImportError ? reason.code : 'unreadable';
      setError(code);
      setStep({ name: 'choose' });
      // Back to the field to change: the passphrase when it was wrong (the field marked invalid, whether
      // its letters are shown or not), else the section's start.
      focusSoon('import-section', { select: code === 'wrongPassphrase' ? 'input[aria-invalid="true"]' : 'h2' });
    }
  };

  const write = async (work: () => Promise<string>) => {
    try {
      const message = await work();
      setStep({ name: 'done', message });
      setPassphrase('');
      setFile(null);
      setShowMissing(false);
      focusSoon('import-section', { select: 'h2' });
    } catch (reason) {
      if (reason instanceof PlanChangedElsewhereError) {
        setError('changedElsewhere');
        setAttempt((count) => count + 1);
      }
      setStep({ name: 'choose' });
    }
  };

  return (
    <section id="import-section" aria-labelledby="import-heading" className="plan-section">
      <h2 id="import-heading">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      {step.name === 'preview' ? (
        <ImportPreview
          items={step.items}
          confirmReplace={step.confirmReplace}
          onMerge={() => void write(async () => t('import.merged', { count: await mergeImport(step.items, state) }))}
          onReplace={() =>
            step.confirmReplace
              ? void write(async () => {
                  await replaceWithImport(step.items, state);
                  return t('import.replaced');
                })
              : setStep({ ...step, confirmReplace: true })
          }
          onCancel={() => {
            setStep({ name: 'choose' });
            focusSoon('import-section', { select: 'h2' });
          }}
        />
      ) : (
        <form onSubmit={open} noValidate>
          <div className={isFileMissing ? 'field file-field field--invalid' : 'field file-field'}>
            <span className="field__label" id="import-file-label">
              {t('import.file')}
            </span>
            {/* The browser's own file button speaks the browser's language; this one speaks the reader's. */}
            <label id="import-file-button" className="button button--secondary">
              <input
                id="import-file"
                className="visually-hidden"
                type="file"
                accept=".bin,.verder,.json,application/json,application/octet-stream"
                aria-labelledby="import-file-label import-file-button"
                aria-invalid={isFileMissing || undefined}
                aria-describedby={isFileMissing ? fileErrorId : undefined}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
              {t('import.chooseFile')}
            </label>
            <p className="field__hint">{file ? t('import.chosen', { name: file.name }) : t('import.noFile')}</p>
            {isFileMissing ? (
              <p className="field__error" id={fileErrorId}>
                {t('import.noFileError')}
              </p>
            ) : null}
          </div>
          {/* Typed to open something, like the unlock field: masked, not offered to password managers,
              with "Show what I type" (audit m14). */}
          <SecretField
            label={t('import.passphrase')}
            // A wrong passphrase is this field's error: marked on it and read with it (the message is below).
            error={isPassphraseMissing ? t('errors.required') : undefined}
            aria-invalid={error === 'wrongPassphrase' || isPassphraseMissing || undefined}
            {...(error === 'wrongPassphrase' ? { 'aria-describedby': importErrorId } : {})}
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <Button type="submit" variant="primary" isBusy={step.name === 'working'}>
            {t('import.open')}
          </Button>
        </form>
      )}
      {step.name === 'working' ? <Notice tone="polite">{t('import.working')}</Notice> : null}
      {error ? (
        <div id={importErrorId}>
          <Notice key={attempt} tone="alert">
            {error === 'changedElsewhere' ? t('changedElsewhere') : t(`import.errors.${error}`)}
          </Notice>
        </div>
      ) : null}
      {step.name === 'done' ? <Notice tone="polite">{step.message}</Notice> : null}
    </section>
  );
}

/** Records in the vault beside the plan items; the preview names them so nothing comes in unseen. */
const otherRecordKinds = ['checkAnswers', 'savedPlace', 'incident', 'startScreen', 'checkIn'] as const;

function ImportPreview({
  items,
  confirmReplace,
  onMerge,
  onReplace,
  onCancel,
}: {
  items: VaultItem[];
  confirmReplace: boolean;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['plan', 'money']);
  const counts = countByKind(items);
  // Money records (budget lines, savings, debts) are counted together, as the Money screen shows them.
  const moneyCount = items.filter((item) => isMoneyKind(item.kind)).length;
  return (
    <div id="import-preview" className="import-preview">
      <p>{t('import.contents')}</p>
      <ul className="bullet-list">
        {planItemKinds
          .filter((kind) => counts[kind] > 0)
          .map((kind) => (
            <li key={kind}>
              {t(`sections.${kind}.title`)}: {t('import.count', { count: counts[kind] })}
            </li>
          ))}
        {otherRecordKinds
          .filter((kind) => items.some((item) => item.kind === kind))
          .map((kind) => (
            <li key={kind}>{t(`import.${kind}`)}</li>
          ))}
        {moneyCount > 0 ? (
          <li>
            {t('money:title')}: {t('import.count', { count: moneyCount })}
          </li>
        ) : null}
      </ul>
      <p>{t('import.mergeHint')}</p>
      <Button variant="primary" onClick={onMerge}>
        {t('import.merge')}
      </Button>
      <p>{t('import.replaceHint')}</p>
      <Button onClick={onReplace}>{confirmReplace ? t('import.confirmReplace') : t('import.replace')}</Button>
      <Button onClick={onCancel}>{t('import.cancel')}</Button>
    </div>
  );
}
