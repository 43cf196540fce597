import { CommitmentView } from '@accord/commitments/contracts/views';
import { BoardFilter } from '../persistence/board-filter';

/** boardWhere's filters for views held in memory (the "as of" board), with the board's order. */
export function filterViews(views: CommitmentView[], f: BoardFilter): CommitmentView[] {
  const q = f.q?.toLowerCase();
  return views
    .filter((v) => !f.organisationId || v.owners.some((o) => o.organisationId === f.organisationId))
    .filter((v) => !f.kind || v.ownerKind === f.kind)
    .filter((v) => !f.country || v.ownerCountry === f.country)
    .filter((v) => !f.gcmObjective || v.gcmObjectives.includes(f.gcmObjective))
    .filter((v) => !f.sdgTarget || v.sdgTargets.includes(f.sdgTarget))
    .filter((v) => !f.status || v.status === f.status)
    .filter((v) => f.disputed === undefined || v.disputed === f.disputed)
    .filter((v) => !q || [v.title, v.description, v.ownerOrganisationName].some((t) => t.toLowerCase().includes(q)))
    .sort((a, b) => (a.loggedAt === b.loggedAt ? (a.id < b.id ? -1 : 1) : a.loggedAt < b.loggedAt ? 1 : -1));
}
