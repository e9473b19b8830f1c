/**
 * HTML to PDF through Debian's Chromium, driven by playwright-core (no bundled browser download).
 * MULTIVECTOR_CHROMIUM names another binary. Without one, a clear error says how to get it.
 */
import { existsSync } from 'node:fs';
import { MultivectorError } from '../errors.ts';

export const chromiumPath = (env: NodeJS.ProcessEnv = process.env) => env.MULTIVECTOR_CHROMIUM || '/usr/bin/chromium';

export async function htmlToPdf(html: string, executablePath = chromiumPath()): Promise<Buffer> {
  if (!existsSync(executablePath)) {
    throw new MultivectorError(`a PDF brief needs Chromium, and there is none at ${executablePath}: install it (Debian/Ubuntu: ` +
      '`sudo apt install chromium`) or set MULTIVECTOR_CHROMIUM to its path; --format html or md work without it',
    { where: { file: executablePath } });
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // The page is self-contained: nothing to fetch, so no network wait.
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' } });
  } finally {
    await browser.close();
  }
}
