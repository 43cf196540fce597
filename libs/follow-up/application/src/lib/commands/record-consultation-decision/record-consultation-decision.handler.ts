import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Recommendation } from '@accord/follow-up/domain';
import { CLOCK, Clock } from '@accord/shared/kernel';
import { ConsultationRepository } from '../../ports/consultation.repository';
import { RecommendationRepository } from '../../ports/recommendation.repository';
import { FollowUpSaved } from '../../saved';
import { RecordConsultationDecisionCommand } from './record-consultation-decision.command';

export interface DecisionSaved extends FollowUpSaved {
  decisionId: string;
  recommendationId: string;
}

/**
 * Records the decision and issues its recommendation in ONE transaction (both aggregates live in this
 * service and the same database), rather than in a process manager reacting to the event: a decision
 * then never exists without its recommendation, there is no window where the tracker lacks it, and no
 * compensation is needed when issuing fails (the decision is refused with it). The recommendation
 * goes through the ordinary aggregate and repository, so the obligation index, overdue scheduler,
 * tracker and scorecards see it exactly like one issued from a meeting.
 */
@CommandHandler(RecordConsultationDecisionCommand)
export class RecordConsultationDecisionHandler implements ICommandHandler<RecordConsultationDecisionCommand, DecisionSaved> {
  constructor(private readonly consultations: ConsultationRepository, private readonly recommendations: RecommendationRepository, @Inject(CLOCK) private readonly clock: Clock) {}

  async execute({ context, consultationId, terms }: RecordConsultationDecisionCommand): Promise<DecisionSaved> {
    const actingFor = context.actor.organisationId;
    const consultation = await this.consultations.getById(consultationId);
    const decision = consultation.recordDecision(actingFor, { decisionId: randomUUID(), recommendationId: randomUUID() }, terms);
    const origin = { consultationId: consultation.id, alertId: consultation.snapshot.alertId };
    const recommendation = Recommendation.issue(decision.recommendationId, actingFor, consultation.asMeeting(), terms, this.clock, origin);
    await this.consultations.save(consultation, context);
    await this.recommendations.save(recommendation, context);
    return { id: consultation.id, version: consultation.version, decisionId: decision.decisionId, recommendationId: recommendation.id };
  }
}
