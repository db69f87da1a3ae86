// The port of the end-to-end server, chosen once per run by the Playwright config.
//
// The suite must only ever test the server it started: Playwright's `reuseExistingServer` would
// happily test whatever answers on the port, another checkout's server included. So the config
// never reuses a server, and picks its port here:
// - PORT set: that port, or stop at once if something else listens on it;
// - PORT not set: 4322 if it is free, otherwise any free port the system gives.
// The choice is written to process.env.E2E_PORT, which the Playwright workers inherit, so every
// process of the run agrees on it.
import { execFileSync } from 'node:child_process';

export const DEFAULT_E2E_PORT = 4322;

/** Asks a child Node process to listen on `port` (0: any) and prints the port it got, or "busy". */
function tryListen(port) {
  const probe = `
    const s = require('node:net').createServer();
    s.once('error', () => { process.stdout.write('busy'); });
    s.listen(${port}, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); });`;
  const out = execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }).trim();
  return out === 'busy' ? undefined : Number(out);
}

/** The port for this run; throws when PORT names a port that is in use. */
export function e2ePort(env = process.env) {
  if (env.E2E_PORT) return Number(env.E2E_PORT);
  let port;
  if (env.PORT) {
    port = Number(env.PORT);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${env.PORT} is not a port number.`);
    if (tryListen(port) === undefined) {
      throw new Error(`port ${port} is in use by another process; set PORT=… to a free port, or unset it.`);
    }
  } else if (tryListen(DEFAULT_E2E_PORT) !== undefined) {
    port = DEFAULT_E2E_PORT;
  } else {
    port = tryListen(0);
    console.log(
      `port ${DEFAULT_E2E_PORT} is in use by another process: the end-to-end server runs on port ${port} ` +
        '(set PORT=… to choose).',
    );
  }
  env.E2E_PORT = String(port);
  return port;
}
