import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { subscribeAnnouncements, readAnnouncements } from '../../../src/lib/announcer';
import { renderApp } from '../app/renderApp';

/** Every non-empty text the polite region receives while `work` runs. */
async function heard(work: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const stop = subscribeAnnouncements(() => {
    const text = readAnnouncements().polite.text;
    if (text) said.push(text);
  });
  await work();
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
  stop();
  return said;
}

describe('the passphrase strength hint', () => {
  it('is said when the strength changes, not on every key, and again on leaving the field', async () => {
    await renderApp('en', { name: 'planSafety' });
    const lock = await screen.findByRole('region', { name: 'Lock my plan' });
    const field = await within(lock).findByLabelText('Password', { exact: true });
    const typing = await heard(async () => {
      // Typed in three bursts with a pause between: 10 keys, three categories.
      for (const burst of ['tr3', 'eX!9z', 'kq']) {
        await userEvent.type(field, burst);
        await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
      }
    });
    expect(typing).toEqual([
      'How strong: Too short. Use at least 8 characters.',
      'How strong: Easy to guess. A few words in a row are easier to remember and harder to guess.',
      'How strong: Good.',
    ]);
    const leaving = await heard(async () => {
      await userEvent.tab();
    });
    expect(leaving).toEqual(['How strong: Good.']);
    // The hint is not live itself.
    await waitFor(() => expect(within(lock).getByText('How strong: Good.').closest('[aria-live]')).toBeNull());
  });
});
