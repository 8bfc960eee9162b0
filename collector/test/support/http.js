/** Requests as a browser's outbox and a dashboard make them: plain fetch over loopback. */

/** POSTs an envelope as the widgets do; `{ status, body, headers }`. */
export async function send(url, envelope, { idempotencyKey = envelope?.id, headers = {}, body } = {}) {
  const response = await fetch(`${url}/v1/answers`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(idempotencyKey === null ? {} : { 'idempotency-key': idempotencyKey }),
      ...headers,
    },
    body: body ?? JSON.stringify(envelope),
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

export async function request(url, path, { method = 'GET', headers = {}, json } = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: response.status, headers: response.headers, body: await readBody(response) };
}

/** JSON responses parsed, anything else (CSV, JSON Lines, empty) as text. */
async function readBody(response) {
  const text = await response.text();
  return /^application\/json\b/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}

/** Every envelope stored, through the admin export (JSON Lines). */
export async function exportedEnvelopes(url, adminHeaders, query = '') {
  const { status, body } = await request(url, `/v1/export?format=jsonl${query}`, { headers: adminHeaders });
  if (status !== 200) throw new Error(`export answered ${status}`);
  return String(body)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line).envelope);
}
