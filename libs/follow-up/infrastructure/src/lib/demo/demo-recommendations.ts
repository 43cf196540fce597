export interface DemoSecretariat {
  id: string;
  name: string;
}

export interface DemoMeeting {
  secretariat: DemoSecretariat;
  title: string;
  date: string;
  process: string;
  recommendations: { title: string; text: string; addresseeIds: string[]; dueInDays: number }[];
}

const BALI = { id: 'sec-bali-process', name: 'Bali Process (Regional Support Office)' };
const GFMD = { id: 'sec-gfmd', name: 'GFMD' };

/**
 * Drawn from the report's conclusions (section 4): non-binding processes produce recommendations with
 * "little continuity or follow up"; these are the kind Accord tracks to an answer.
 */
export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    secretariat: BALI,
    title: 'Bali Process Ad Hoc Group Senior Officials Meeting',
    date: '2016-11-22',
    process: 'Bali Process',
    recommendations: [
      {
        title: 'Cap recruitment fees charged to workers',
        text: 'Origin and destination States cap the fees migrant workers pay and publish them, building on government-to-government recruitment.',
        addresseeIds: ['state-bd', 'state-my', 'state-ph'],
        dueInDays: 120,
      },
      {
        title: 'Share data on missing unaccompanied children',
        text: 'States share anonymised counts of unaccompanied children who go missing from care, to plan protection jointly.',
        addresseeIds: ['state-my', 'state-au'],
        dueInDays: 180,
      },
    ],
  },
  {
    secretariat: GFMD,
    title: 'GFMD Summit roundtable 2.2: migration governance and follow-up',
    date: '2016-12-12',
    process: 'GFMD',
    recommendations: [
      {
        title: 'Report local actions on migrant integration',
        text: 'Cities and their national focal points report local actions and link them to national commitments, so vertical coordination is visible.',
        addresseeIds: ['city-naga', 'city-vancouver', 'state-ph', 'state-ca'],
        dueInDays: 90,
      },
      {
        title: 'Invite civil society shadow reports on commitments',
        text: 'Agencies and civil society organisations publish independent assessments of commitments with evidence.',
        addresseeIds: ['agency-iom', 'cso-mfa'],
        dueInDays: 150,
      },
    ],
  },
];
