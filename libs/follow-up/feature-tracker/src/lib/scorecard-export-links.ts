/** The scorecard export addresses for one grouping (the same figures as the page shows). */
export function scorecardExportLinks(by: 'process' | 'addressee'): { csv: string; json: string } {
  const qs = `?by=${encodeURIComponent(by)}`;
  return { csv: `/api/follow-up/scorecards/export.csv${qs}`, json: `/api/follow-up/scorecards/export.json${qs}` };
}
