/** A Server-Sent Events reader over fetch, as a dashboard with a bearer token reads the stream. */
export async function openEventStream(url, path, headers) {
  const controller = new AbortController();
  const response = await fetch(`${url}${path}`, { headers, signal: controller.signal });
  const events = [];
  const waiting = new Set();
  const done = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
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
      }
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  })();

  return {
    response,
    events,
    /** The first event from now on (or already seen, when `seen` allows) that matches. */
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
    /** Resolves when the server ends the stream. */
    ended: done,
    close() {
      controller.abort();
      return done;
    },
  };
}
