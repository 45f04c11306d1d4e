"use client";

import Link from "next/link";
import type { Route } from "next";
import { usePathname } from "next/navigation";

const LINKS = [
  ["/admin/overview", "Overview"],
  ["/admin/distributions", "Distributions"],
  ["/admin/benchmarks", "Benchmarks"],
  ["/admin/trends", "Trends"],
  ["/admin/questions", "Questions"],
  ["/admin/findings", "Findings"],
  ["/admin/responses", "Responses"],
  ["/admin/teams", "Teams"],
  ["/admin/methodology", "Methodology"],
  ["/admin/api-tokens", "API tokens"],
  ["/admin/outbox", "Outbox"],
  ["/admin/activity", "Activity"],
] as const;

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin">
      <ul className="flex flex-wrap gap-1">
        {LINKS.map(([href, label]) => {
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={href}>
              <Link
                href={href as Route}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${current ? "bg-brand-soft text-brand-strong" : "text-ink hover:bg-canvas"}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
