/**
 * A website that does everything a crawler must survive, on 127.0.0.1: 404s and 500s, a page
 * slower than any sensible timeout, a redirect loop, a redirect to another host, a 20 MB page,
 * binary served as HTML, a PDF without an extension, a robots.txt forbidding a section, and a
 * link maze of 10,000 pages. It records every request, and how many ran at once.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MAZE_PAGES = 10_000;
/** How long the slow page keeps the client waiting before it answers. */
export const SLOW_PAGE_MS = 3_000;
const HUGE_PAGE_BYTES = 20 * 1024 * 1024;

export interface MisbehavingSite {
  url: string;
  /** Every request's path, in order. */
  requests: string[];
  /** The most requests that were open at one time. */
  maxConcurrent: () => number;
  /** The user agents that called. */
  userAgents: Set<string>;
  close: () => Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const HOME = page(
  'Westmoor Community Health (fictional)',
  `<p>Call us on <a href="tel:01614960142">0161 496 0142</a> or write to
   <a href="mailto:enquiries@westmoor.example.org">enquiries@westmoor.example.org</a>.</p>
   <ul>
     <li><a href="/board/">Our board</a></li>
     <li><a href="/missing/">Board papers</a></li>
     <li><a href="/broken/">Meetings</a></li>
     <li><a href="/slow/">Get involved</a></li>
     <li><a href="/loop-a/">Have your say</a></li>
     <li><a href="/away/">Contact the PALS team</a></li>
     <li><a href="/huge/">Freedom of information</a></li>
     <li><a href="/binary/">Our newsletter</a></li>
     <li><a href="/annual-report">Annual report</a></li>
     <li><a href="/private/staff/">Staff board area</a></li>
     <li><a href="/maze/0">Archive</a></li>
   </ul>`,
);

const BOARD = page(
  'Our board',
  `<h2>Board members</h2><ul><li>Dr Alex Example, Chair</li><li>Sam Sample, Chief Executive</li></ul>
   <p><a href="/private/minutes/">Board minutes (staff only)</a></p>`,
);

function mazePage(n: number): string {
  const links = Array.from({ length: 10 }, (_, i) => n * 10 + i + 1)
    .filter((next) => next < MAZE_PAGES)
    .map((next) => `<a href="/maze/${next}">Archive page ${next}</a>`)
    .join(' ');
  return page(`Archive page ${n}`, `<p>${links}</p>`);
}

function html(response: ServerResponse, status: number, body: string) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body);
}

export async function serveMisbehavingSite(): Promise<MisbehavingSite> {
  const requests: string[] = [];
  const userAgents = new Set<string>();
  let open = 0;
  let maxOpen = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    userAgents.add(request.headers['user-agent'] ?? '');
    open++;
    maxOpen = Math.max(maxOpen, open);
    response.on('close', () => open--);
    if (path === '/robots.txt') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('User-agent: *\nDisallow: /private/\n');
    } else if (path === '/') html(response, 200, HOME);
    else if (path === '/board/') html(response, 200, BOARD);
    else if (path === '/missing/') html(response, 404, page('Not found', ''));
    else if (path === '/broken/') html(response, 500, page('Server error', ''));
    else if (path === '/slow/') {
      const timer = setTimeout(() => html(response, 200, page('At last', '')), SLOW_PAGE_MS);
      response.on('close', () => clearTimeout(timer));
    } else if (path === '/loop-a/') {
      response.writeHead(302, { location: '/loop-b/' }).end();
    } else if (path === '/loop-b/') {
      response.writeHead(301, { location: '/loop-a/' }).end();
    } else if (path === '/away/') {
      response.writeHead(302, { location: 'https://www.example.org/pals/' }).end();
    } else if (path === '/huge/') {
      // Streamed without a length, as a generated page would be: the client must cut it off.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.from(`<p>${'x'.repeat(65_530)}</p>`);
      let sent = 0;
      const write = () => {
        while (sent < HUGE_PAGE_BYTES) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
        response.end();
      };
      response.on('error', () => undefined);
      write();
    } else if (path === '/binary/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    } else if (path === '/annual-report') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4 not really');
    } else if (path.startsWith('/private/')) {
      html(response, 200, page('Staff only', '<p>The crawler should never be here.</p>'));
    } else if (/^\/maze\/\d+$/.test(path)) {
      html(response, 200, mazePage(Number(path.slice('/maze/'.length))));
    } else html(response, 404, page('Not found', ''));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    maxConcurrent: () => maxOpen,
    userAgents,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
