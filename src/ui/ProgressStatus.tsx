/**
 * Progress of a download the person asked for, announced politely, with one closing line: all done,
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
  return (
    <div className="progress" role="status">
      <label>
        {label}
        <progress max={total} value={done} />
      </label>
      {!isBusy && failedCount === 0 && <p>{doneText}</p>}
      {!isBusy && failedCount > 0 && <p>{failedText}</p>}
    </div>
  );
}
