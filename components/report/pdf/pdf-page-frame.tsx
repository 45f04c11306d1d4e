// What every page carries: who the report is for, its date and "Page 2 of 7", so a printed page can be placed.
import { Text, View } from "@react-pdf/renderer";
import { COLORS, styles } from "./pdf-styles";

export function PdfFooter({ company, date }: { company?: string; date: string }) {
  return (
    <View
      fixed
      // No line height here or above: react-pdf then never draws the page-number text.
      style={[styles.spread, styles.muted, { fontSize: 8, position: "absolute", bottom: 24, left: 44, right: 44, borderTopWidth: 0.5, borderTopColor: COLORS.line, paddingTop: 5 }]}
    >
      <Text>{["Dealmaker Index report", company, date].filter(Boolean).join(" · ")}</Text>
      {/* A width of its own: the text only exists once the pages are counted, after layout. */}
      <Text style={{ width: 80, textAlign: "right" }} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

export function PdfTitle({ company, profile, date }: { company?: string; profile: string; date: string }) {
  return (
    <View style={{ borderBottomWidth: 1, borderBottomColor: COLORS.line, paddingBottom: 8, marginBottom: 4 }}>
      <Text style={styles.title}>Your Dealmaker Index report</Text>
      {company && <Text style={styles.company}>{company}</Text>}
      <View style={[styles.spread, { marginTop: 4 }]}>
        <Text style={[styles.meta, { flex: 1, paddingRight: 12 }]}>{profile}</Text>
        <Text style={styles.meta}>Report of {date}</Text>
      </View>
    </View>
  );
}
