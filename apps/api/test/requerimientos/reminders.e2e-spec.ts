import fs from 'node:fs';
import path from 'node:path';
import { RemindersService } from '@veraz/requerimientos';
import { UnitOfWork } from '@veraz/tenancy';
import { insertObligation, insertRosterPerson, testConfig } from '@veraz/testing';
import { createApp } from '../../src/bootstrap/create-app';
import { ALFA, seedWorld } from '../support/seed';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor, waitForMail } from '../support/wait';

/** 24 May 2026 in Mexico City: a week before the MODIFICACIÓN is due (31 May). */
const CLOCK = '2026-05-24T09:00:00-06:00';

describe('reminders: once per obligation and offset, across a restart and with concurrent runs', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ env: { VERAZ_CLOCK: CLOCK, REMINDERS_INTERVAL_SECONDS: '1' } });
    await seedWorld(t);
    const owner = await t.owner();
    const person = (curp: string, nombres: string, email: string | null) =>
      insertRosterPerson(owner, { institutionId: ALFA.id, curp, nombres, primerApellido: 'Prueba', email });
    const obligation = (personId: string, dueDate: string, state: 'PENDIENTE' | 'OMISA' = 'PENDIENTE', kind: 'MODIFICACIÓN' | 'INICIAL' = 'MODIFICACIÓN') =>
      insertObligation(owner, { institutionId: ALFA.id, personId, kind, periodKey: kind === 'INICIAL' ? '2026-04-20' : '2025', windowStart: '2026-05-01', dueDate, state });
    ids.week = await obligation(await person('AAAA800101MDFTSS01', 'Semana', 'semana@prueba.mx'), '2026-05-31');
    ids.month = await obligation(await person('BBBB800101MDFTSS02', 'Mes', 'mes@prueba.mx'), '2026-06-19', 'PENDIENTE', 'INICIAL');
    ids.far = await obligation(await person('CCCC800101MDFTSS03', 'Lejos', 'lejos@prueba.mx'), '2026-07-30', 'PENDIENTE', 'INICIAL');
    ids.noMail = await obligation(await person('DDDD800101MDFTSS04', 'Sincorreo', null), '2026-05-31');
    ids.omisa = await obligation(await person('EEEE800101MDFTSS05', 'Omisa', 'omisa@prueba.mx'), '2026-05-20', 'OMISA', 'INICIAL');
  });
  // The app is restarted inside a test: close the database side here.
  afterAll(async () => {
    await (await t.owner()).end();
    await t.database.drop();
  });

  const sql = async (text: string, params: unknown[] = []) => (await (await t.owner()).query(text, params)).rows as Array<Record<string, unknown>>;
  const sends = () => sql(`SELECT obligation_id, offset_days, sent_to FROM reminder_sends ORDER BY sent_to`);
  const reminderFiles = (dir: string) => (fs.existsSync(path.join(dir, 'mail')) ? fs.readdirSync(path.join(dir, 'mail')).filter((f) => f.startsWith('recordatorio-')) : []);

  it('the scheduled job e-mails each pending obligation at the offset it reached, to its roster address', async () => {
    await waitFor(async () => (await sends()).length === 2, 'two reminders recorded', 20_000);
    expect(await sends()).toEqual([
      { obligation_id: ids.month, offset_days: 30, sent_to: 'mes@prueba.mx' },
      { obligation_id: ids.week, offset_days: 7, sent_to: 'semana@prueba.mx' },
    ]);
    const mail = await waitForMail(t.config.dataDir, `recordatorio-${ids.week}-7`);
    expect(mail).toContain('tienes pendiente la obligación');
    expect(mail).toContain('Declaración de modificación (año 2025)');
    expect(mail).toContain('31 de mayo de 2026');
    expect(mail).toContain('http://veraz.test/');
    await waitForMail(t.config.dataDir, `recordatorio-${ids.month}-30`);
    // One audit entry for the run, with the count, not one per person.
    await waitFor(async () => (await sql(`SELECT 1 FROM audit_events WHERE action = 'reminder.sent'`)).length >= 1, 'audit entry');
    const audit = await sql(`SELECT details FROM audit_events WHERE action = 'reminder.sent'`);
    expect(audit).toEqual([{ details: expect.objectContaining({ enviados: 2, fecha: '2026-05-24' }) }]);
  });

  it('two runs at once send nothing more; neither does a restarted app running the job again', async () => {
    const uow = t.app.get(UnitOfWork);
    const reminders = t.app.get(RemindersService);
    const both = await Promise.all([uow.inTenant(ALFA.id, () => reminders.run()), uow.inTenant(ALFA.id, () => reminders.run())]);
    expect(both).toEqual([{ sent: 0 }, { sent: 0 }]);

    // A new obligation crossed a threshold: of two concurrent runs, exactly one sends it.
    const owner = await t.owner();
    const nueva = await insertRosterPerson(owner, { institutionId: ALFA.id, curp: 'FFFF800101MDFTSS06', nombres: 'Nueva', primerApellido: 'Prueba', email: 'nueva@prueba.mx' });
    ids.nueva = await insertObligation(owner, { institutionId: ALFA.id, personId: nueva, kind: 'MODIFICACIÓN', periodKey: '2025', windowStart: '2026-05-01', dueDate: '2026-05-25', state: 'PENDIENTE' });
    const raced = await Promise.all([uow.inTenant(ALFA.id, () => reminders.run()), uow.inTenant(ALFA.id, () => reminders.run()), uow.inTenant(ALFA.id, () => reminders.run())]);
    expect(raced.map((r) => r.sent).sort()).toEqual([0, 0, 1]);
    await waitForMail(t.config.dataDir, `recordatorio-${ids.nueva}-1`);
    const before = await sends();
    const filesBefore = reminderFiles(t.config.dataDir).sort();
    expect(filesBefore).toHaveLength(3);

    // Restart: the same database and mailbox, a new process running the schedule and the jobs.
    await t.app.close();
    const config = testConfig(t.database.appUrl, { VERAZ_CLOCK: CLOCK, REMINDERS_INTERVAL_SECONDS: '1', VERAZ_DATA_DIR: t.config.dataDir, QUEUE_PREFIX: t.config.queue.prefix });
    const again = await createApp({ config, databaseUrl: t.database.appUrl, processJobs: true });
    await again.init();
    try {
      expect(await again.get(UnitOfWork).inTenant(ALFA.id, () => again.get(RemindersService).run())).toEqual({ sent: 0 });
      // Let the restarted schedule tick a few times.
      await new Promise((r) => setTimeout(r, 3_000));
      expect(await sends()).toEqual(before);
      expect(reminderFiles(t.config.dataDir).sort()).toEqual(filesBefore);
    } finally {
      await again.close();
    }
  });
});
