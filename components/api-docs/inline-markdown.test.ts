import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InlineMarkdown } from "./inline-markdown";

const html = (text: string) => renderToStaticMarkup(createElement(InlineMarkdown, { text }));

describe("InlineMarkdown", () => {
  it("renders `code` and **bold**, and leaves other text as text", () => {
    expect(html("Send an `Idempotency-Key` header, **once**.")).toBe(
      'Send an <code class="rounded bg-canvas px-1 font-mono text-[0.95em] text-ink">Idempotency-Key</code> header, <strong>once</strong>.',
    );
    expect(html("a ` lone backtick and ** stars")).toBe("a ` lone backtick and ** stars");
  });

  it("never turns description text into markup", () => {
    expect(html("`<script>alert(1)</script>` <b>x</b>")).toBe(
      '<code class="rounded bg-canvas px-1 font-mono text-[0.95em] text-ink">&lt;script&gt;alert(1)&lt;/script&gt;</code> &lt;b&gt;x&lt;/b&gt;',
    );
  });
});
