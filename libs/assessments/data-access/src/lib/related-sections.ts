import { AnsweredRecommendation, AssessmentEntry, LinkedLocalAction, RelatedItem, RelatedSections } from './related.models';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function assessment(i: RelatedItem): AssessmentEntry {
  const a = i.item;
  const assessor = obj(a['assessor']);
  return {
    assessmentId: str(a['assessmentId']), assessorName: str(assessor['name']), assessorKind: str(assessor['kind']), rating: str(a['rating']),
    narrative: str(a['narrative']), evidenceUrls: strs(a['evidenceUrls']), contestedStatus: str(a['contestedStatus']) || null, at: i.at, replies: [],
  };
}

function localAction(i: RelatedItem): LinkedLocalAction {
  const a = i.item;
  const loc = obj(a['location']);
  const place = [str(loc['placeName']), str(loc['country'])].filter(Boolean).join(', ');
  return { localActionId: str(a['localActionId']), title: str(a['title']), status: str(a['status']), beneficiaries: num(a['beneficiaries']), place, date: str(a['date']), at: i.at };
}

function answered(i: RelatedItem): AnsweredRecommendation {
  const a = i.item;
  return {
    recommendationId: str(a['recommendationId']), title: str(a['recommendationTitle']), process: str(a['process']), addresseeId: str(a['addresseeId']),
    narrative: str(a['narrative']), onTime: typeof a['onTime'] === 'boolean' ? a['onTime'] : null, at: i.at,
  };
}

/**
 * Groups the related items of a commitment for display: replies under their assessment, the latest
 * version of each local action, newest first. The items are loosely typed on the wire, so every field
 * is read defensively.
 */
export function toSections(items: RelatedItem[], disputed: boolean): RelatedSections {
  const assessments = new Map<string, AssessmentEntry>();
  const actions = new Map<string, LinkedLocalAction>();
  const answers: AnsweredRecommendation[] = [];
  const ordered = [...items].sort((a, b) => a.at.localeCompare(b.at));
  for (const i of ordered) {
    if (i.kind === 'assessment') assessments.set(str(i.item['assessmentId']), assessment(i));
    if (i.kind === 'local_action') actions.set(str(i.item['localActionId']), localAction(i));
    if (i.kind === 'recommendation_answered') answers.push(answered(i));
  }
  for (const i of ordered.filter((x) => x.kind === 'assessment_reply')) {
    assessments.get(str(i.item['assessmentId']))?.replies.push({ text: str(i.item['text']), at: i.at });
  }
  const newest = <T extends { at: string }>(list: T[]) => list.sort((a, b) => b.at.localeCompare(a.at));
  return { disputed, assessments: newest([...assessments.values()]), localActions: newest([...actions.values()]), answered: newest(answers) };
}
