/**
 * The keys native radio groups lack, for a `keydown` listener on the group's container: Home and
 * End choose the first and the last choice, Enter submits the form as its main button would.
 * Native radios already give one tab stop, the arrow keys and Space.
 */
export function onRadioGroupKeydown(event: KeyboardEvent): void {
  const radio = event.target;
  if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio') return;
  if (event.key === 'Enter') {
    event.preventDefault();
    radio.form?.requestSubmit();
    return;
  }
  if (event.key !== 'Home' && event.key !== 'End') return;
  const scope: ParentNode = radio.form ?? (radio.getRootNode() as ParentNode);
  const group = [
    ...scope.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(radio.name)}"]`),
  ];
  const target = event.key === 'Home' ? group[0] : group.at(-1);
  if (!target) return;
  event.preventDefault();
  target.checked = true;
  target.focus();
  target.dispatchEvent(new Event('change', { bubbles: true }));
}
