// An operation's named examples (OpenAPI Example Objects) as the docs page shows them: each under its summary, JSON
// indented, other media types (CSV) as sent. Short ones are open; long ones (a whole report) open on request.
type Example = { summary?: string; value: unknown };
export type NamedExamples = Record<string, Example>;

const OPEN_UP_TO_LINES = 16;

export const exampleText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

export function ExampleList({ label, examples }: { label: string; examples: NamedExamples }) {
  return (
    <div className="space-y-2">
      {Object.entries(examples).map(([name, { summary, value }]) => {
        const text = exampleText(value);
        const lines = text.split("\n").length;
        return (
          <details key={name} open={lines <= OPEN_UP_TO_LINES} className="min-w-0 rounded-md border border-line bg-canvas text-sm">
            <summary className="cursor-pointer px-3 py-2">
              <span className="font-mono font-semibold">{label}</span> · {summary ?? name}
              {lines > OPEN_UP_TO_LINES ? <span className="text-muted"> ({lines.toLocaleString("en-US")} lines)</span> : null}
            </summary>
            <pre className="max-h-96 overflow-auto border-t border-line p-3 text-xs">{text}</pre>
          </details>
        );
      })}
    </div>
  );
}
