import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportStorageError } from '../../../src/data';
import { renderApp } from './renderApp';
import { expectAnnounced } from '../announced';

describe('when saving fails', () => {
  it('tells the person in their language that the phone is full', async () => {
    await renderApp('nl');
    act(() => {
      reportStorageError(new DOMException('full', 'QuotaExceededError'));
    });
    expect(screen.getByText(/Je telefoon is vol/)).toBeVisible();
    await expectAnnounced('Je telefoon is vol', 'assertive');
  });

  it('says so in English too', async () => {
    await renderApp('en');
    act(() => {
      reportStorageError(Object.assign(new Error('x'), { name: 'VersionError' }));
    });
    expect(screen.getByText(/A newer version of Verder is open in another tab/)).toBeVisible();
    await expectAnnounced('A newer version of Verder is open in another tab', 'assertive');
  });
});
