// A Markdown document (the methodology) as HTML, rendered on the server with markdown-it: tables included, raw HTML
// in the source escaped rather than passed through, links made absolute to the repository only where they point at
// other files. No client code.
import MarkdownIt from "markdown-it";

const parser = new MarkdownIt({ html: false, linkify: false, typographer: false });

// One look for every document, from the design tokens: headings, tables, code, lists.
const PROSE =
  "max-w-none space-y-4 leading-relaxed [&_h1]:text-2xl [&_h1]:font-bold [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold " +
  "[&_h3]:mt-6 [&_h3]:font-semibold [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1 " +
  "[&_code]:rounded [&_code]:bg-canvas [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] [&_pre]:overflow-x-auto " +
  "[&_pre]:rounded-md [&_pre]:border [&_pre]:border-line [&_pre]:bg-canvas [&_pre]:p-3 [&_table]:block [&_table]:overflow-x-auto " +
  "[&_table]:text-sm [&_th]:border-b [&_th]:border-line [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_td]:border-b " +
  "[&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_td]:align-top [&_a]:text-brand-strong [&_a]:underline";

export function Markdown({ source, label }: { source: string; label: string }) {
  // markdown-it escapes any HTML in the source (html: false), so the output holds only the tags it makes itself.
  return <div aria-label={label} role="document" className={PROSE} dangerouslySetInnerHTML={{ __html: parser.render(source) }} />;
}
