// The OpenAPI descriptions' inline Markdown, as the docs page shows it: `code` and **bold**; any other character is
// text (React escapes it), so a description can never inject markup.
import { Fragment } from "react";

const TOKEN = /(`[^`]+`|\*\*[^*]+\*\*)/g;

export function InlineMarkdown({ text }: { text: string }) {
  return (
    <>
      {text.split(TOKEN).map((part, index) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 2 ? (
          <code key={index} className="rounded bg-canvas px-1 font-mono text-[0.95em] text-ink">
            {part.slice(1, -1)}
          </code>
        ) : part.startsWith("**") && part.endsWith("**") && part.length > 4 ? (
          <strong key={index}>{part.slice(2, -2)}</strong>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
