// The API reference for people, rendered on the server from the same OpenAPI document programs read.
import type { Metadata } from "next";
import { InlineMarkdown } from "@/components/api-docs/inline-markdown";
import { publishedOpenApiDocument } from "@/lib/api/openapi";
import { OperationSection, type Operation } from "@/components/api-docs/operation";
import { componentAnchor } from "@/components/api-docs/schema-ref";

export const metadata: Metadata = { title: "API" };

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export default async function ApiDocsPage() {
  const document = await publishedOpenApiDocument();
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => ({ path, method, operation: item![method] as unknown as Operation })),
  );
  const schemas = Object.entries(document.components?.schemas ?? {});
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">{document.info.title}</h1>
        {document.info.description?.split("\n\n").map((paragraph) => (
          <p key={paragraph} className="text-muted">
            <InlineMarkdown text={paragraph} />
          </p>
        ))}
        <p>
          Machine-readable: <a href="/api/v1/openapi.json" className="text-brand-strong underline">/api/v1/openapi.json</a> (OpenAPI{" "}
          {document.openapi}).
        </p>
      </header>
      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-xl font-semibold">Endpoints</h2>
        {operations.map(({ path, method, operation }) => (
          <OperationSection key={`${method} ${path}`} method={method} path={path} operation={operation} />
        ))}
      </section>
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">Schemas</h2>
        {schemas.map(([name, schema]) => (
          <section key={name} aria-labelledby={componentAnchor(name)} className="space-y-2">
            <h3 id={componentAnchor(name)} className="font-mono font-semibold">{name}</h3>
            <pre className="max-h-96 overflow-auto rounded-md border border-line bg-surface p-3 text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </section>
        ))}
      </section>
    </div>
  );
}
