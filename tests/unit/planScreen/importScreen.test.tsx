import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/data/database';
import { putPlanRows, readPlanSnapshot } from '../../../src/data';
import type { VaultItem } from '../../../src/domain/plan';
import { createExport, maxExportBytes } from '../../../src/features/plan/copies/exportFile';
import { lockNow } from '../../../src/features/vault/session';
import { renderApp } from '../app/renderApp';
import { samplePlan } from '../plan/fixtures';
import { editIncident, newIncident } from '../../../src/domain/incident';
import { expectAnnounced } from '../announced';
import { subscribeAnnouncements, readAnnouncements } from '../../../src/lib/announcer';

/** Every text the assertive region is given from now on, once per announcement. */
function recordAlerts(): { said: string[]; stop: () => void } {
  const said: string[] = [];
  let lastKey = readAnnouncements().assertive.key;
  const stop = subscribeAnnouncements(() => {
    const { text, key } = readAnnouncements().assertive;
    if (text && key !== lastKey) said.push(text);
    lastKey = key;
  });
  return { said, stop };
}

beforeEach(async () => {
  lockNow();
  await database.delete();
  await database.open();
  await putPlanRows(
    [{ id: 'mine', rev: 'r', data: { kind: 'note', id: 'mine', order: 1, updatedAt: 1, text: 'al op deze telefoon' } }],
    null,
  );
});

async function openCopy(content: string, passphrase: string) {
  const section = await screen.findByRole('region', { name: 'Open a copy' });
  const input = section.querySelector('input[type="file"]') as HTMLInputElement;
  await userEvent.upload(input, new File([content], 'copy.verder', { type: 'application/octet-stream' }));
  expect(within(section).getByText('Chosen: copy.verder')).toBeInTheDocument();
  await userEvent.type(within(section).getByLabelText('Password of the copy'), passphrase);
  await userEvent.click(within(section).getByRole('button', { name: 'Look inside' }));
  return section;
}

