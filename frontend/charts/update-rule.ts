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
  // What is rendered, by its LaTeX: a step changes the numbers, not the rule, and KaTeX is the
  // costly part of showing an update, so the rule and every unchanged line are kept as they are.
  private ruleTex: string | null = null;
  private ruleBlock: HTMLDivElement | null = null;
  private lines: { tex: string; div: HTMLDivElement }[] = [];

  /** {"rule":"…\\\\…","substituted":["…"],"caption":"k = 3, Adam"} */
  show(json: string): void {
    const u = JSON.parse(json) as UpdateRule;
    const ruleTex = u.rule ?? '';
    if (this.ruleBlock === null || ruleTex !== this.ruleTex) {
      const rule = block('ur-rule');
      for (const line of splitLines(ruleTex)) rule.append(texLine(line, true));
      this.ruleBlock = rule;
      this.ruleTex = ruleTex;
    }
    const subst = block('ur-subst');
    this.lines = (u.substituted ?? []).map((line, i) => {
      const tex = String(line);
      const kept = this.lines[i];
      const div = kept && kept.tex === tex ? kept.div : texLine(tex, false);
      subst.append(div);
      return { tex, div };
    });
    const caption = block('ur-caption');
    caption.textContent = u.caption ?? '';
    this.replaceChildren(this.ruleBlock, subst, caption);
  }

  clear(): void {
    this.ruleTex = null;
    this.ruleBlock = null;
    this.lines = [];
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
