import { describe, expect, it } from 'vitest';
import fixtureV1 from '../fixtures/db/v1.json';
import fixtureV2 from '../fixtures/db/v2.json';
import { JournalUnavailableError, migrations, openJournal } from '../../lib/db';
import { DB_VERSION } from '../../lib/db/schema';

/** Every past version has a committed fixture; add one here with each new schema version. */
const fixtures: Fixture[] = [fixtureV1, fixtureV2];

interface Fixture {
  version: number;
  stores: Record<string, Array<{ id: string }>>;
}

let n = 0;
/** Builds a database exactly as that version of the extension left it: its steps only, then its data. */
async function databaseAt(fixture: Fixture): Promise<string> {
  const name = `fixture-${fixture.version}-${++n}`;
  const db = await openJournal({ name, version: fixture.version });
  for (const [store, rows] of Object.entries(fixture.stores)) {
    const tx = db.transaction(store as never, 'readwrite');
    for (const row of rows) await tx.store.put(row as never);
    await tx.done;
  }
  db.close();
  return name;
}

describe('journal schema migrations', () => {
  it('has one fixture for every past version', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
    expect(migrations).toHaveLength(DB_VERSION);
  });

  for (const fixture of fixtures) {
    it(`upgrades version ${fixture.version} to ${DB_VERSION} with nothing lost`, async () => {
      const name = await databaseAt(fixture);
      const db = await openJournal({ name });
      expect(db.version).toBe(DB_VERSION);
      for (const [store, rows] of Object.entries(fixture.stores)) {
        const got = await db.getAll(store as never);
        expect(got, store).toEqual([...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
      }
      // And the newest store works.
      await db.put('meta', { id: 'keyring', keyring: {} as never });
      expect(await db.count('meta')).toBe(1);
      db.close();
    });
  }

  it('a failed upgrade leaves the old data at its old version, and says so kindly', async () => {
    const name = await databaseAt(fixtureV1);
    const broken = [...migrations.slice(0, 1), () => {
      throw new Error('disk trouble');
    }];
    const err = await openJournal({ name, steps: broken }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalUnavailableError);
    expect((err as Error).message).toMatch(/unchanged/);
    const raw = await openJournal({ name, version: 1 });
    expect(raw.version).toBe(1);
    expect(await raw.count('reflections')).toBe(2);
    expect(raw.objectStoreNames.contains('nudges' as never)).toBe(false);
    raw.close();
    // Once the fault is gone, the upgrade goes through.
    const db = await openJournal({ name });
    expect(await db.count('reflections')).toBe(2);
    db.close();
  });

  it('an upgrade while another page holds the old version closes that connection instead of hanging', async () => {
    const name = `held-${++n}`;
    let closed = 0;
    const old = await openJournal({ name, version: 1, onClose: () => closed++ });
    await old.put('reflections', fixtureV1.stores.reflections[0] as never);
    const upgraded = await openJournal({ name });
    expect(upgraded.version).toBe(DB_VERSION);
    expect(closed).toBe(1);
    expect(await upgraded.count('reflections')).toBe(1);
    upgraded.close();
  });
});
