/**
 * Stories post to /storybook-mock/<behaviour>; this answers in the page, so nothing leaves
 * Storybook. ok: 201; slow: 201 after 3 s; down: network error; reject: 400.
 * /storybook-results/v1/results/nps answers like palaute-collector, with made-up numbers.
 */
import { mockNpsResults } from '../stories/results-mock.js';

const realFetch = window.fetch.bind(window);

window.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.pathname.startsWith('/storybook-results/')) return mockNpsResults(url);
  const behaviour = /^\/storybook-mock\/(\w+)/.exec(url.pathname)?.[1];
  if (!behaviour) return realFetch(input, init);
  if (behaviour === 'down') throw new TypeError('Failed to fetch (mock: the endpoint is down)');
  if (behaviour === 'slow') await new Promise((resolve) => setTimeout(resolve, 3000));
  return new Response('{}', { status: behaviour === 'reject' ? 400 : 201 });
};
