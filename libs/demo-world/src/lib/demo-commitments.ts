import { CommitmentTerms, CommitmentStatus, EvidenceLevel } from '@accord/commitments/domain';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: string;
  country: string | null;
}

export interface DemoCommitment {
  owner: DemoOrganisation;
  terms: Omit<CommitmentTerms, 'dueDate'> & { dueDate: string };
  progress: { percent: number; narrative: string; evidenceUrl: string | null; evidenceLevel: EvidenceLevel }[];
  finalStatus?: { status: CommitmentStatus; reason: string };
}

const BD = { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' };
const MY = { id: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' };
const PH = { id: 'state-ph', name: 'Philippines', kind: 'state', country: 'PH' };
const CA = { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' };
const AU = { id: 'state-au', name: 'Australia', kind: 'state', country: 'AU' };

/**
 * Commitments drawn from the cases in the GFMD 2016 governance report: the Bangladesh–Malaysia G2G
 * recruitment scheme and a2i registration (3.3), alternatives to immigration detention (2.5),
 * unaccompanied children going missing (2.6), MICIC and consular sharing (2.1–2.2).
 */
export const DEMO_COMMITMENTS: readonly DemoCommitment[] = [
  {
    owner: BD,
    terms: {
      title: 'Cut recruitment costs through government-to-government (G2G) recruitment to Malaysia',
      description:
        'Recruit workers for Malaysian plantations through the G2G mechanism agreed by MoU in 2012, bypassing private brokers, with registration at Union Information and Service Centres (a2i) so would-be migrants need not travel to Dhaka.',
      gcmObjectives: [6, 18],
      sdgTargets: ['10.7', '8.8'],
      indicator: 'SDG 10.7.1 recruitment cost borne by the worker, as a share of monthly income earned abroad',
      baseline: 'Up to BDT 300,000 paid to brokers (2011)',
      targetValue: 'BDT 40,000 or less, all costs included',
      dueDate: '2030-12-31',
    },
    progress: [
      { percent: 25, narrative: '1.4 million people registered on the G2G database through 4,500 Union Information and Service Centres in January 2013; workers selected by lottery.', evidenceUrl: null, evidenceLevel: 'promising_practice' },
    ],
  },
  {
    owner: MY,
    terms: {
      title: 'Admit G2G-recruited workers from Bangladesh with employer-paid fees',
      description: 'Receive workers selected under the Bangladesh–Malaysia G2G MoU and have employers, not workers, carry the levy and recruitment fees.',
      gcmObjectives: [6],
      sdgTargets: ['10.7', '8.8'],
      indicator: 'Share of admitted G2G workers who paid no recruitment fee',
      baseline: 'Not measured (2012)',
      targetValue: '100 %',
      dueDate: '2029-06-30',
    },
    progress: [],
  },
  {
    owner: PH,
    terms: {
      title: 'Partner with local governments to mainstream migration and development into local plans',
      description:
        'National agencies (Commission for Filipinos Overseas, DOLE, OWWA, the National Reintegration Center and NEDA) partner with Naga City and the top-performing local government units of the Bicol Region, building on the JMDI project (2014–2016), so local migration work stays aligned with national policy.',
      gcmObjectives: [19, 23],
      sdgTargets: ['10.7', '17.17'],
      indicator: 'Local government units with a Migration and Development council or working group',
      baseline: 'None in Bicol before 2014',
      targetValue: 'Every Bicol LGU',
      dueDate: '2030-12-31',
    },
    progress: [
      { percent: 40, narrative: '10 Bicol LGUs passed ordinances or executive orders creating a Migration and Development council; one Regional Committee on migration and development set up.', evidenceUrl: null, evidenceLevel: 'promising_practice' },
    ],
  },
  {
    owner: CA,
    terms: {
      title: 'Expand alternatives to immigration detention, with none for children',
      description: 'Community-based case management and reporting instead of detention for people in immigration proceedings; no detention of children except as a last resort, with their best interests assessed.',
      gcmObjectives: [13],
      sdgTargets: ['10.7', '16.3'],
      indicator: 'People in immigration proceedings placed in alternatives to detention, as a share of all placements',
      baseline: '31 %',
      targetValue: '75 %',
      dueDate: '2028-12-31',
    },
    progress: [
      { percent: 40, narrative: 'National Immigration Detention Framework in place; community case management pilots running in three regions.', evidenceUrl: null, evidenceLevel: 'emerging_practice' },
    ],
  },
  {
    owner: PH,
    terms: {
      title: 'Prepare crisis plans that include migrants, following the MICIC guidelines',
      description: 'Integrate Filipino workers abroad into contingency planning with host States and employers; pre-register nationals with posts in high-risk countries; exercise evacuation plans yearly.',
      gcmObjectives: [7, 14],
      sdgTargets: ['10.7', '11.5'],
      indicator: 'Posts in high-risk countries with a tested contingency plan that counts nationals present',
      baseline: '12 of 40 posts',
      targetValue: '40 of 40 posts',
      dueDate: '2027-12-31',
    },
    progress: [],
  },
  {
    owner: AU,
    terms: {
      title: 'Protect unaccompanied migrant children from going missing',
      description: 'Guardianship within 24 hours of arrival, safe reception places and a joint alert protocol with police and child protection services, as recommended in the 2016 handbook on preventing unaccompanied children going missing.',
      gcmObjectives: [7, 13],
      sdgTargets: ['16.2', '10.7'],
      indicator: 'Unaccompanied children assigned a guardian within 24 hours of arrival',
      baseline: '48 %',
      targetValue: '95 %',
      dueDate: '2028-06-30',
    },
    progress: [
      { percent: 60, narrative: 'Guardianship assigned within 24 hours for 71 % of arrivals this year.', evidenceUrl: null, evidenceLevel: 'good_practice' },
    ],
  },
  {
    owner: CA,
    terms: {
      title: 'Share consular assistance with Australia for nationals in crisis countries',
      description: 'Under the Canada–Australia Consular Services Sharing Agreement, provide consular help to each other\'s nationals where one State has no mission.',
      gcmObjectives: [14],
      sdgTargets: ['10.7', '17.17'],
      indicator: 'Countries covered by the consular sharing arrangement',
      baseline: '20 countries',
      targetValue: '30 countries',
      dueDate: '2027-06-30',
    },
    progress: [],
  },
];
