/**
 * Where the facts on a screen come from, folded away so it does not crowd the text. Sources are
 * passed in already translated: a report section with its short title, or a public page and its date.
 */
export function SourceList({ heading, sources }: { heading: string; sources: readonly string[] }) {
  const unique = [...new Set(sources)];
  if (unique.length === 0) return null;
  return (
    <details className="sources">
      <summary>{heading}</summary>
      <ul>
        {unique.map((source) => (
          <li key={source}>{source}</li>
        ))}
      </ul>
    </details>
  );
}
