/**
 * Where the check is (which step, which answers), shared with a read-only copy of the screen in a
 * second language. Memory only: the answers themselves are stored (or not) by useCheckAnswers.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { CheckAnswers } from '../../domain/check';

export type Step = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'result' };

export interface CheckView {
  step: Step;
  answers: CheckAnswers;
}

let view: CheckView | null = null;
const listeners = new Set<() => void>();

function publish(next: CheckView | null): void {
  view = next;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Called by the check that takes answers; forgotten when that screen closes. */
export function useSharedCheckView(next: CheckView | null): void {
  const key = next ? JSON.stringify(next) : '';
  useEffect(() => {
    publish(key === '' ? null : (JSON.parse(key) as CheckView));
  }, [key]);
  useEffect(() => () => publish(null), []);
}

export function useCheckView(): CheckView | null {
  const read = () => view;
  return useSyncExternalStore(subscribe, read, read);
}
