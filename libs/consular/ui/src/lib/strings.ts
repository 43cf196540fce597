/** Every word of the consular presentational components, in one place for translation. */
export const CONSULAR_UI_STRINGS = {
  caseStatus: { open: 'Open', located: 'Located', assisted: 'Assisted', evacuated: 'Evacuated', closed: 'Closed' } as Partial<Record<string, string>>,
  service: {
    emergency_documents: 'Emergency documents', welfare_check: 'Welfare check', evacuation_support: 'Evacuation support', repatriation: 'Repatriation',
    legal_assistance: 'Legal assistance', medical_referral: 'Medical referral',
  } as Partial<Record<string, string>>,
  purpose: { consular_assistance: 'Consular assistance', evacuation: 'Evacuation', family_tracing: 'Family tracing', repatriation: 'Repatriation' } as Partial<Record<string, string>>,
  legalBasis: { consent: 'Consent', vital_interest: 'Vital interest', public_interest: 'Public interest' } as Partial<Record<string, string>>,
  cases: {
    caption: 'Nationals in this request (personal data)',
    name: 'Name',
    document: 'Document',
    location: 'Location',
    contact: 'Contact',
    vulnerabilities: 'Vulnerabilities',
    status: 'Status',
    update: (name: string) => `New status for ${name}`,
    choose: 'Update…',
    none: 'No case is visible for this purpose.',
    anonymous: (i: number) => `Case ${i}`,
  },
};
