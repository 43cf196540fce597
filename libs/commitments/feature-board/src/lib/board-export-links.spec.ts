import type { BoardFilters } from '@accord/commitments/data-access';
import { boardExportLinks } from './board-export-links';

const EMPTY_FILTERS: BoardFilters = { organisationId: '', kind: '', country: '', gcmObjective: '', sdgTarget: '', status: '', q: '', disputed: '', asOf: '' };

describe('boardExportLinks', () => {
  it('carries the current filters, encoded, and leaves empty ones out', () => {
    expect(boardExportLinks({ ...EMPTY_FILTERS, kind: 'city', q: 'fees & costs', disputed: 'true' })).toEqual({
      csv: '/api/commitments/export.csv?kind=city&q=fees+%26+costs&disputed=true',
      json: '/api/commitments/export.json?kind=city&q=fees+%26+costs&disputed=true',
    });
    expect(boardExportLinks(EMPTY_FILTERS)).toEqual({ csv: '/api/commitments/export.csv', json: '/api/commitments/export.json' });
  });

  it('offers no export of a past board', () => {
    expect(boardExportLinks({ ...EMPTY_FILTERS, asOf: '2026-05-01', kind: 'state' })).toBeNull();
  });
});
