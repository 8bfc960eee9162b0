import { IdleController, type IdleHost, type IdleOptions } from '../../kit/idle-controller.js';

/** The notice comes a minute before the inbox forgets the key (the kiosk's 20 s is for a passer-by). */
const LOCK_WARNING_SECONDS = 60;

/**
 * The kit's idle notice and reset, with a minute's warning: the inbox forgets the key after
 * `seconds()` without input. A subclass rather than an option in the kit, so the answer widgets'
 * pages carry none of it.
 */
export class LockController extends IdleController {
  constructor(
    host: IdleHost,
    private readonly lockOptions: IdleOptions,
  ) {
    super(host, lockOptions);
  }

  override get warningSeconds(): number {
    return Math.min(LOCK_WARNING_SECONDS, Math.round(this.lockOptions.seconds() / 2));
  }
}
