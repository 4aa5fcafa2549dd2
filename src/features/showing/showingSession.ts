/**
 * What "showing someone" mode holds besides on/off: the second language and the text size. Memory
 * only, like the mode itself, and reset whenever the mode starts or stops.
 */
import { useSyncExternalStore } from 'react';
import { createColumnI18n, i18n, isLanguageCode, switchLanguage, type ColumnI18n, type LanguageCode } from '../../i18n';
import { announce } from '../../lib/announcer';
import { focusSoon } from '../../lib/focusSoon';
import { onQuickExit } from '../../lib/quickExit';
import { enterShowingMode, isShowingMode, leaveShowingMode, onShowingModeChange } from '../../lib/showingMode';
import { screenScrollTop, scrollScreenTo } from '../../lib/screenScroll';
import { screenHeadingId } from '../../ui/ScreenHeading';

export const textScales = [100, 130, 160] as const;
export type TextScale = (typeof textScales)[number];

export interface ShowingSession {
  isOn: boolean;
  secondLanguage: LanguageCode | null;
  textScale: TextScale;
}

let session: ShowingSession = { isOn: isShowingMode(), secondLanguage: null, textScale: 100 };
const listeners = new Set<() => void>();
// The worker's own language, put back when the mode stops.
let languageBefore: LanguageCode | null = null;
const columnTranslators = new Map<LanguageCode, ColumnI18n>();

function applyTextScale(scale: TextScale): void {
  if (typeof document === 'undefined') return;
  for (const other of textScales) document.documentElement.classList.remove(`text-scale-${other}`);
  if (scale !== 100) document.documentElement.classList.add(`text-scale-${scale}`);
}

function update(next: Partial<ShowingSession>): void {
  session = { ...session, ...next };
  applyTextScale(session.textScale);
  for (const listener of [...listeners]) listener();
}

onShowingModeChange((isOn) => update({ isOn, secondLanguage: null, textScale: 100 }));
// Quick exit replaces the page anyway; leaving first makes sure the memory overlay is emptied too.
onQuickExit(() => leaveShowingMode());

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useShowingSession(): ShowingSession {
  const read = () => session;
  return useSyncExternalStore(subscribe, read, read);
}

/** Whether "showing someone" mode is on, for any component. */
export function useShowingMode(): boolean {
  return useShowingSession().isOn;
}

export function startShowing(currentLanguage: LanguageCode): void {
  languageBefore = currentLanguage;
  enterShowingMode();
}

/**
 * Stops the mode and puts the worker's own language back on screen. Every screen starts again, so
 * the pressed button is gone: focus goes to `focusId` (the screen's heading, or the start button in
 * Settings) and the end of the mode is said once, both in the worker's language again.
 */
export async function stopShowing(focusId: string = screenHeadingId): Promise<void> {
  leaveShowingMode();
  const language = languageBefore;
  languageBefore = null;
  if (language) await switchLanguage(language).catch(() => undefined);
  // Started again meanwhile: that start moves focus itself.
  if (isShowingMode()) return;
  focusSoon(focusId);
  announce(i18n.t('showing:bar.stopped'));
}

export function nextTextScale(): void {
  const index = textScales.indexOf(session.textScale);
  update({ textScale: textScales[(index + 1) % textScales.length] ?? 100 });
}

/**
 * Loads the language for the second column first, so the column never shows keys. Rejects when the
 * language is not on this phone and there is no internet; the current choice then stays.
 */
export async function chooseSecondLanguage(code: LanguageCode | null): Promise<void> {
  if (code !== null && !columnTranslators.has(code)) columnTranslators.set(code, await createColumnI18n(code));
  if (session.isOn) update({ secondLanguage: code });
}

export function columnTranslator(code: LanguageCode): ColumnI18n | undefined {
  return columnTranslators.get(code);
}

/** The language the worker started the mode in: the bar stays in it whatever the screens are in. */
export function workerLanguage(): LanguageCode | null {
  return languageBefore;
}

/**
 * ⇄: the second language becomes the screen's first language and the first the second, in place
 * (same screen, same scroll). Nothing is saved: the switch is the translator's only, like the mode.
 */
export async function swapLanguages(): Promise<void> {
  const second = session.secondLanguage;
  const first = i18n.language;
  if (!second || !isLanguageCode(first) || first === second) return;
  if (!columnTranslators.has(first)) columnTranslators.set(first, await createColumnI18n(first));
  const scroll = screenScrollTop();
  await switchLanguage(second);
  if (!session.isOn) return;
  update({ secondLanguage: first });
  scrollScreenTo(scroll);
}
