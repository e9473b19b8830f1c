/**
 * HTML to PDF through Debian's Chromium, driven by playwright-core (no bundled browser download).
 * MULTIVECTOR_CHROMIUM names another binary. Without one, a clear error says how to get it.
 *
 * A PdfRenderer keeps one browser for all its PDFs (launched on first use, launched again if it dies, closed with
 * the renderer) and prints at most `concurrency` pages at once with a bounded queue: a server's briefs cost one
 * page each, never one browser each (about 400 MB).
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { BusyError, MultivectorError } from '../errors.ts';
import { Gate } from '../gate.ts';
import { FIT_SCRIPT } from './_fit.ts';

export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.MULTIVECTOR_CHROMIUM || '/usr/bin/chromium';

export interface PdfOptions {
  executablePath?: string;
  /** Pages printed at once (default 2). */
  concurrency?: number;
  /** PDFs that may wait for a page; one more gets a BusyError (default 4). */
  queue?: number;
}

export const PDF_DEFAULTS = { concurrency: 2, queue: 4 };

/** Seconds a caller turned away by a full queue is told to wait. */
const RETRY_AFTER_S = 10;

/** The page printed (mm) and CSS pixels per mm. */
const A4 = { width: 210, height: 297 };
export const MARGIN = { top: 14, bottom: 16, left: 14, right: 14 };
const mm = (x: number) => (x * 96) / 25.4;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export class PdfRenderer {
  private browser: Promise<Browser> | undefined;
  private closed = false;
  private readonly gate: Gate;
  readonly executablePath: string;

  constructor(o: PdfOptions = {}) {
    this.executablePath = o.executablePath ?? chromiumPath();
    this.gate = new Gate({
      what: 'PDF briefs', concurrency: o.concurrency ?? PDF_DEFAULTS.concurrency, queue: o.queue ?? PDF_DEFAULTS.queue, retryAfter: RETRY_AFTER_S,
    });
  }

  render(html: string): Promise<Buffer> {
    return this.gate.run(async () => {
      const browser = await this.shared();
      // A context per PDF: pages share nothing (cookies, storage) and everything of one is freed with it.
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        // The page is self-contained: nothing to fetch, so no network wait.
        await page.setContent(html, { waitUntil: 'load' });
        // Laid out as printed (print media, the printable width) and fitted to one or two full pages.
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: Math.round(mm(A4.width - MARGIN.left - MARGIN.right)), height: 1200 });
        await page.evaluate(`(${FIT_SCRIPT})(${mm(A4.height - MARGIN.top - MARGIN.bottom) * 0.97})`);
        const margin = Object.fromEntries(Object.entries(MARGIN).map(([k, v]) => [k, `${v}mm`]));
        return await page.pdf({ format: 'A4', printBackground: true, margin });
      } finally {
        await context.close().catch(() => undefined);
      }
    });
  }

  /** The one browser, launched on first use; a browser that crashed or was closed is launched again. */
  private shared(): Promise<Browser> {
    if (this.closed) return Promise.reject(new BusyError('the server is stopping', RETRY_AFTER_S));
    if (this.browser) return this.browser;
    const launching = launch(this.executablePath).then((b) => {
      b.on('disconnected', () => {
        if (this.browser === launching) this.browser = undefined;
      });
      return b;
    });
    // A failed launch is not kept: the next PDF tries again (Chromium may have been installed meanwhile).
    launching.catch(() => {
      if (this.browser === launching) this.browser = undefined;
    });
    this.browser = launching;
    return launching;
  }

  /** Closes the browser (PDFs still printing fail); later PDFs get a BusyError. */
  async close(): Promise<void> {
    this.closed = true;
    const launching = this.browser;
    this.browser = undefined;
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
  }
}

async function launch(executablePath: string): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new MultivectorError(`a PDF brief needs Chromium, and there is none at ${executablePath}: install it (Debian/Ubuntu: ` +
      '`sudo apt install chromium`) or set MULTIVECTOR_CHROMIUM to its path; --format html or md work without it',
    { where: { file: executablePath } });
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, args: ARGS });
}

/** One PDF with a browser of its own, closed after it (the CLI's one-off brief). */
export async function htmlToPdf(html: string, executablePath = chromiumPath()): Promise<Buffer> {
  const renderer = new PdfRenderer({ executablePath, concurrency: 1, queue: 0 });
  try {
    return await renderer.render(html);
  } finally {
    await renderer.close();
  }
}
