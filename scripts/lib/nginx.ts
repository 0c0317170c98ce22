import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBinary, type Binary } from './find-binary.ts';
import { freePort } from './free-port.ts';
import type { StaticServer } from './static-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const MIME_CANDIDATES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'];

/** nginx, as the browser tests find it: `NGINX_PATH`, then the usual locations. */
export const NGINX: Binary = {
  envVar: 'NGINX_PATH',
  candidates: ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/bin/nginx'],
  help: 'The browser tests serve the site with nginx and deploy/nginx.conf, and nginx was not found. Install it (on Debian or Ubuntu: sudo apt-get install -y nginx; on macOS: brew install nginx), or point NGINX_PATH at the binary.',
};

/** Finds nginx (see NGINX). The browser tests need it; they never skip. */
export function nginxPath(env: NodeJS.ProcessEnv = process.env, exists?: (p: string) => boolean): string {
  return findBinary(NGINX, env, exists);
}

/**
 * Serves a built site the way a company would: nginx, with the project's own
 * deploy/nginx.conf included as it is, and the build's generated include beside it.
 */
export async function serveWithNginx(siteDir: string, base: string): Promise<StaticServer & { logs: () => string }> {
  const binary = nginxPath();
  const mime = MIME_CANDIDATES.find((p) => existsSync(p));
  if (!mime) throw new Error(`nginx's mime.types was not found in ${MIME_CANDIDATES.join(', ')}`);
  const prefix = base.replace(/\/+$/, '');
  const dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  // nginx's worker may run as another user: let it read the folder.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'www'));
  symlinkSync(siteDir, join(dir, 'www', prefix.slice(1)));
  copyFileSync(join(siteDir, '_nginx.conf'), join(dir, 'handbook-generated.conf'));
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${isRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  include ${mime};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${join(dir, 'www')};
    set $handbook_base ${prefix};
    include ${join(ROOT, 'deploy/nginx.conf')};
  }
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const logs = () => `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  const url = `http://127.0.0.1:${port}${prefix}/`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start (code ${child.exitCode}):\n${logs()}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx did not answer on ${url}:\n${logs()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    logs,
    close: async () => {
      child.kill('SIGQUIT');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
