import type { Mode } from '../state/app.svelte.ts';
import { MODES } from '../state/app.svelte.ts';

export type Shortcut =
  | { kind: 'toggle' | 'next' | 'previous' | 'restart' | 'end' | 'help' | 'escape' | 'fit' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'mode'; mode: Mode };

/**
 * Maps a key press to an app action, or null when the key belongs to
 * whatever has focus (a text field, a slider, a button's Space, or a
 * diagram node's arrow keys).
 */
export function globalShortcut(event: KeyboardEvent, mode: Mode): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target?.isContentEditable) return null;
  const onNode = !!target?.closest?.('[data-node]');
  const onControl = !!target?.closest?.('button, a, summary, [role="button"], [role="option"], [draggable="true"]');
  if (event.key === '?') return { kind: 'help' };
  if (event.key === 'Escape') return { kind: 'escape' };
  if (/^[1-9]$/.test(event.key) && !onNode) {
    const m = MODES[Number(event.key) - 1];
    return m ? { kind: 'mode', mode: m.id } : null;
  }
  if (mode !== 'explore' && mode !== 'lab') return null;
  if (event.key === '+' || event.key === '=') return { kind: 'zoom', factor: 1.25 };
  if (event.key === '-') return { kind: 'zoom', factor: 0.8 };
  if (event.key === '0') return { kind: 'fit' };
  if (onNode) return null;
  switch (event.key) {
    case ' ':
      return onControl ? null : { kind: 'toggle' };
    case 'ArrowRight':
      return { kind: 'next' };
    case 'ArrowLeft':
      return { kind: 'previous' };
    case 'Home':
      return { kind: 'restart' };
    case 'End':
      return { kind: 'end' };
  }
  return null;
}
