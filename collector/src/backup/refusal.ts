/** A backup or restore that must not go ahead: said to the operator without a stack trace (exit 1). */
export class BackupRefusal extends Error {
  override name = 'BackupRefusal';
}
