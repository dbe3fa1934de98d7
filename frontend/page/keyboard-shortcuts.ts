// <keyboard-shortcuts>: listens to the keys of the whole document and tells the server which
// shortcut was pressed (a 'shortcut' event with detail.key: play, step, reset, help). What a
// shortcut does is decided in Java; this file only decides when a key press is one.

/** Keys to their shortcut; no modifier keys, so the browser's own shortcuts stay untouched. */
const SHORTCUTS: Record<string, string> = { ' ': 'play', ArrowRight: 'step', r: 'reset', R: 'reset', '?': 'help' };

/**
 * Where a key belongs to the control that has the focus: typing in a field, moving a slider,
 * pressing a focused button with space, choosing in a menu. Checked along the composed path,
 * because Vaadin's fields keep their <input> in shadow DOM.
 */
const OWN_KEYS = new Set([
  'INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'VAADIN-BUTTON', 'VAADIN-CHECKBOX', 'VAADIN-SELECT',
  'VAADIN-TEXT-FIELD', 'VAADIN-NUMBER-FIELD', 'VAADIN-INTEGER-FIELD', 'VAADIN-TEXT-AREA', 'VAADIN-COMBO-BOX',
  'VAADIN-TAB', 'VAADIN-SELECT-ITEM', 'VAADIN-DIALOG-OVERLAY',
]);

function typingTarget(e: KeyboardEvent): boolean {
  for (const node of e.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (OWN_KEYS.has(node.tagName) || node.isContentEditable) return true;
    const role = node.getAttribute('role');
    if (role === 'slider' || role === 'textbox' || role === 'dialog') return true;
  }
  return false;
}

export class KeyboardShortcutsElement extends HTMLElement {
  private readonly listener = (e: KeyboardEvent) => this.onKey(e);

  connectedCallback(): void {
    document.addEventListener('keydown', this.listener);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.listener);
  }

  private onKey(e: KeyboardEvent): void {
    const shortcut = SHORTCUTS[e.key];
    if (!shortcut || e.ctrlKey || e.metaKey || e.altKey || e.repeat || e.defaultPrevented || typingTarget(e)) return;
    // Space would scroll the page, → might scroll it sideways.
    e.preventDefault();
    this.dispatchEvent(new CustomEvent('shortcut', { detail: { key: shortcut } }));
  }
}

customElements.get('keyboard-shortcuts') || customElements.define('keyboard-shortcuts', KeyboardShortcutsElement);
