/**
 * A Server-Sent Events reader with a bearer token, as a dashboard reads the stream. It uses
 * node:http, whose close() hangs up the connection as a browser's EventSource.close() does.
 */
import { request } from 'node:http';

export async function openEventStream(url, path, headers) {
  const req = request(`${url}${path}`, { headers });
  const response = await new Promise((resolve, reject) => {
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
  const events = [];
  const waiting = new Set();
  const ended = new Promise((resolve) => {
    let buffer = '';
    response.setEncoding('utf8');
    response.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!name || data === undefined) continue;
        const event = { name, data: JSON.parse(data), at: Date.now() };
        events.push(event);
        for (const wait of waiting) wait(event);
      }
    });
    response.once('close', resolve);
  });

  return {
    status: response.statusCode,
    headers: response.headers,
    events,
    /** The first event from now on that matches. */
    next(name, matches = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no "${name}" event within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = (event) => {
          if (event.name !== name || !matches(event.data)) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(event);
        };
        waiting.add(check);
      });
    },
    /** Resolves when the connection ends, from either side. */
    ended,
    close() {
      req.destroy();
      return ended;
    },
  };
}
