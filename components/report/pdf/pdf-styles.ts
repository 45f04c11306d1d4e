import { Font, StyleSheet } from "@react-pdf/renderer";

// Left-aligned text has no need to break words, and "prospect-ing" across lines reads worse than a ragged edge.
Font.registerHyphenationCallback((word) => [word]);

// The same palette as the web tokens (app/globals.css), for a PDF that looks like the page.
export const COLORS = {
  ink: "#0f172a",
  muted: "#475569",
  line: "#cbd5e1",
  surface: "#ffffff",
  canvas: "#f8fafc",
  brand: "#1d4ed8",
  brandStrong: "#1e3a8a",
  brandSoft: "#dbeafe",
  KEEP: "#047857",
  CHANGE: "#b45309",
  STOP: "#b91c1c",
} as const;

// Every style that changes the font size sets its own line height: react-pdf inherits the page's line height as an
// absolute distance, so a 22-point title under a 10-point page would get 14.5-point lines and overprint the next line.
export const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 58, paddingHorizontal: 44, fontSize: 10, fontFamily: "Helvetica", color: COLORS.ink },
  // The line height lives on the flow, not the page: a page-numbering text that inherits one is never drawn. It is
  // resolved against the font size given beside it, hence both here.
  flow: { fontSize: 10, lineHeight: 1.45 },
  title: { fontSize: 22, lineHeight: 1.25, fontFamily: "Helvetica-Bold" },
  company: { fontSize: 13, lineHeight: 1.3, fontFamily: "Helvetica-Bold", color: COLORS.brandStrong, marginTop: 4 },
  meta: { fontSize: 9.5, lineHeight: 1.45, color: COLORS.muted },
  h2: { fontSize: 15, lineHeight: 1.3, fontFamily: "Helvetica-Bold", color: COLORS.brand, marginTop: 16, marginBottom: 6 },
  h3: { fontSize: 11.5, lineHeight: 1.35, fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 6 },
  small: { fontSize: 9, lineHeight: 1.45 },
  tiny: { fontSize: 8, lineHeight: 1.4 },
  muted: { color: COLORS.muted },
  bold: { fontFamily: "Helvetica-Bold" },
  card: { borderWidth: 0.75, borderColor: COLORS.line, borderRadius: 4, padding: 9, backgroundColor: COLORS.surface },
  row: { flexDirection: "row" },
  spread: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-end" },
  badge: { color: "#ffffff", fontSize: 8, lineHeight: 1.3, fontFamily: "Helvetica-Bold", paddingHorizontal: 4, paddingVertical: 1, borderRadius: 2, marginRight: 6 },
});
