import { ASSESSMENT_STREAM } from '@accord/assessments/contracts';
import { COMMITMENT_STREAM } from '@accord/commitments/contracts';
import { RECOMMENDATION_STREAM } from '@accord/follow-up/contracts';
import { LOCAL_ACTION_STREAM } from '@accord/local-actions/contracts';

/**
 * The only streams followers and webhooks hear about: what the public board and published follow-up
 * already show. Crisis, consular, evacuation and identity streams are never read here.
 */
export const PUBLIC_STREAMS: readonly string[] = [COMMITMENT_STREAM, RECOMMENDATION_STREAM, LOCAL_ACTION_STREAM, ASSESSMENT_STREAM];
