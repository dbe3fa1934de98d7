// Safe KaTeX rendering shared by <update-rule> and <katex-formula>. The LaTeX comes from the
// server, so KaTeX may not run commands that add links, classes or styles (trust: false), and a
// formula it cannot parse is shown in red instead of throwing (throwOnError: false).
import katex from 'katex';
// KaTeX's stylesheet and fonts must reach the document: both elements render into light DOM,
// because fonts declared inside a shadow root are not used by the browser.
import 'katex/dist/katex.min.css';
import './tex.css';

export function renderTex(target: HTMLElement, tex: string, displayMode: boolean): void {
  katex.render(tex, target, { displayMode, throwOnError: false, trust: false, strict: 'ignore' });
}

/**
 * Splits a multi-line formula at its top-level \\ line breaks (not inside braces or an
 * environment such as a matrix), so every line can be rendered, and wrap, on its own.
 */
export function splitLines(tex: string): string[] {
  const lines: string[] = [];
  let depth = 0;
  let env = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '\\') {
      const next = tex[i + 1];
      if (next === '\\' && depth === 0 && env === 0) {
        lines.push(tex.slice(start, i));
        start = i + 2;
      } else if (command(tex, i, 'begin')) env++;
      else if (command(tex, i, 'end')) env--;
      i++; // a control symbol's second character (\\, \{, \}) is never structure
    }
  }
  lines.push(tex.slice(start));
  return lines.map((l) => l.trim()).filter((l) => l.length > 0);
}

/** Whether the backslash at i starts exactly the control word named (\end, not \endgroup). */
function command(tex: string, i: number, name: string): boolean {
  return tex.startsWith(name, i + 1) && !/[a-zA-Z]/.test(tex[i + 1 + name.length] ?? '');
}
