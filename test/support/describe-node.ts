/**
 * An element as text, for assertions about focus. Compare these, not elements: a failing assertion
 * whose value is an element in a Lit shadow root makes the test runner's error serializer lose the
 * browser session, and the whole file then times out instead of naming the failure.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const id = node.id ? `#${node.id}` : '';
  const classes =
    typeof node.className === 'string' && node.className
      ? `.${node.className.trim().split(/\s+/).join('.')}`
      : '';
  const value = node instanceof HTMLInputElement ? `[value=${node.value}]` : '';
  return `${node.localName}${id}${classes}${value}`;
}
