import { ConsultationDecision, ConsultationState } from '@accord/follow-up/domain';

export interface ConsultationView {
  id: string;
  alertId: string;
  secretariatId: string;
  process: string;
  title: string;
  scheduledAt: string;
  status: ConsultationState['status'];
  invitedStateIds: string[];
  agencyIds: string[];
  attendance: { organisationId: string; present: boolean }[];
  attendanceCounts: { invited: number; present: number; absent: number; unrecorded: number };
  decisions: ConsultationDecision[];
  convenedAt: string;
  closedAt: string | null;
  version: number;
}

export function consultationView(id: string, version: number, s: ConsultationState): ConsultationView {
  const attendance = s.invitedStateIds.filter((o) => o in s.attendance).map((organisationId) => ({ organisationId, present: s.attendance[organisationId] === true }));
  const present = attendance.filter((a) => a.present).length;
  const attendanceCounts = { invited: s.invitedStateIds.length, present, absent: attendance.length - present, unrecorded: s.invitedStateIds.length - attendance.length };
  return {
    id, alertId: s.alertId, secretariatId: s.secretariatId, process: s.process, title: s.title, scheduledAt: s.scheduledAt, status: s.status,
    invitedStateIds: [...s.invitedStateIds], agencyIds: [...s.agencyIds], attendance, attendanceCounts, decisions: s.decisions.map((d) => ({ ...d })),
    convenedAt: s.convenedAt, closedAt: s.closedAt, version,
  };
}
