import { IdentityRole, OrganisationKind } from '@accord/identity/contracts';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  /** ISO 3166-1 alpha-2; null for international bodies. */
  country: string | null;
  /** A law-enforcement or border body: never a recipient of migrants' personal data. No demo body is one. */
  enforcement?: boolean;
}

export interface DemoPerson {
  email: string;
  displayName: string;
  organisationId: string;
  roles: IdentityRole[];
}

/** Everyone signs in with ACCORD_DEMO_PASSWORD (default below). Demo only: never seed this in a real deployment. */
export const DEFAULT_DEMO_PASSWORD = 'accord-demo-2016';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { id: 'state-bd', name: 'Bangladesh', kind: 'state', country: 'BD' },
  { id: 'state-my', name: 'Malaysia', kind: 'state', country: 'MY' },
  { id: 'state-ph', name: 'Philippines', kind: 'state', country: 'PH' },
  { id: 'state-ca', name: 'Canada', kind: 'state', country: 'CA' },
  { id: 'state-au', name: 'Australia', kind: 'state', country: 'AU' },
  { id: 'state-tn', name: 'Tunisia', kind: 'state', country: 'TN' },
  { id: 'state-eg', name: 'Egypt', kind: 'state', country: 'EG' },
  { id: 'state-ly', name: 'Libya', kind: 'state', country: 'LY' },
  { id: 'city-naga', name: 'Naga City', kind: 'city', country: 'PH' },
  { id: 'city-vancouver', name: 'Vancouver', kind: 'city', country: 'CA' },
  { id: 'cso-mfa', name: 'Migrant Forum in Asia', kind: 'cso', country: 'PH' },
  { id: 'cso-rmms', name: 'Regional Mixed Migration Secretariat (4mi)', kind: 'cso', country: 'KE' },
  { id: 'agency-iom', name: 'IOM', kind: 'agency', country: null },
  { id: 'agency-ilo', name: 'ILO', kind: 'agency', country: null },
  { id: 'agency-undp', name: 'UNDP', kind: 'agency', country: null },
  { id: 'agency-unhcr', name: 'UNHCR', kind: 'agency', country: null },
  { id: 'sec-bali-process', name: 'Bali Process (Regional Support Office)', kind: 'secretariat', country: null },
  { id: 'sec-gfmd', name: 'GFMD', kind: 'secretariat', country: null },
  { id: 'sec-micic', name: 'MICIC Initiative', kind: 'secretariat', country: null },
  { id: 'accord-platform', name: 'Accord platform', kind: 'platform', country: null },
];

const person = (email: string, displayName: string, organisationId: string, role: IdentityRole): DemoPerson => ({ email, displayName, organisationId, roles: [role] });

