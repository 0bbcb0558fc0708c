// The app as the benchmark drives it: the production build's browser-mode server
// (out/main/web.js: the real API host, loopback bridge, export worker), called over HTTP with its
// launch token — the same round trip the renderer makes in browser mode.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function startServer(workDir) {
  const token = crypto.randomBytes(16).toString('hex');
  const env = { ...process.env, ORCHESTRE_USER_DATA: path.join(workDir, 'user-data'), ORCHESTRE_DOCUMENTS: path.join(workDir, 'documents') };
  fs.mkdirSync(env.ORCHESTRE_USER_DATA, { recursive: true });
  fs.mkdirSync(env.ORCHESTRE_DOCUMENTS, { recursive: true });
  const child = spawn(process.execPath, [path.join(ROOT, 'out', 'main', 'web.js'), '--port', '0', '--token', token], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const slowCalls = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => slowCalls.push(...text.split('\n').filter(Boolean)));
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text) => {
      seen += text;
      const match = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(seen);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`web.js exited (${code}): ${slowCalls.join(' ')}`)));
  });

  // node:http rather than fetch: fetch gives up after 300 s without response headers, and a
  // large export on a loaded machine can take longer. Keep-alive, like the browser.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const { hostname, port } = new URL(url);
  function call(method, payload = {}, retried = false) {
    const body = Buffer.from(JSON.stringify(payload));
    return new Promise((resolve, reject) => {
      const request = http.request(
        { agent, hostname, port, path: `/api/${method}`, method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': body.length } },
        (response) => {
          const chunks = [];
          response.on('data', (chunk) => chunks.push(chunk));
          response.on('end', () => {
            try {
              const envelope = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (envelope.ok) resolve(envelope.value);
              else reject(new Error(`${method}: ${envelope.error?.code} ${JSON.stringify(envelope.error?.params ?? {})}`));
            } catch (error) {
              reject(error);
            }
          });
          response.on('error', reject);
        },
      );
      request.on('error', (error) => {
        // A kept-alive socket the server closed while the bench was busy elsewhere (pandoc, file
        // opens: the server drops idle sockets after 5 s) fails on reuse before the request is
        // read: sent again once on a fresh socket, as Node's documentation advises.
        if (request.reusedSocket && error.code === 'ECONNRESET' && !retried && child.exitCode === null) {
          call(method, payload, true).then(resolve, reject);
          return;
        }
        const exited = child.exitCode === null ? '' : `; the server exited with ${child.exitCode ?? child.signalCode}`;
        reject(new Error(`${method}: ${error.message}${exited} (server log: ${slowCalls.slice(-3).join(' | ')})`));
      });
      request.end(body);
    });
  }

  return {
    url,
    token,
    pid: child.pid,
    env,
    call,
    /** The server's "[api] slow …" lines (calls over 40 ms), for the report. */
    slowCalls,
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Peak resident memory of a process, reset between measurements (Linux: /proc/PID/clear_refs "5"). */
export function peakMemory(pid) {
  const status = () => {
    try {
      return fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    } catch {
      return '';
    }
  };
  const kB = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status())?.[1] ?? NaN);
  return {
    supported: Number.isFinite(kB('VmHWM')),
    reset() {
      try {
        fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    peakMb: () => kB('VmHWM') / 1024,
    currentMb: () => kB('VmRSS') / 1024,
  };
}

/** Milliseconds of one async call. */
export async function timed(run) {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);
