import type { BoardFilters } from '@accord/commitments/data-access';

export interface BoardExportLinks {
  csv: string;
  json: string;
}

/**
 * The export addresses for the board's current filters. None for a past board: the server exports
 * only today's board (it refuses `asOf`).
 */
export function boardExportLinks(filters: BoardFilters): BoardExportLinks | null {
  if (filters.asOf) return null;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (key !== 'asOf' && value) query.set(key, value);
  const qs = query.toString() ? `?${query}` : '';
  return { csv: `/api/commitments/export.csv${qs}`, json: `/api/commitments/export.json${qs}` };
}
