import { StyleSheet } from "@react-pdf/renderer";

// The same palette as the web tokens (app/globals.css), for a PDF that looks like the page.
export const COLORS = {
  ink: "#0f172a",
  muted: "#475569",
  line: "#cbd5e1",
  brand: "#1d4ed8",
  brandSoft: "#dbeafe",
  KEEP: "#047857",
  CHANGE: "#b45309",
  STOP: "#b91c1c",
} as const;

export const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: COLORS.ink, lineHeight: 1.4 },
  h1: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  h2: { fontSize: 15, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6, color: COLORS.brand },
  h3: { fontSize: 11, fontFamily: "Helvetica-Bold", marginTop: 8, marginBottom: 3 },
  muted: { color: COLORS.muted },
  paragraph: { marginBottom: 5 },
  question: { color: COLORS.muted, fontSize: 9 },
  row: { flexDirection: "row", alignItems: "center", marginBottom: 4 },
  barLabel: { width: 150 },
  barValue: { width: 40, textAlign: "right", fontFamily: "Helvetica-Bold" },
  badge: { color: "#ffffff", fontSize: 8, fontFamily: "Helvetica-Bold", paddingHorizontal: 4, paddingVertical: 1, marginRight: 6 },
  big: { fontSize: 28, fontFamily: "Helvetica-Bold" },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: COLORS.muted, textAlign: "center" },
});
