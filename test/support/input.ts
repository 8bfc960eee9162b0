/** What a person does, through the browser's real input (not synthetic DOM events). */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** A real mouse click in the middle of `element`, scrolled into view first as a person would. */
export async function clickCentre(element: Element): Promise<void> {
  await sendMouse({ type: 'click', position: await centreOf(element) });
}

/**
 * A person's click on `element`: the button pressed in its middle, held for a moment, released
 * where the pointer is. Whatever moves on the page meanwhile moves under the pointer, as it does
 * for a person, so a control that jumps between press and release does not get the click.
 */
export async function pressAndRelease(element: Element): Promise<void> {
  await sendMouse({ type: 'move', position: await centreOf(element) });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await sendMouse({ type: 'up' });
}

/** Where the middle of `element` is in the viewport, once it is scrolled into view. */
async function centreOf(element: Element): Promise<[number, number]> {
  // Let the scroll land before reading where the element is.
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  // A link's first line: a link that wraps has its box's middle between its lines.
  const box = () => element.getClientRects()[0] ?? element.getBoundingClientRect();
  const outside = () => box().bottom > innerHeight || box().top < 0;
  element.scrollIntoView({ block: 'center' });
  await frames();
  // WebKitGTK sometimes leaves a scrollIntoView undone: scroll the page itself.
  for (let tries = 0; outside() && tries < 3; tries += 1) {
    window.scrollBy(0, box().top - innerHeight / 2);
    await frames();
  }
  const { x, y, width, height } = box();
  return [Math.round(x + width / 2), Math.round(y + height / 2)];
}
