// <update-rule>: the current update of an optimizer, as the lecture writes it, then the same
// update with this step's numbers, then a caption. Every string is rendered by KaTeX or set as
// text; nothing from the server is parsed as HTML.
import { renderTex, splitLines } from './tex';

interface UpdateRule {
  rule?: string;
  substituted?: string[];
  caption?: string;
}

export class UpdateRuleElement extends HTMLElement {
  /** {"rule":"…\\\\…","substituted":["…"],"caption":"k = 3, Adam"} */
  show(json: string): void {
    const u = JSON.parse(json) as UpdateRule;
    const rule = block('ur-rule');
    for (const line of splitLines(u.rule ?? '')) rule.append(texLine(line, true));
    const subst = block('ur-subst');
    for (const line of u.substituted ?? []) subst.append(texLine(String(line), false));
    const caption = block('ur-caption');
    caption.textContent = u.caption ?? '';
    this.replaceChildren(rule, subst, caption);
  }

  clear(): void {
    this.replaceChildren();
  }
}

function block(cls: string): HTMLDivElement {
  const div = document.createElement('div');
  div.className = cls;
  return div;
}

function texLine(tex: string, display: boolean): HTMLDivElement {
  const div = block('ur-line');
  renderTex(div, tex, display);
  return div;
}

customElements.get('update-rule') || customElements.define('update-rule', UpdateRuleElement);
