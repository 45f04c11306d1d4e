// The sales numbers as the page's tiles, their paragraphs, and the what-if at its starting point (each lever 10%).
import { Text, View } from "@react-pdf/renderer";
import type { SalesNumbersReport } from "@/lib/report/document";
import { formatCount, formatDays, formatInFlight, formatMoney, formatRate } from "@/lib/report/format";
import { velocityMultiplier } from "@/lib/scoring/sales-velocity";
import { CONTENT_WIDTH, fittedFontSize } from "./pdf-fit";
import { COLORS, styles } from "./pdf-styles";

const TILE_WIDTH = 0.238;
const TILE_PADDING = 7;

function Tile({ label, value, note }: { label: string; value: string | null; note?: string | null }) {
  return (
    <View style={[styles.card, { width: `${TILE_WIDTH * 100}%`, padding: TILE_PADDING, marginBottom: 6 }]}>
      <Text style={[styles.tiny, styles.muted]}>{label}</Text>
      <Text style={[styles.bold, { fontSize: fittedFontSize(value ?? "—", CONTENT_WIDTH * TILE_WIDTH - 2 * TILE_PADDING - 2, 12), lineHeight: 1.3 }]}>
        {value ?? "—"}
      </Text>
      {note && <Text style={[styles.tiny, styles.muted]}>{note}</Text>}
    </View>
  );
}

// The page's what-if opens with every lever ten percent better; paper shows that starting point.
const LEVERS = ["Qualified opportunities 10% more", "Average deal value 10% larger", "Win rate 10% higher", "Sales cycle length 10% shorter"];
const START = velocityMultiplier({ number: 10, value: 10, winRate: 10, salesCycle: -10 });

function WhatIf({ velocityPerDay, currency }: { velocityPerDay: number | null; currency: string | null }) {
  if (START.status !== "ok") return null;
  const percent = Math.round((START.value - 1) * 100);
  return (
    <View wrap={false} style={[styles.card, { backgroundColor: COLORS.canvas, marginTop: 2 }]}>
      <Text style={[styles.bold, { marginBottom: 2 }]}>What if? Each lever ten percent better</Text>
      <Text style={[styles.small, styles.muted]}>{LEVERS.join(" · ")}</Text>
      <Text style={{ fontSize: 12, lineHeight: 1.4, marginTop: 3 }}>
        Sales velocity <Text style={styles.bold}>+{percent}%</Text>
        {velocityPerDay !== null &&
          ` — from ${formatMoney(velocityPerDay, currency)} to ${formatMoney(velocityPerDay * START.value, currency)} a day`}
      </Text>
      <Text style={[styles.tiny, styles.muted, { marginTop: 2 }]}>Try other changes on the web page of this report.</Text>
    </View>
  );
}

export function PdfSalesNumbers({ sales }: { sales: SalesNumbersReport }) {
  const money = (v: number | null) => (v === null ? null : formatMoney(v, sales.currency));
  const rate = (v: number | null) => (v === null ? null : formatRate(v));
  const count = (v: number | null) => (v === null ? null : formatCount(v));
  return (
    <View>
      <Text style={styles.h3} minPresenceAhead={120}>
        Your sales numbers
      </Text>
      <View wrap={false} style={[styles.row, { flexWrap: "wrap", justifyContent: "space-between" }]}>
        <Tile
          label="Sales velocity per day"
          value={money(sales.velocityPerDay)}
          note={sales.velocityPerYear == null ? null : `${money(sales.velocityPerYear)} a year`}
        />
        <Tile
          label="New qualified opportunities a year"
          value={count(sales.opportunities)}
          note={sales.opportunitiesInFlight == null ? null : `${formatInFlight(sales.opportunitiesInFlight)} in play at once`}
        />
        <Tile label="Average won deal" value={money(sales.averageDeal)} />
        <Tile label="Sales cycle" value={sales.cycleDays === null ? null : formatDays(sales.cycleDays)} />
        <Tile label="Unit win rate" value={rate(sales.winRates.unit)} />
        <Tile label="Value win rate" value={rate(sales.winRates.value)} />
        <Tile label="Deals still open" value={count(sales.winRates.open.count)} />
        <Tile label="Value still open" value={money(sales.winRates.open.value)} />
      </View>
      {sales.paragraphs.map((p) => (
        <Text key={p.key} style={styles.paragraph}>
          {p.text}
        </Text>
      ))}
      <WhatIf velocityPerDay={sales.velocityPerDay} currency={sales.currency} />
    </View>
  );
}
