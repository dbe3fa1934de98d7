// <katex-formula>: one formula (the surface's J), set by the server through the tex and
// displayMode properties and rendered by KaTeX.
import { renderTex } from './tex';

export class KatexFormulaElement extends HTMLElement {
  private texValue = '';
  private display = false;

  connectedCallback(): void {
    // A property set before this class was defined sits on the instance and would hide the
    // accessors: take it over.
    for (const key of ['tex', 'displayMode'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        (this as Record<string, unknown>)[key] = value;
      }
    }
  }

  get tex(): string {
    return this.texValue;
  }

  set tex(value: string) {
    this.texValue = value == null ? '' : String(value);
    this.render();
  }

  get displayMode(): boolean {
    return this.display;
  }

  set displayMode(value: boolean) {
    this.display = !!value;
    this.toggleAttribute('display-mode', this.display);
    this.render();
  }

  private render(): void {
    if (this.texValue) renderTex(this, this.texValue, this.display);
    else this.replaceChildren();
  }
}

customElements.get('katex-formula') || customElements.define('katex-formula', KatexFormulaElement);
