/**
 * What the end-to-end tests share: a real `multivector serve` on a free loopback port (temp database, the
 * example corpus ingested, a known token), the dashboard built with Vite, and Debian's Chromium through
 * playwright-core. Console errors and uncaught exceptions in the page are collected so tests can assert none.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const TOKEN = 'e2e-token-7c1f9a3b5d2e4f60';
export const hasChromium = existsSync(CHROMIUM);

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

/** Builds web/dist (fast; the server serves whatever is there, so the tests must see the current sources). */
export function buildWeb(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export interface Server {
  url: string;
  proc: ChildProcess;
  dir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `bin/multivector serve` (with `args` added) and waits until it prints its URL (after ingesting the examples). */
export async function startServer(args: string[] = []): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-e2e-'));
  const port = await freePort();
  const proc = spawn(join(ROOT, 'bin/multivector'), ['serve', '--db', join(dir, 'e2e.duckdb'), '--port', String(port), '--host', '127.0.0.1', ...args], {
    cwd: ROOT, env: { ...process.env, MULTIVECTOR_TOKEN: TOKEN, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  proc.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`multivector serve exited with ${proc.exitCode}:\n${out}`);
    if (Date.now() > deadline) { proc.kill(); throw new Error(`multivector serve did not answer within 120 s:\n${out}`); }
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok && out.includes(url)) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url, proc, dir, output: () => out,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Console errors and page exceptions seen so far. */
  errors: string[];
}

export async function open(browser: Browser, opts: { token?: boolean } = {}): Promise<Tab> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true, deviceScaleFactor: 1 });
  if (opts.token) await context.addInitScript((t) => localStorage.setItem('multivector.token', t), TOKEN);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { context, page, errors };
}

/** Waits until the router has finished rendering `page` (main[data-ready]). */
export async function ready(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`main[data-ready="${name}"]`, { timeout: 30_000 });
}
