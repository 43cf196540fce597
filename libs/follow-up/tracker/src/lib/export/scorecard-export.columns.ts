import { CsvColumn } from '@accord/shared/csv';
import { Scorecard } from '@accord/follow-up/contracts/views';
import { ScorecardGrouping } from '../persistence/scorecard.queries';

const KEY_COLUMN: Record<ScorecardGrouping, CsvColumn<Scorecard>> = {
  process: { header: 'Process', hxl: '#org+process+name', value: (s) => s.key },
  addressee: { header: 'Addressee id', hxl: '#org+addressee+id', value: (s) => s.key },
};

/**
 * Scorecard columns. Shares are fractions from 0 to 1 (empty when nothing was due yet), as in the JSON.
 * #org, #indicator, +name, +id, +num are HXL 1.1 core; +process, +addressee, +obligations, +responded,
 * +reported_on_time, +linked_commitments, +fulfilled and +share are our own attributes.
 */
export function scorecardExportColumns(by: ScorecardGrouping): readonly CsvColumn<Scorecard>[] {
  return [
    KEY_COLUMN[by],
    { header: 'Obligations', hxl: '#indicator+obligations+num', value: (s) => s.obligations },
    { header: 'Share responded', hxl: '#indicator+responded+share', value: (s) => s.respondedShare },
    { header: 'Share reported on time', hxl: '#indicator+reported_on_time+share', value: (s) => s.reportedOnTimeShare },
    { header: 'Linked commitments', hxl: '#indicator+linked_commitments+num', value: (s) => s.linkedCommitments },
    { header: 'Share of linked commitments fulfilled', hxl: '#indicator+fulfilled+share', value: (s) => s.linkedCommitmentsFulfilledShare },
  ];
}
