import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reportStorageError } from '../../../src/data';
import { renderApp } from './renderApp';

describe('when saving fails', () => {
  it('tells the person in their language that the phone is full', async () => {
    await renderApp('nl');
    act(() => {
      reportStorageError(new DOMException('full', 'QuotaExceededError'));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Je telefoon is vol');
  });

  it('says so in English too', async () => {
    await renderApp('en');
    act(() => {
      reportStorageError(Object.assign(new Error('x'), { name: 'VersionError' }));
    });
    expect(screen.getByRole('alert')).toHaveTextContent('A newer version of Verder is open in another tab');
  });
});
