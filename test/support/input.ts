/** What a person does, through the browser's real input (not synthetic DOM events). */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** A real mouse click in the middle of `element`, scrolled into view first as a person would. */
export async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  // Let the scroll land before reading where the element is.
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await frames();
  let box = element.getBoundingClientRect();
  if (box.bottom > innerHeight || box.top < 0) {
    // WebKitGTK sometimes leaves a scrollIntoView undone: scroll the page itself.
    window.scrollBy(0, box.top - innerHeight / 2);
    await frames();
    box = element.getBoundingClientRect();
  }
  const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  await sendMouse({ type: 'click', position });
}
