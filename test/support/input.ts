/** What a person does, through the browser's real input (not synthetic DOM events). */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** A real mouse click in the middle of `element`, scrolled into view first as a person would. */
export async function clickCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}
