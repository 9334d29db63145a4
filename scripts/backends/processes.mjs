// Child servers for tests: found on PATH, started on loopback, stopped with
// SIGTERM even when a test fails or the runner is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody uses right now: bind 127.0.0.1:0 and let the kernel choose. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The first of `names` on PATH (an env variable may name the binary instead). */
export function findBinary(envName, names, pkg) {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  throw new Error(
    `${names[0]} is not on PATH. Install it with: apt-get install -y --no-install-recommends ${pkg} (or set ${envName}).`,
  );
}

const running = new Set();

/** A process is gone when it has no /proc entry, or is a zombie waiting for its parent (state Z). */
export function isGone(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/**
 * Kills `pid` if this process dies without stopping it (even by SIGKILL):
 * a shell polls our pid once a second.
 */
function watchdog(pid) {
  const child = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$0" 2>/dev/null; do sleep 1; done; kill -TERM "$1" 2>/dev/null',
      String(process.pid),
      String(pid),
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return child;
}

/** Removes `dir` once this process is gone, if it could not (SIGKILL); `cancel()` when it did. */
export function removeWhenGone(dir) {
  const child = spawn(
    'sh',
    [
      '-c',
      'while kill -0 "$0" 2>/dev/null; do sleep 1; done; sleep 2; rm -rf -- "$1"',
      String(process.pid),
      dir,
    ],
    { detached: true, stdio: 'ignore' },
  );
  child.unref();
  return {
    cancel() {
      if (child.pid && !isGone(child.pid)) process.kill(child.pid, 'SIGTERM');
    },
  };
}

/** Starts `binary args…`, keeping the last output lines for error messages. */
export function startProcess(label, binary, args) {
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => {
    output.push(...String(chunk).split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 30));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const guard = child.pid ? watchdog(child.pid) : undefined;
  const handle = {
    label,
    pid: child.pid,
    exited,
    output: () => output.join('\n'),
    async stop() {
      running.delete(handle);
      if (guard?.pid && !isGone(guard.pid)) process.kill(guard.pid, 'SIGTERM');
      if (!child.pid || isGone(child.pid)) return;
      child.kill('SIGTERM');
      const deadline = Date.now() + 5_000;
      while (!isGone(child.pid) && Date.now() < deadline) await Promise.race([exited, sleep(50)]);
      if (!isGone(child.pid)) child.kill('SIGKILL');
      await Promise.race([exited, sleep(1_000)]);
    },
    killNow() {
      if (guard?.pid && !isGone(guard.pid)) process.kill(guard.pid, 'SIGTERM');
      if (child.pid && !isGone(child.pid)) child.kill('SIGTERM');
    },
  };
  running.add(handle);
  installExitHandlers();
  return handle;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers 200; fails early, with the server's output, if the process exits. */
export async function waitReady(handle, url, timeoutMs = 20_000) {
  let exit;
  handle.exited.then((e) => (exit = e));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit)
      throw new Error(
        `${handle.label} exited (${exit.signal ?? exit.code}) before it was ready:\n${handle.output()}`,
      );
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${handle.label} was not ready at ${url} within ${timeoutMs} ms:\n${handle.output()}`);
}

let installed = false;

/** On exit, Ctrl-C or SIGTERM of the runner, stop every server still running. */
function installExitHandlers() {
  if (installed) return;
  installed = true;
  process.once('exit', () => {
    for (const handle of running) handle.killNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      for (const handle of running) handle.killNow();
      running.clear();
      process.kill(process.pid, signal);
    });
  }
}
