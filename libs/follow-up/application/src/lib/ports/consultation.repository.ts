import { EmergencyConsultation } from '@accord/follow-up/domain';
import { EventOrigin } from './event-origin';

export abstract class ConsultationRepository {
  /** Throws NotFound. */
  abstract getById(id: string): Promise<EmergencyConsultation>;
  /** Throws VersionConflict when someone saved the consultation since it was loaded. */
  abstract save(consultation: EmergencyConsultation, origin: EventOrigin): Promise<void>;
}
