import type { DeliveryStatus } from './delivery-controller.js';

/** What a widget's status line says for each status but `idle`, from its messages. */
export interface DeliveryStatusMessages {
  statusStored: string;
  statusRetrying: string;
  statusDelivered: string;
  statusFailed: string;
}

/**
 * The status line's text: empty when idle. The line is rendered from the start, empty: a live
 * region inserted together with its message is not announced by screen readers.
 */
export function deliveryStatusText(m: DeliveryStatusMessages, status: DeliveryStatus): string {
  return {
    idle: '',
    stored: m.statusStored,
    retrying: m.statusRetrying,
    delivered: m.statusDelivered,
    failed: m.statusFailed,
  }[status];
}
