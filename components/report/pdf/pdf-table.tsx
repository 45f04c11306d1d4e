// A plain table for the PDF: columns share the width by weight. Report tables are a few rows long, so the table is
// kept whole on one page rather than leaving a header and two rows at the foot of one.
import { Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import { COLORS, styles } from "./pdf-styles";

export type PdfColumn<Row> = {
  header: string;
  /** Share of the table's width, relative to the other columns. */
  weight: number;
  align?: "left" | "right";
  cell: (row: Row) => string;
  cellStyle?: (row: Row) => Style;
};

export function PdfTable<Row>({ columns, rows, rowKey }: { columns: PdfColumn<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  const cell = (column: PdfColumn<Row>): Style => ({ flex: column.weight, paddingHorizontal: 3, textAlign: column.align ?? "right" });
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
            <Text key={column.header} style={[cell(column), column.cellStyle?.(row) ?? {}]}>
              {column.cell(row)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
