/**
 * The write token (printed by `multivector serve`): asked for once, in a small dialog, and kept in
 * localStorage so review and ingest work across reloads.
 */
import { h } from './dom.ts';

const KEY = 'multivector.token';

export function getToken(): string | null {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

export function setToken(token: string): void {
  localStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  localStorage.removeItem(KEY);
}

let pending: Promise<string | null> | null = null;

/** Asks for the token in a modal dialog; resolves null when cancelled. One dialog at a time. */
export function askToken(): Promise<string | null> {
  pending ??= new Promise<string | null>((resolve) => {
    const input = h('input', { type: 'password', id: 'token-input', name: 'token', autocomplete: 'off', required: true, 'aria-describedby': 'token-help' });
    const dialog = h('dialog', { class: 'token-dialog', 'aria-labelledby': 'token-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'token-title' }, 'Write token'),
        h('p', { id: 'token-help' }, 'Reviewing and ingesting change the database. Paste the token `multivector serve` printed (or MULTIVECTOR_TOKEN). It is kept in this browser.'),
        h('label', { for: 'token-input' }, 'Token'), input,
        h('div', { class: 'actions' },
          h('button', { type: 'submit', value: 'cancel', formnovalidate: true, class: 'secondary' }, 'Cancel'),
          h('button', { type: 'submit', value: 'ok', id: 'token-save' }, 'Save token'))));
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const ok = dialog.returnValue === 'ok' && input.value.trim() !== '';
      if (ok) setToken(input.value.trim());
      dialog.remove();
      pending = null;
      resolve(ok ? input.value.trim() : null);
    });
    dialog.showModal();
    input.focus();
  });
  return pending;
}
