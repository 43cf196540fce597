export const ASSESSMENT_STREAM = 'accord.assessments.assessment';
