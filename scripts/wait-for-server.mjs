/**
 * Resolves once `url` answers 200, polling every 200 ms for up to a minute; rejects sooner when
 * `child` (the server's process, if given) has exited.
 */
export async function waitForServer(url, child) {
  for (let i = 0; i < 300; i += 1) {
    if (child && child.exitCode !== null)
      throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not come up`);
}
