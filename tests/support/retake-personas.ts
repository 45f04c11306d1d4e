// Brightlane Software (the middling persona) coming back: the reports it would hold after each visit, each built
// with the ones before it, against peers that drift between visits — so a golden report shows "Since last time"
// with the peers' median as it stood at each date. Two series: four visits in US dollars, six months apart, that
// improve on most levers and slip on sellers at quota; and one return in euros, whose money cannot be subtracted.
import type { Answers } from "@/lib/instrument";
import type { ReportDocument } from "@/lib/report/document";
import type { EarlierReport } from "@/lib/report/earlier-report";
import { reportOfAnswers } from "./persona-report";
import { numbers, personaAnswers, type Numbers } from "./personas";

interface Visit {
  completedAt: string;
  /** The peers then: index medians moved by `shift` points, hard numbers by `drift` (personaHardNumbers). */
  shift: number;
  drift: number;
  figures: Numbers;
  practice: Answers;
}

const base = (figures: Partial<Numbers>): Numbers => ({
  opportunities: 400,
  won: [90, 2_700_000],
  lost: [160, 5_600_000],
  open: [120, 3_900_000],
  cycle: 95,
  quota: 86,
  sellersAtQuota: 45,
  currency: "usd",
  ...figures,
});

const QUADRUPLE: Visit[] = [
  {
    completedAt: "2025-03-10T09:30:00.000Z",
    shift: -3,
    drift: -0.06,
    figures: base({ opportunities: 380, won: [60, 1_560_000], lost: [190, 5_700_000], open: [110, 3_190_000], cycle: 120, quota: 72, sellersAtQuota: 35 }),
    practice: {
      "c.velocity.close-ratio": "strongly-disagree",
      "c.velocity.qualification": "disagree",
      "c.process.mapped-to-buyer": "disagree",
      "c.coaching.selling-basics": "disagree",
      "c.differentiation.articulate-value": "disagree",
      "d.engagement.win-loss-review": "never",
      "d.perspective.call-objectives": "disagree",
    },
  },
  {
    completedAt: "2025-09-15T14:00:00.000Z",
    shift: -2,
    drift: -0.04,
    figures: base({ opportunities: 390, won: [70, 1_890_000], lost: [180, 5_580_000], open: [115, 3_335_000], cycle: 110, quota: 77, sellersAtQuota: 41 }),
    practice: { "c.velocity.qualification": "disagree", "c.coaching.selling-basics": "disagree", "d.engagement.win-loss-review": "never" },
  },
  {
    completedAt: "2026-03-09T10:15:00.000Z",
    shift: -1,
    drift: -0.02,
    figures: base({ won: [78, 2_184_000], lost: [172, 5_504_000], open: [120, 3_600_000], cycle: 104, quota: 80, sellersAtQuota: 52 }),
    practice: { "d.engagement.win-loss-review": "under-25" },
  },
  {
    completedAt: "2026-09-14T08:45:00.000Z",
    shift: 0,
    drift: 0,
    figures: base({}),
    practice: { "c.velocity.close-ratio": "agree", "c.process.followed-by-sellers": "agree", "c.revenue.forecast-accuracy": "agree" },
  },
];

const PAIR: Visit[] = [
  { completedAt: "2025-09-15T14:00:00.000Z", shift: -2, drift: -0.04, figures: base({}), practice: {} },
  {
    completedAt: "2026-03-16T11:20:00.000Z",
    shift: -1,
    drift: -0.02,
    figures: base({ opportunities: 410, won: [95, 2_660_000], lost: [150, 4_950_000], open: [120, 3_480_000], cycle: 88, quota: 91, sellersAtQuota: 50, currency: "eur" }),
    practice: { "c.coaching.manager-coaching-time": "25-50", "c.revenue.forecast-accuracy": "agree", "c.methodology.adopted": "agree" },
  },
];

export const RETAKE_SERIES = { "retake-four-visits": QUADRUPLE, "retake-in-euros": PAIR } as const;
export type RetakeSeries = keyof typeof RETAKE_SERIES;

/** Every report of the series, oldest first, each built with those before it as its earlier reports. */
export function retakeReports(series: RetakeSeries): EarlierReport[] {
  const reports: EarlierReport[] = [];
  for (const visit of RETAKE_SERIES[series]) {
    const answers = { ...personaAnswers("middling"), ...visit.practice, ...numbers(visit.figures) };
    const document: ReportDocument = reportOfAnswers(answers, { shift: visit.shift, drift: visit.drift, earlier: [...reports], completedAt: visit.completedAt });
    reports.push({ completedAt: visit.completedAt, document });
  }
  return reports;
}