describe('opening a copy', () => {
  it('names what is wrong with a file that is not a copy, in the reader’s language, and changes nothing', async () => {
    const before = JSON.stringify(await readPlanSnapshot());
    await renderApp('nl', { name: 'planSafety' });
    const section = await screen.findByRole('region', { name: 'Kopie openen' });
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File(['{"hello":1}'], 'foto.json', { type: 'application/json' }));
    await userEvent.type(within(section).getByLabelText('Wachtwoord van de kopie'), 'iets');
    await userEvent.click(within(section).getByRole('button', { name: 'Kijk wat erin staat' }));
    expect(await within(section).findByText(/Dit is geen kopie die met Verder is gemaakt/)).toBeVisible();
    await expectAnnounced('Dit is geen kopie die met Verder is gemaakt', 'assertive');
    expect(JSON.stringify(await readPlanSnapshot())).toBe(before);
  });

  it('shows what is in a copy, then replaces only after a second confirmation', async () => {
    const file = await createExport(samplePlan(), 'kopie wachtwoord');
    await renderApp('en', { name: 'planSafety' });
    const section = await openCopy(file, 'kopie wachtwoord');
    expect(await within(section).findByText('This copy holds:', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(section).getByText('Steps: 2 items')).toBeInTheDocument();
    expect(within(section).getByText('My goals: 1 item')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Replace my plan' }));
    expect((await readPlanSnapshot()).rows.map((row) => row.id)).toEqual(['mine']);
    await userEvent.click(within(section).getByRole('button', { name: 'Yes, replace my plan' }));
    expect(await within(section).findByText('Your plan is replaced by the copy.')).toBeInTheDocument();
    const ids = (await readPlanSnapshot()).rows.map((row) => row.id).sort();
    expect(ids).toEqual(
      samplePlan()
        .map((item) => item.id)
        .sort(),
    );
  });

  it('names the check answers, the kept place and the records of what happened in a copy too, and merges them in', async () => {
    const written = {
      date: '2026-11-30',
      time: '23:10',
      place: 'Hotel',
      what: 'eerste versie',
      person: '',
      injuries: '',
      witnesses: '',
      toldWho: '',
    };
    const incident = editIncident(
      newIncident(written, 1000, '0f0e0d0c-0b0a-4908-8706-050403020100'),
      { ...written, what: 'later aangevuld' },
      2000,
    );
    const items: VaultItem[] = [
      ...samplePlan(),
      { kind: 'checkAnswers', id: 'check-answers', order: 0, updatedAt: 5, answers: { now: ['stopped'] } },
      { kind: 'savedPlace', id: 'saved-place', order: 0, updatedAt: 5, municipalityId: 'zwolle' },
      incident,
    ];
    const file = await createExport(items, 'kopie wachtwoord');
    await renderApp('en', { name: 'planSafety' });
    const section = await openCopy(file, 'kopie wachtwoord');
    expect(await within(section).findByText('This copy holds:', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(section).getByText('Your answers to ‘Where do I start?’')).toBeInTheDocument();
    expect(within(section).getByText('A place kept for Find help')).toBeInTheDocument();
    expect(within(section).getByText('Records of what happened')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Add the copy to my plan' }));
    await waitFor(async () =>
      expect((await database.planItems.get('saved-place'))?.data).toMatchObject({ municipalityId: 'zwolle' }),
    );
    // The first version travels with the copy, unchanged.
    expect((await database.planItems.get(incident.id))?.data).toMatchObject({
      first: { what: 'eerste versie' },
      latest: { what: 'later aangevuld' },
      writtenAt: 1000,
      editedAt: [2000],
    });
    expect((await database.planItems.get('mine'))?.data).toMatchObject({ text: 'al op deze telefoon' });
  });

  it('refuses a wrong passphrase and keeps the plan as it was', async () => {
    const file = await createExport(samplePlan(), 'kopie wachtwoord');
    const before = JSON.stringify(await readPlanSnapshot());
    await renderApp('en', { name: 'planSafety' });
    const section = await openCopy(file, 'een ander wachtwoord');
    expect(
      await within(section).findByText(/This password does not open the copy/, {}, { timeout: 15_000 }),
    ).toBeVisible();
    await expectAnnounced('This password does not open the copy', 'assertive');
    expect(JSON.stringify(await readPlanSnapshot())).toBe(before);
  });

  it('marks the passphrase field wrong, with the reason, and says the error again on a second try with the same passphrase', async () => {
    const file = await createExport(samplePlan(), 'kopie wachtwoord');
    await renderApp('en', { name: 'planSafety' });
    const alerts = recordAlerts();
    const section = await openCopy(file, 'een ander wachtwoord');
    const error = /This password does not open the copy/;
    await waitFor(() => expect(alerts.said.filter((text) => error.test(text))).toHaveLength(1), { timeout: 15_000 });
    await userEvent.click(within(section).getByRole('button', { name: 'Look inside' }));
    await waitFor(() => expect(alerts.said.filter((text) => error.test(text))).toHaveLength(2), { timeout: 15_000 });
    const field = within(section).getByLabelText('Password of the copy');
    expect(field).toHaveFocus();
    // The field itself says it is wrong, and why, when focus lands on it.
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(error);
    alerts.stop();
  });

  it('says "too big" again when the same too big file is tried twice in a row', async () => {
    await renderApp('en', { name: 'planSafety' });
    const alerts = recordAlerts();
    const section = await screen.findByRole('region', { name: 'Open a copy' });
    const input = section.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, new File([new Uint8Array(maxExportBytes + 1)], 'big.verder'));
    await userEvent.type(within(section).getByLabelText('Password of the copy'), 'iets');
    const error = /This file is too big/;
    await userEvent.click(within(section).getByRole('button', { name: 'Look inside' }));
    await waitFor(() => expect(alerts.said.filter((text) => error.test(text))).toHaveLength(1));
    await userEvent.click(within(section).getByRole('button', { name: 'Look inside' }));
    await waitFor(() => expect(alerts.said.filter((text) => error.test(text))).toHaveLength(2));
    alerts.stop();
  });
});
