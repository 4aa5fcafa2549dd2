import { useAnnounceChange } from './Announcer';

/**
 * Progress of a download the person asked for, with one closing line (announced politely): all done,
 * or that some failed. Texts arrive by props.
 */
export function ProgressStatus({
  label,
  done,
  total,
  failedCount,
  doneText,
  failedText,
}: {
  label: string;
  done: number;
  total: number;
  failedCount: number;
  doneText: string;
  failedText: string;
}) {
  const isBusy = done < total;
  useAnnounceChange(isBusy ? '' : failedCount > 0 ? failedText : doneText, 'polite', { onMount: true });
  return (
    <div className="progress">
      <label>
        {label}
        <progress max={total} value={done} />
      </label>
      {!isBusy && failedCount === 0 && <p>{doneText}</p>}
      {!isBusy && failedCount > 0 && <p>{failedText}</p>}
    </div>
  );
}
