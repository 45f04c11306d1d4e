// The team dashboard as a PDF (issue 16): the same figures as the page, drawn from the same TeamDashboard, with the
// report PDF's styles. Below the minimum it says so and shows nothing drawn from the members.
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { TeamDashboard } from "@/lib/api/team-schemas";
import { formatReportDate } from "@/lib/report/format";
import { HARD_NUMBERS, PEER_METRICS } from "@/lib/scoring";
import { HARD_NUMBER_LABELS, TEAM_METRIC_LABELS, formatHardNumber, formatTeamIndex, gapSubject, gapValueLabel } from "@/lib/teams/team-labels";
import { TOP_GAP_COUNT } from "@/lib/teams/team-rules";
import { PdfTable, type PdfColumn } from "@/components/report/pdf/pdf-table";
import { COLORS, styles } from "@/components/report/pdf/pdf-styles";

type FigureRow = { name: string; spread: { median: number; p25: number | null; p75: number | null } | null; peer: number | null; format: (value: number | null) => string };

const FIGURE_COLUMNS: PdfColumn<FigureRow>[] = [
  { header: "Figure", weight: 3, align: "left", cell: (row) => row.name },
  { header: "Team median", weight: 1.4, cell: (row) => (row.spread ? row.format(row.spread.median) : "–") },
  { header: "Middle half", weight: 1.8, cell: (row) => (row.spread?.p25 != null && row.spread.p75 != null ? `${row.format(row.spread.p25)} – ${row.format(row.spread.p75)}` : "–") },
  { header: "Peers' median", weight: 1.4, cell: (row) => row.format(row.peer) },
];

function figureRows(dashboard: TeamDashboard): FigureRow[] {
  return [
    ...PEER_METRICS.map((metric) => ({ name: TEAM_METRIC_LABELS[metric], spread: dashboard.indices?.[metric] ?? null, peer: dashboard.peers?.indices[metric] ?? null, format: formatTeamIndex })),
    ...HARD_NUMBERS.map((metric) => ({
      name: HARD_NUMBER_LABELS[metric],
      spread: dashboard.hardNumbers?.[metric] ?? null,
      peer: dashboard.peers?.hardNumbers[metric] ?? null,
      format: (value: number | null) => formatHardNumber(metric, value),
    })),
  ];
}

function Distribution({ bands }: { bands: NonNullable<TeamDashboard["personalDistribution"]> }) {
  const most = Math.max(1, ...bands.map((band) => band.count));
  return (
    <View wrap={false}>
      {bands.map((band) => (
        <View key={band.from} style={[styles.row, { alignItems: "center", marginBottom: 2 }]}>
          <Text style={[styles.small, { width: 48 }]}>{`${band.from}–${band.to}`}</Text>
          <View style={{ height: 8, width: (260 * band.count) / most, backgroundColor: COLORS.brand }} />
          <Text style={[styles.small, { marginLeft: 4 }]}>{String(band.count)}</Text>
        </View>
      ))}
    </View>
  );
}

export function TeamPdf({ dashboard, createdAt }: { dashboard: TeamDashboard; createdAt: Date }) {
  const top = dashboard.gaps.filter((gap) => gap.difference !== 0).slice(0, TOP_GAP_COUNT);
  return (
    <Document title={`Dealmaker Index team report — ${dashboard.name}`} author="Dealmaker Index" creationDate={createdAt} language="en">
      <Page size="A4" style={styles.page}>
        <View style={styles.flow}>
          <Text style={styles.title}>{dashboard.name}</Text>
          <Text style={styles.meta}>
            {`Dealmaker Index team report of ${formatReportDate(createdAt)} · ${dashboard.started} members started, ${dashboard.completed} completed${dashboard.closed ? " · closed" : ""}`}
          </Text>
          {dashboard.suppressed ? (
            <Text style={[styles.paragraph, { marginTop: 12 }]}>
              {`Nothing from the team's answers is shown until ${dashboard.minimumMembers} members have completed the survey: ${dashboard.completed} so far.`}
            </Text>
          ) : (
            <>
              <Text style={styles.h2}>The spread of personal indices</Text>
              <Distribution bands={dashboard.personalDistribution ?? []} />
              <Text style={styles.h2}>Team medians against peers</Text>
              <Text style={[styles.small, styles.muted, styles.paragraph]}>{`Peers: ${dashboard.peers?.group ?? "no peer group"}.`}</Text>
              <PdfTable columns={FIGURE_COLUMNS} rows={figureRows(dashboard)} rowKey={(row) => row.name} />
              <Text style={styles.h2}>Where you see the business differently</Text>
              {top.length === 0 ? <Text>No gaps to show yet: the leader&apos;s answers or enough managers and sellers are needed.</Text> : null}
              {top.map((gap, index) => (
                <Text key={`${gap.comparison}/${gap.sectionId}/${gap.questionId}`} style={styles.paragraph}>{`${index + 1}. ${gap.sentence}`}</Text>
              ))}
              {dashboard.gaps.length > 0 ? <Text style={styles.h3}>Every gap, largest first</Text> : null}
              {dashboard.gaps.map((gap) => (
                <View key={`all/${gap.comparison}/${gap.sectionId}/${gap.questionId}`} wrap={false} style={{ marginBottom: 4 }}>
                  <Text style={[styles.small, styles.bold]}>{gapSubject(gap)}</Text>
                  <Text style={[styles.small, styles.muted]}>
                    {`${gap.comparison === "leader-members" ? "You" : "Managers"}: ${gapValueLabel(gap, gap.leader)} · ${gap.comparison === "leader-members" ? "team" : "sellers"}: ${gapValueLabel(gap, gap.members)} · difference ${gap.difference}`}
                  </Text>
                </View>
              ))}
            </>
          )}
        </View>
      </Page>
    </Document>
  );
}
