// An export's filter as audit details: which responses left the system, in plain values.
interface ExportFilter {
  q?: string;
  industry?: string;
  companySize?: string;
  from?: Date | string;
  to?: Date | string;
}

export function exportDetails(filter: ExportFilter): Record<string, string | null> {
  const text = (value: Date | string | undefined) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null));
  return {
    search: filter.q ?? null,
    industry: filter.industry ?? null,
    companySize: filter.companySize ?? null,
    from: text(filter.from),
    to: text(filter.to),
  };
}
