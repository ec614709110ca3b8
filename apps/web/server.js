// Production web server: serves the built SvelteKit app and proxies /api (HTTP and the
// websocket upgrade) to the API, so the browser sees one origin for pages, API and live updates.
import http from 'node:http';
import net from 'node:net';

// SvelteKit 3's node adapter assumes https unless told the protocol by a header; a TLS proxy in
// front sets X-Forwarded-Proto, and requests reaching us directly are plain http. The adapter
// reads its settings when loaded, so they are set before the (dynamic) import.
process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
const { handler } = await import('./build/handler.js');

const port = Number(process.env.WEB_PORT ?? process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const api = new URL(process.env.API_INTERNAL_URL ?? 'http://127.0.0.1:3001');
process.env.ORIGIN ??= process.env.PUBLIC_ORIGIN ?? `http://localhost:${port}`;

const isApi = (url = '') => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** @param {http.IncomingMessage} req */
function forwardedHeaders(req) {
  const headers = { ...req.headers };
  const remote = req.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${headers['x-forwarded-for']}, ${remote}` : remote;
  headers['x-forwarded-proto'] ??= 'encrypted' in req.socket ? 'https' : 'http';
  return headers;
}

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function proxyHttp(req, res) {
  const upstream = http.request(
    { host: api.hostname, port: api.port, method: req.method, path: req.url, headers: forwardedHeaders(req) },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ error: { code: 'internal', message: 'Village is not reachable just now. Please try again.' } }),
    );
  });
  req.pipe(upstream);
}

/** @param {http.IncomingMessage} req @param {import('node:stream').Duplex} socket @param {Buffer} head */
function proxyUpgrade(req, socket, head) {
  if (!isApi(req.url)) return socket.destroy();
  const upstream = net.connect(Number(api.port), api.hostname, () => {
    const lines = [`${req.method} ${req.url} HTTP/1.1`];
    for (const [name, value] of Object.entries(forwardedHeaders(req))) {
      for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${v}`);
    }
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head?.length) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  const close = () => {
    upstream.destroy();
    socket.destroy();
  };
  upstream.on('error', close);
  socket.on('error', close);
}

const server = http.createServer((req, res) => {
  if (isApi(req.url)) return proxyHttp(req, res);
  req.headers['x-forwarded-proto'] ??= 'http';
  return handler(req, res);
});
server.on('upgrade', proxyUpgrade);
server.listen(port, host, () =>
  console.log(JSON.stringify({ level: 30, msg: `village web listening on ${host}:${port}` })),
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
