// The footer of every page: who runs the study, where its data goes, and the links a visitor looks for last.
const LINKS = [
  { href: "/sample-report", label: "Sample report" },
  { href: "/privacy", label: "Privacy" },
  { href: "/docs/api", label: "API" },
] as const;

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-6 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <p>
          Dealmaker Index is an open-source benchmark study of how sales organisations sell. Figures are shown only for
          groups large enough to keep every participant anonymous.
        </p>
        <nav aria-label="Site" className="shrink-0">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-block py-1 font-medium text-brand-strong underline-offset-2 hover:underline">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
