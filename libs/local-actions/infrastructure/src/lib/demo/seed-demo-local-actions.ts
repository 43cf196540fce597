import { INestApplicationContext, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReportLocalActionCommand } from '@accord/local-actions/application';
import { LocalActionDetails } from '@accord/local-actions/domain';
import { Actor } from '@accord/shared/kernel';
import { TransactionalCommandBus } from '@accord/shared/messaging';

interface DemoCity {
  id: string;
  name: string;
  country: string;
}

interface DemoLocalAction {
  city: DemoCity;
  details: Omit<LocalActionDetails, 'commitmentIds' | 'recommendationIds'>;
  /** Titles of the national commitments it serves (vertical coordination), found when they live in this database. */
  answersCommitmentTitled: string[];
}

const NAGA: DemoCity = { id: 'city-naga', name: 'Naga City', country: 'PH' };
const VANCOUVER: DemoCity = { id: 'city-vancouver', name: 'Vancouver', country: 'CA' };
const PH_LOCAL_PLANS = 'Partner with local governments to mainstream migration and development into local plans';

/** The report's local cases (section 3.6): Naga City and the Bicol Region (JMDI), Vancouver's ACSWF policy. */
const DEMO_LOCAL_ACTIONS: readonly DemoLocalAction[] = [
  {
    city: NAGA,
    details: {
      title: 'Migrant Resource Centre in Naga: one-stop services for overseas Filipinos and their families',
      description: 'Opened under the JMDI project "Mainstreaming migration and development into the governance of local authorities of the Bicol Region" with IOM technical assistance; six organisations of migrants or their families founded alongside. The source gives no count of people served.',
      date: '2016-06-30',
      location: { placeName: 'Naga City, Camarines Sur', country: 'PH' },
      status: 'completed',
      beneficiaries: 0,
    },
    answersCommitmentTitled: [PH_LOCAL_PLANS],
  },
  {
    city: NAGA,
    details: {
      title: "Overseas Filipino workers' desks in ten Bicol local government units",
      description: "Ten OFW desks established or strengthened with local government funding, coordinated by Naga City's Migration and Development Council with NEDA's Bicol regional office.",
      date: '2016-12-31',
      location: { placeName: 'Bicol Region', country: 'PH' },
      status: 'under_way',
      beneficiaries: 0,
    },
    answersCommitmentTitled: [PH_LOCAL_PLANS],
  },
  {
    city: VANCOUVER,
    details: {
      title: 'Access to City Services Without Fear for residents with uncertain or no immigration status',
      description: 'Policy adopted by the City of Vancouver in April 2016 so that residents with uncertain or no immigration status can use city services without fear of detention or deportation (report, Emerging Practice 2).',
      date: '2016-04-06',
      location: { placeName: 'Vancouver, British Columbia', country: 'CA' },
      status: 'completed',
      beneficiaries: 0,
    },
    answersCommitmentTitled: [],
  },
];

const actorFor = (city: DemoCity): Actor => ({
  personId: `seed:${city.id}`,
  organisationId: city.id,
  roles: ['focal_point'],
  organisation: { id: city.id, name: city.name, kind: 'city', country: city.country },
});

/**
 * Through the real command path, once (on an empty local actions table). Links to national commitments
 * only where the commitments live in the same database (the platform); a separate cities service
 * seeds the actions unlinked, and the cities link them through the portal.
 */
export async function seedDemoLocalActions(app: INestApplicationContext): Promise<number> {
  const db = app.get(DataSource);
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM local_actions.local_action');
  if (n > 0) return 0;
  const idsByTitle = await commitmentIdsByTitle(db, DEMO_LOCAL_ACTIONS.flatMap((a) => a.answersCommitmentTitled));
  const bus = app.get(TransactionalCommandBus);
  for (const demo of DEMO_LOCAL_ACTIONS) {
    const commitmentIds = demo.answersCommitmentTitled.flatMap((title) => idsByTitle.get(title) ?? []);
    await bus.execute(new ReportLocalActionCommand({ actor: actorFor(demo.city), correlationId: 'demo-world' }, { ...demo.details, commitmentIds, recommendationIds: [] }));
  }
  new Logger('DemoWorld').log(`reported ${DEMO_LOCAL_ACTIONS.length} demo local actions (Naga City, Vancouver)`);
  return DEMO_LOCAL_ACTIONS.length;
}

async function commitmentIdsByTitle(db: DataSource, titles: string[]): Promise<Map<string, string[]>> {
  const [{ present }] = await db.query(`SELECT to_regclass('commitments.commitment') IS NOT NULL AS present`);
  if (!present || titles.length === 0) return new Map();
  const rows: { id: string; title: string }[] = await db.query(`SELECT id, state->>'title' AS title FROM commitments.commitment WHERE state->>'title' = ANY($1)`, [titles]);
  const byTitle = new Map<string, string[]>();
  for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r.id]);
  return byTitle;
}
