import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type ContentT = (key: string, values?: Record<string, string | number>) => string;

/**
 * Text for keys that come from content data (`explore:stopping.housing.intro`). Those keys are
 * strings in typed data, not literals, so `tsc` cannot check them; the content schema tests check
 * instead that every such key exists in every language.
 */
export function useContentText(): ContentT {
  const { t } = useTranslation();
  // The one place where a data key meets the typed `t`: checked by tests, not by the compiler.
  const untyped = t as unknown as ContentT;
  return useCallback<ContentT>((key, values) => untyped(key, values), [untyped]);
}
