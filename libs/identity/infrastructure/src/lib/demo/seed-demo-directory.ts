import { DataSource } from 'typeorm';
import { ScryptPasswordHasher } from '../password/scrypt-password.hasher';
import { DEFAULT_DEMO_PASSWORD, DEMO_ORGANISATIONS, DEMO_PEOPLE, DemoPerson } from './demo-directory';
import { demoPersonId } from './demo-person-id';

export interface SeedDemoDirectoryOptions {
  password?: string;
  hasher?: ScryptPasswordHasher;
}

export interface DemoDirectorySeeded {
  organisations: number;
  people: number;
}

/**
 * Idempotent: existing rows are left as they are (ON CONFLICT DO NOTHING), and only people not yet
 * present are hashed, so a restart costs one query rather than ~55 scrypt runs.
 */
export async function seedDemoDirectory(dataSource: DataSource, options: SeedDemoDirectoryOptions = {}): Promise<DemoDirectorySeeded> {
  const password = options.password ?? (process.env['ACCORD_DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD);
  const hasher = options.hasher ?? new ScryptPasswordHasher();
  const organisations = await insertOrganisations(dataSource);
  const missing = await missingPeople(dataSource);
  const hashes = await Promise.all(missing.map(() => hasher.hash(password)));
  let people = 0;
  for (const [i, p] of missing.entries()) {
    const inserted: unknown[] = await dataSource.query(
      `INSERT INTO identity.person (id, email, display_name, organisation_id, roles, password_hash)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [demoPersonId(p.email), p.email, p.displayName, p.organisationId, p.roles, hashes[i]],
    );
    people += inserted.length;
  }
  return { organisations, people };
}

async function insertOrganisations(dataSource: DataSource): Promise<number> {
  let count = 0;
  for (const o of DEMO_ORGANISATIONS) {
    const inserted: unknown[] = await dataSource.query(
      'INSERT INTO identity.organisation (id, name, kind, country, enforcement) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id',
      [o.id, o.name, o.kind, o.country, o.enforcement ?? false],
    );
    count += inserted.length;
  }
  return count;
}

async function missingPeople(dataSource: DataSource): Promise<DemoPerson[]> {
  const rows: { email: string }[] = await dataSource.query('SELECT lower(email) AS email FROM identity.person WHERE lower(email) = ANY($1)', [DEMO_PEOPLE.map((p) => p.email.toLowerCase())]);
  const present = new Set(rows.map((r) => r.email));
  return DEMO_PEOPLE.filter((p) => !present.has(p.email.toLowerCase()));
}
