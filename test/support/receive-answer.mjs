/**
 * For the Node tests' own small servers: takes a POSTed envelope as an endpoint would, keeps its
 * body in `received` and answers 201 (with `headers`, e.g. the page's CSP).
 */
export function receiveAnswer(req, res, received, headers = {}) {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push(JSON.parse(body));
    res.writeHead(201, { 'Content-Type': 'application/json', ...headers }).end('{}');
  });
}
