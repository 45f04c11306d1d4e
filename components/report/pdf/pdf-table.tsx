// A plain table for the PDF: columns share the width by weight. Report tables are a few rows long, so the table is
// kept whole on one page rather than leaving a header and two rows at the foot of one.
import { Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import { CONTENT_WIDTH, fittedFontSize } from "./pdf-fit";
import { COLORS, styles } from "./pdf-styles";

const PADDING = 3;

export type PdfColumn<Row> = {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align?: "left" | "right";
  cell: (row: Row) => string;
  cellStyle?: (row: Row) => Style;
};

export function PdfTable<Row>({ columns, rows, rowKey }: { columns: PdfColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  const totalWeight = columns.reduce((sum, column) => sum + column.weight, 0);
  const cell = (column: PdfColumn<Row>): Style => ({ flex: column.weight, paddingHorizontal: PADDING, textAlign: column.align ?? "right" });
  // Names may wrap; a figure may not, so it is set smaller when it would not fit its column.
  const fitted = (column: PdfColumn<Row>, text: string): Style =>
    column.align === "left" ? {} : { fontSize: fittedFontSize(text, (CONTENT_WIDTH * column.weight) / totalWeight - 2 * PADDING, 9) };
  return (
    <View wrap={false} style={styles.small}>
      <View style={[styles.row, { borderBottomWidth: 1, borderBottomColor: COLORS.ink, paddingVertical: 3 }]}>
        {columns.map((column) => (
          <Text key={column.header} style={[cell(column), styles.bold]}>
            {column.header}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View key={rowKey(row)} style={[styles.row, { borderBottomWidth: 0.5, borderBottomColor: COLORS.line, paddingVertical: 4 }]}>
          {columns.map((column) => (
            <Text key={column.header} style={[cell(column), fitted(column, column.cell(row)), column.cellStyle?.(row) ?? {}]}>
              {column.cell(row)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
