// One operation of the OpenAPI document: method, path, what it does, its parameters, body and every response.
import { SchemaRef, type Schema } from "./schema-ref";
import { InlineMarkdown } from "./inline-markdown";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Content = Record<string, { schema?: Schema }>;
export type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Content };
  responses: Record<string, { description: string; content?: Content; headers?: Record<string, unknown> }>;
};

const cell = "border-b border-line px-2 py-1 align-top text-left";

export function OperationSection({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const body = operation.requestBody?.content["application/json"]?.schema;
  return (
    <section aria-labelledby={operation.operationId} className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <h3 id={operation.operationId} className="font-mono text-base font-semibold">
        <span className="mr-2 rounded bg-brand px-2 py-0.5 text-sm text-white">{method.toUpperCase()}</span>
        {path}
      </h3>
      {operation.summary ? <p className="font-medium"><InlineMarkdown text={operation.summary} /></p> : null}
      {operation.description?.split("\n\n").map((paragraph) => (
        <p key={paragraph} className="text-sm text-muted">
          <InlineMarkdown text={paragraph} />
        </p>
      ))}
      {operation.security ? <p className="text-sm">Requires an admin session or an API token.</p> : null}
      {operation.parameters?.length ? (
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">Parameters</caption>
          <thead>
            <tr>
              <th className={cell}>Name</th>
              <th className={cell}>In</th>
              <th className={cell}>Type</th>
              <th className={cell}>About</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <td className={`${cell} font-mono`}>
                  {parameter.name}
                  {parameter.required ? " *" : ""}
                </td>
                <td className={cell}>{parameter.in}</td>
                <td className={cell}>
                  <SchemaRef schema={parameter.schema} />
                </td>
                <td className={cell}><InlineMarkdown text={parameter.description ?? ""} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {body ? (
        <p className="text-sm">
          Request body (application/json): <SchemaRef schema={body} />
        </p>
      ) : null}
      <table className="w-full text-sm">
        <caption className="text-left font-semibold">Responses</caption>
        <thead>
          <tr>
            <th className={cell}>Status</th>
            <th className={cell}>Body</th>
            <th className={cell}>Meaning</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(operation.responses).map(([status, response]) => {
            const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
            return (
              <tr key={status}>
                <td className={`${cell} font-mono`}>{status}</td>
                <td className={cell}>{type ? <>{type === "application/json" ? <SchemaRef schema={media?.schema} /> : type}</> : "—"}</td>
                <td className={cell}>
                  <InlineMarkdown text={response.description} />
                  {response.headers ? ` Headers: ${Object.keys(response.headers).join(", ")}.` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
