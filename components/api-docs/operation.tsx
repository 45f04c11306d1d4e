// One operation of the OpenAPI document: method, path, what it does, its parameters, body and every response, with
// their examples.
import type { ReactNode } from "react";
import { SchemaRef, type Schema } from "./schema-ref";
import { InlineMarkdown } from "./inline-markdown";
import { ExampleList, exampleText, type NamedExamples } from "./examples";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema; example?: unknown };
type Content = Record<string, { schema?: Schema; examples?: NamedExamples }>;
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
// Short columns never break; descriptions may break inside a long code word. Whatever is still wider than a phone
// scrolls inside the table's own box, never the page.
const short = `${cell} whitespace-nowrap`;
const long = `${cell} wrap-anywhere`;

function Scrolls({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}

export function OperationSection({ method, path, operation }: { method: string; path: string; operation: Operation }) {
  const body = operation.requestBody?.content["application/json"];
  const responseExamples = Object.entries(operation.responses).flatMap(([status, response]) =>
    Object.entries(response.content ?? {}).map(([type, media]) => ({ status, type, examples: media.examples ?? {} })),
  );
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
        <Scrolls label={`${operation.operationId ?? path} parameters`}>
          <table className="w-full text-sm">
            <caption className="text-left font-semibold">Parameters</caption>
            <thead>
              <tr>
                <th className={short}>Name</th>
                <th className={short}>In</th>
                <th className={cell}>Type</th>
                <th className={long}>About</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((parameter) => (
                <tr key={`${parameter.in}-${parameter.name}`}>
                  <td className={`${short} font-mono`}>
                    {parameter.name}
                    {parameter.required ? " *" : ""}
                  </td>
                  <td className={short}>{parameter.in}</td>
                  <td className={cell}>
                    <SchemaRef schema={parameter.schema} />
                  </td>
                  <td className={long}>
                    <InlineMarkdown text={parameter.description ?? ""} />
                    {parameter.example === undefined ? null : (
                      <>
                        {parameter.description ? " " : ""}Example:{" "}
                        <code className="rounded bg-canvas px-1 font-mono break-all">{exampleText(parameter.example)}</code>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scrolls>
      ) : null}
      {body ? (
        <div className="space-y-2">
          <p className="text-sm">
            Request body (application/json): <SchemaRef schema={body.schema} />
          </p>
          {body.examples ? <ExampleList label="Request" examples={body.examples} /> : null}
        </div>
      ) : null}
      <Scrolls label={`${operation.operationId ?? path} responses`}>
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">Responses</caption>
          <thead>
            <tr>
              <th className={short}>Status</th>
              <th className={cell}>Body</th>
              <th className={long}>Meaning</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(operation.responses).map(([status, response]) => {
              const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
              return (
                <tr key={status}>
                  <td className={`${short} font-mono`}>{status}</td>
                  <td className={cell}>{type ? <>{type === "application/json" ? <SchemaRef schema={media?.schema} /> : type}</> : "—"}</td>
                  <td className={long}>
                    <InlineMarkdown text={response.description} />
                    {response.headers ? ` Headers: ${Object.keys(response.headers).join(", ")}.` : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Scrolls>
      {responseExamples.length ? (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">Response examples</h4>
          {responseExamples.map(({ status, type, examples }) => (
            <ExampleList key={`${status} ${type}`} label={type === "application/json" ? status : `${status} ${type}`} examples={examples} />
          ))}
        </div>
      ) : null}
    </section>
  );
}
