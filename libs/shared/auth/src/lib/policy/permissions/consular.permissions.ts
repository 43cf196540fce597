import { PermissionTable } from './rule-helpers';

const HANDLERS = ['consular_officer', 'crisis_cell_officer'];
// Names and documents of nationals: a State's consular officers only; an agency handles them in its crisis cell.
const CASE_HANDLERS = { state: ['consular_officer'], agency: ['crisis_cell_officer'] };

export const CONSULAR_PERMISSIONS = {
  'consular.request.raise': { roles: ['consular_officer'], organisationKinds: ['state'] },
  'consular.agreement.register': { roles: ['consular_officer'], organisationKinds: ['state'], resourceCheck: 'the caller’s State is one of the parties' },
  'consular.mission.register': { roles: ['consular_officer'], organisationKinds: ['state'], resourceCheck: 'the mission belongs to the caller’s State' },
  // A request escalates to an agency as a last resort, so an agency's crisis cell handles it too.
  'consular.request.read': { roles: HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation is the requester or the assignee, else 404' },
  'consular.case.read': { roles: HANDLERS, rolesByKind: CASE_HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'party to the request, never an enforcement body; a purpose is required; audited' },
  'consular.request.accept': { roles: HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation is the current assignee' },
  'consular.request.decline': { roles: HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation is the current assignee; a last-resort agency cannot decline' },
  'consular.request.close': { roles: HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation is a party to the request' },
  'consular.case.update': { roles: HANDLERS, rolesByKind: CASE_HANDLERS, organisationKinds: ['state', 'agency'], resourceCheck: 'the caller’s organisation is the assignee that accepted the request' },
} as const satisfies PermissionTable;
