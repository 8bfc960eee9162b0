/** setTimeout keeps its delay in a signed 32-bit integer: anything longer fires at once. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