// Invented people; none is a real official.
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('focal.bd@accord.demo', 'Farhana Rahman', 'state-bd', 'focal_point'),
  person('crisis.bd@accord.demo', 'Tanvir Hossain', 'state-bd', 'crisis_cell_officer'),
  person('consular.bd@accord.demo', 'Nusrat Jahan', 'state-bd', 'consular_officer'),
  person('viewer.bd@accord.demo', 'Arif Chowdhury', 'state-bd', 'viewer'),
  person('focal.my@accord.demo', 'Nurul Aisyah binti Kamal', 'state-my', 'focal_point'),
  person('crisis.my@accord.demo', 'Lim Wei Jie', 'state-my', 'crisis_cell_officer'),
  person('consular.my@accord.demo', 'Priya Subramaniam', 'state-my', 'consular_officer'),
  person('viewer.my@accord.demo', 'Hafiz Abdullah', 'state-my', 'viewer'),
  person('focal.ph@accord.demo', 'Maria Clara Santos', 'state-ph', 'focal_point'),
  person('crisis.ph@accord.demo', 'Jose Miguel Reyes', 'state-ph', 'crisis_cell_officer'),
  person('consular.ph@accord.demo', 'Andrea Villanueva', 'state-ph', 'consular_officer'),
  person('viewer.ph@accord.demo', 'Paolo Dizon', 'state-ph', 'viewer'),
  person('focal.ca@accord.demo', 'Claire Tremblay', 'state-ca', 'focal_point'),
  person('crisis.ca@accord.demo', 'Daniel Okafor', 'state-ca', 'crisis_cell_officer'),
  person('consular.ca@accord.demo', 'Sophie Gagnon', 'state-ca', 'consular_officer'),
  person('viewer.ca@accord.demo', 'Ethan MacDonald', 'state-ca', 'viewer'),
  person('focal.au@accord.demo', 'Olivia Nguyen', 'state-au', 'focal_point'),
  person('crisis.au@accord.demo', 'Liam Fitzgerald', 'state-au', 'crisis_cell_officer'),
  person('consular.au@accord.demo', 'Grace Papadopoulos', 'state-au', 'consular_officer'),
  person('viewer.au@accord.demo', 'Jack Whitfield', 'state-au', 'viewer'),
  person('focal.tn@accord.demo', 'Amira Ben Salah', 'state-tn', 'focal_point'),
  person('crisis.tn@accord.demo', 'Karim Trabelsi', 'state-tn', 'crisis_cell_officer'),
  person('consular.tn@accord.demo', 'Leila Mansouri', 'state-tn', 'consular_officer'),
  person('viewer.tn@accord.demo', 'Sami Gharbi', 'state-tn', 'viewer'),
  person('focal.eg@accord.demo', 'Nadia El-Sayed', 'state-eg', 'focal_point'),
  person('crisis.eg@accord.demo', 'Omar Farouk', 'state-eg', 'crisis_cell_officer'),
  person('consular.eg@accord.demo', 'Mona Hamdy', 'state-eg', 'consular_officer'),
  person('viewer.eg@accord.demo', 'Youssef Naguib', 'state-eg', 'viewer'),
  person('focal.ly@accord.demo', 'Salma Belhaj', 'state-ly', 'focal_point'),
  person('crisis.ly@accord.demo', 'Tarek Zuwawi', 'state-ly', 'crisis_cell_officer'),
  person('consular.ly@accord.demo', 'Huda Ghannouchi', 'state-ly', 'consular_officer'),
  person('viewer.ly@accord.demo', 'Ahmed Warfalli', 'state-ly', 'viewer'),
  person('focal.naga@accord.demo', 'Ramon Dela Cruz', 'city-naga', 'focal_point'),
  person('viewer.naga@accord.demo', 'Liza Bautista', 'city-naga', 'viewer'),
  person('focal.vancouver@accord.demo', 'Harpreet Sandhu', 'city-vancouver', 'focal_point'),
  person('viewer.vancouver@accord.demo', 'Megan Chow', 'city-vancouver', 'viewer'),
  person('focal.mfa@accord.demo', 'Rosalind Aquino', 'cso-mfa', 'focal_point'),
  person('viewer.mfa@accord.demo', 'Bimal Shrestha', 'cso-mfa', 'viewer'),
  person('focal.rmms@accord.demo', 'Wanjiru Kamau', 'cso-rmms', 'focal_point'),
  person('viewer.rmms@accord.demo', 'Abdi Hassan', 'cso-rmms', 'viewer'),
  person('focal.iom@accord.demo', 'Elena Marchetti', 'agency-iom', 'focal_point'),
  person('crisis.iom@accord.demo', 'Samuel Mensah', 'agency-iom', 'crisis_cell_officer'),
  person('focal.ilo@accord.demo', 'Ingrid Larsen', 'agency-ilo', 'focal_point'),
  person('crisis.ilo@accord.demo', 'Rajesh Menon', 'agency-ilo', 'crisis_cell_officer'),
  person('focal.undp@accord.demo', 'Camila Restrepo', 'agency-undp', 'focal_point'),
  person('crisis.undp@accord.demo', 'Thomas Berger', 'agency-undp', 'crisis_cell_officer'),
  person('focal.unhcr@accord.demo', 'Aisha Diallo', 'agency-unhcr', 'focal_point'),
  person('crisis.unhcr@accord.demo', 'Lucas Moreau', 'agency-unhcr', 'crisis_cell_officer'),
  person('secretariat.bali@accord.demo', 'Dewi Kartika', 'sec-bali-process', 'secretariat_officer'),
  person('viewer.bali@accord.demo', 'Matthew Ellery', 'sec-bali-process', 'viewer'),
  person('secretariat.gfmd@accord.demo', 'Katrin Vogel', 'sec-gfmd', 'secretariat_officer'),
  person('viewer.gfmd@accord.demo', 'Pierre Lambert', 'sec-gfmd', 'viewer'),
  person('secretariat.micic@accord.demo', 'Hannah Kowalski', 'sec-micic', 'secretariat_officer'),
  person('viewer.micic@accord.demo', 'Joaquín Herrera', 'sec-micic', 'viewer'),
  person('admin@accord.demo', 'Accord Administrator', 'accord-platform', 'admin'),
];
