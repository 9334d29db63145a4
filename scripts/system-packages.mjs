// The Debian packages the tests need. Installed when missing and running as
// root; otherwise stop at once with the exact command to run.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  {
    pkg: 'chromium',
    present: () =>
      ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].some(
        (p) => p && existsSync(p),
      ),
  },
  { pkg: 'prometheus', present: () => onPath('prometheus') && onPath('promtool') },
  {
    pkg: 'prometheus-alertmanager',
    present: () => onPath('prometheus-alertmanager') || onPath('alertmanager'),
  },
];

function onPath(binary) {
  return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

export function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `The tests need Debian packages that are missing: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Installing missing Debian packages: ${missing.join(', ')}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
