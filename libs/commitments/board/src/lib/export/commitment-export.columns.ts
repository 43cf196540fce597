import { CsvColumn } from '@accord/shared/csv';
import { CommitmentView } from '@accord/commitments/contracts/views';

/**
 * Columns of the board export. Hashtags and attributes are HXL 1.1 core (#activity, #org, #country,
 * #sector, #indicator, #date, #status, #description, #meta; +id, +name, +type, +code, +v_iso2, +pct,
 * +num); +coowner, +disputed, +gcm, +sdg, +baseline, +target, +due, +logged, +updated are our own attributes, which
 * HXL allows.
 */
export const COMMITMENT_EXPORT_COLUMNS: readonly CsvColumn<CommitmentView>[] = [
  { header: 'Commitment id', hxl: '#activity+id', value: (c) => c.id },
  { header: 'Title', hxl: '#activity+name', value: (c) => c.title },
  { header: 'Description', hxl: '#description', value: (c) => c.description },
  { header: 'Owner id', hxl: '#org+id', value: (c) => c.ownerOrganisationId },
  { header: 'Owner', hxl: '#org+name', value: (c) => c.ownerOrganisationName },
  { header: 'Owner kind', hxl: '#org+type', value: (c) => c.ownerKind },
  { header: 'Co-owners', hxl: '#org+coowner+name', value: (c) => c.owners.slice(1).map((o) => o.name) },
  { header: 'Country', hxl: '#country+code+v_iso2', value: (c) => c.ownerCountry },
  { header: 'GCM objectives', hxl: '#sector+gcm+code', value: (c) => c.gcmObjectives },
  { header: 'SDG targets', hxl: '#sector+sdg+code', value: (c) => c.sdgTargets },
  { header: 'Indicator', hxl: '#indicator+name', value: (c) => c.indicator },
  { header: 'Baseline', hxl: '#indicator+baseline', value: (c) => c.baseline },
  { header: 'Target', hxl: '#indicator+target', value: (c) => c.targetValue },
  { header: 'Latest progress (%)', hxl: '#indicator+value+pct', value: (c) => c.latestPercent },
  { header: 'Progress reports', hxl: '#meta+reports+num', value: (c) => c.progressCount },
  { header: 'Status', hxl: '#status', value: (c) => c.status },
  { header: 'Disputed', hxl: '#status+disputed', value: (c) => c.disputed },
  { header: 'Due date', hxl: '#date+due', value: (c) => c.dueDate },
  { header: 'Logged at', hxl: '#date+logged', value: (c) => c.loggedAt },
  { header: 'Updated at', hxl: '#date+updated', value: (c) => c.updatedAt },
];
