import { StoredCase } from './national-case';

/** Encrypted store of the people in a request (AES-256-GCM at rest in the infrastructure). */
export abstract class CaseVault {
  abstract store(requestId: string, cases: readonly StoredCase[]): Promise<void>;
  /** Cases whose data still exists (purged ones are gone). */
  abstract read(requestId: string): Promise<StoredCase[]>;
  /** Erases every person's data of the request; returns how many cases were erased. */
  abstract purge(requestId: string): Promise<number>;
}
