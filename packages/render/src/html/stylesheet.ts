/**
 * The built-in stylesheet of `toHtml(article, { document: true })`: readable
 * type, statements underlined by kind, speakers and places tinted. The page
 * reads fine without it.
 */
export const stylesheet = `
:root { color-scheme: light dark; --accent: #b4530a; --speaker: #1d4ed8; --place: #047857; }
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1rem; font: 1.05rem/1.6 Georgia, 'Times New Roman', serif; }
header h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
header p { margin: .25rem 0; color: GrayText; font-family: system-ui, sans-serif; font-size: .9rem; }
figure { margin: 1.5rem 0; padding: .75rem 1rem; border-left: 3px solid GrayText; }
figcaption small { display: block; margin-top: .25rem; font-family: system-ui, sans-serif; }
.credit-empty { font-style: italic; }
.statement { text-decoration: underline 2px var(--accent); text-underline-offset: .2em; }
.statement[data-kind="indirect"] { text-decoration-style: dotted; }
.statement[data-kind="mixed"] { text-decoration-style: dashed; }
q.statement, blockquote.statement { background: color-mix(in srgb, var(--accent) 10%, transparent); }
.participant { color: var(--speaker); font-weight: 600; }
.participant[data-speaker] { border-bottom: 2px solid var(--speaker); }
.place { color: var(--place); }
time { font-variant-numeric: tabular-nums; }
footer { margin-top: 2rem; font-family: system-ui, sans-serif; color: GrayText; }
`
