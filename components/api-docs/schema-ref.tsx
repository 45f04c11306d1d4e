// A schema as a reader needs it: a link to a named component, or the inline schema's type.
type Schema = { $ref?: string; type?: string | string[]; items?: Schema; enum?: unknown[] } & Record<string, unknown>;

export const componentAnchor = (name: string) => `schema-${name}`;

export function SchemaRef({ schema }: { schema: Schema | undefined }) {
  if (!schema) return <span className="text-muted">—</span>;
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop()!;
    return (
      <a href={`#${componentAnchor(name)}`} className="font-mono text-brand-strong underline">
        {name}
      </a>
    );
  }
  if (schema.enum) return <span className="font-mono">{schema.enum.map(String).join(" | ")}</span>;
  if (schema.type === "array") return <span className="font-mono">array of <SchemaRef schema={schema.items} /></span>;
  return <span className="font-mono">{Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "object")}</span>;
}

export type { Schema };
