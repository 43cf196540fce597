import { PermissionTable, STAKEHOLDERS } from './rule-helpers';

export const FOLLOW_UP_PERMISSIONS = {
  'recommendation.issue': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'], resourceCheck: 'the meeting was recorded by the caller’s secretariat' },
  'meeting.record': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'] },
  'recommendation.respond': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation is an addressee of the recommendation' },
  'recommendation.report': { roles: ['focal_point'], organisationKinds: STAKEHOLDERS, resourceCheck: 'the caller’s organisation is an addressee of the recommendation' },
  'follow-up.tracker.read': { roles: [], resourceCheck: 'rows of the caller’s organisation only (issued by its secretariat, or addressed to it)' },
  'consultation.convene': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'] },
  'consultation.manage': { roles: ['secretariat_officer'], organisationKinds: ['secretariat'], resourceCheck: 'the caller’s secretariat convened the consultation; attendance of invited States only' },
  'consultation.read': { roles: ['secretariat_officer', 'focal_point', 'crisis_cell_officer', 'consular_officer', 'viewer'], organisationKinds: ['secretariat', 'state', 'agency'], resourceCheck: 'the convening secretariat, the invited States and agencies only (others get 404)' },
  'notifications.read': { roles: [], resourceCheck: 'notifications of the caller’s organisation only' },
} as const satisfies PermissionTable;
