// Plain CSS imported for its side effect (KaTeX's stylesheet, tex.css): Vite puts it in the
// document. TypeScript 6 checks side-effect imports, so it has to be told such modules exist.
declare module '*.css';
