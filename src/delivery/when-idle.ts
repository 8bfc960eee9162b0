/**
 * Runs `task` once the page has loaded and the browser has a moment: after the first render, so
 * that what runs then never holds back the question. Safari has no requestIdleCallback.
 */
export function whenIdle(task: () => void): void {
  const idle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2_000 });
    else setTimeout(task, 0);
  };
  if (typeof document === 'undefined' || document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
