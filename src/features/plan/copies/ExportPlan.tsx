import { focusFirstInvalid } from '../../../lib/focusSoon';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../domain/plan';
import { Button, Notice, TextField } from '../../../ui';
import { createExport } from './exportFile';
import { newPassphraseError, PassphraseFields, type NewPassphrase } from '../lock';
import type { PlanState } from '../usePlan';

/** Offers the file as a download; the name says nothing about what is in it. */
function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Neutral by default — "backup" and a date, never the app's name — and the person can change it. */
export function defaultExportFileName(now = new Date()): string {
  return `backup-${localIsoDate(now)}.bin`;
}

/** What the person typed, made safe as a file name; empty falls back to the neutral default. */
export function cleanFileName(typed: string, now = new Date()): string {
  const cleaned = [...typed.trim()]
    .map((character) => (character < ' ' || '\\/:*?"<>|'.includes(character) ? '-' : character))
    .join('')
    .slice(0, 80);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? defaultExportFileName(now) : cleaned;
}

export function ExportPlan({ state }: { state: PlanState }) {
  const { t } = useTranslation('plan');
  const [value, setValue] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const [showErrors, setShowErrors] = useState(false);
  const [status, setStatus] = useState<'idle' | 'working' | 'done'>('idle');
  const [fileName, setFileName] = useState(() => defaultExportFileName());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (status === 'working') return;
    setShowErrors(true);
    if (newPassphraseError(value)) return focusFirstInvalid(event.currentTarget as HTMLFormElement);
    setStatus('working');
    try {
      download(await createExport(state.records, value.passphrase), cleanFileName(fileName));
      setStatus('done');
      setValue({ passphrase: '', repeat: '' });
      setShowErrors(false);
    } catch {
      setStatus('idle');
    }
  };

  return (
    <section aria-labelledby="export-heading" className="plan-section">
      <h2 id="export-heading">{t('export.title')}</h2>
      <p>{t('export.intro')}</p>
      {state.records.length === 0 ? (
        <p>{t('export.empty')}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <PassphraseFields
            value={value}
            onChange={setValue}
            labels={{ passphrase: t('export.passphrase'), repeat: t('export.repeat') }}
            showErrors={showErrors}
          />
          <TextField
            label={t('export.fileName')}
            hint={t('export.fileNameHint')}
            value={fileName}
            onChange={(event) => setFileName(event.target.value)}
          />
          <Button type="submit" variant="primary" isBusy={status === 'working'}>
            {t('export.create')}
          </Button>
        </form>
      )}
      {status === 'working' ? <Notice tone="polite">{t('export.working')}</Notice> : null}
      {status === 'done' ? <Notice tone="polite">{t('export.done')}</Notice> : null}
    </section>
  );
}
