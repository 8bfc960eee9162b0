import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks the browser to confirm leaving the page while `shouldWarn()` says an unsent draft would be
 * lost (drafts are never stored). Listens only while the host is connected.
 */
export class LeaveWarningController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly shouldWarn: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.shouldWarn()) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };
}
