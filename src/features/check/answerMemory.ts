/**
 * The check's answers for this visit, in memory only. This is where answers live by default: they
 * are written to the phone only when the person chooses to keep them (or, with a lock, sealed in the
 * vault). Forgotten at quick exit, when the vault locks, and whenever showing someone starts or
 * stops — so one person's answers never reach the next person who holds the phone.
 */
import { useSyncExternalStore } from 'react';
import type { CheckAnswers } from '../../domain/check';
import { onQuickExit } from '../../lib/quickExit';
import { onShowingModeChange } from '../../lib/showingMode';
import { onLock } from '../vault';

let answers: CheckAnswers | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of [...listeners]) listener();
}

export function rememberAnswers(next: CheckAnswers): void {
  answers = next;
  changed();
}

export function forgetAnswers(): void {
  if (answers === null) return;
  answers = null;
  changed();
}

export function rememberedAnswers(): CheckAnswers | null {
  return answers;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useRememberedAnswers(): CheckAnswers | null {
  return useSyncExternalStore(subscribe, rememberedAnswers, rememberedAnswers);
}

onQuickExit(forgetAnswers);
onLock(forgetAnswers);
onShowingModeChange(forgetAnswers);
