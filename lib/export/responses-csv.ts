// The responses CSV as a byte stream: the header, then each batch of completed responses (in the benchmark pool unless
// the admin asks for every one) (lib/db/export-responses.ts
// reads them by keyset, EXPORT_BATCH_SIZE at a time) turned into rows as it arrives, so memory stays flat at any size.
import "server-only";
import { csvRow } from "@/lib/csv";
import { EXPORT_BATCH_SIZE, readExportBatch, type ExportFilter } from "@/lib/db/export-responses";
import { columnDictionary, exportColumns, exportCsvRows } from "./export-columns";

/** `includeOutOfPool` adds the responses kept out of the benchmark pool (left out by default: decision 026). */
export function exportResponsesCsv(
  filter: ExportFilter,
  options: { includeContact: boolean; includeOutOfPool?: boolean; batchSize?: number },
): ReadableStream<Uint8Array> {
  const columns = exportColumns({ includeContact: options.includeContact });
  const encoder = new TextEncoder();
  let cursor: string | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvRow(columns.map((column) => column.name))));
        return;
      }
      const batch = await readExportBatch(filter, {
        includeContact: options.includeContact,
        includeOutOfPool: options.includeOutOfPool ?? false,
        after: cursor,
        batchSize: options.batchSize ?? EXPORT_BATCH_SIZE,
      });
      if (batch.length === 0) {
        controller.close();
        return;
      }
      cursor = batch.at(-1)!.id;
      controller.enqueue(encoder.encode(exportCsvRows(batch, columns)));
    },
  });
}

/** The column dictionary as CSV: one row per column of the export, in its order. */
export function columnDictionaryCsv(options: { includeContact: boolean }): string {
  const header = csvRow(["position", "column", "group", "question_id", "meaning", "unit", "allowed_values"]);
  return (
    header +
    columnDictionary(options)
      .map((column) => csvRow([column.position, column.name, column.group, column.questionId, column.meaning, column.unit, column.allowed]))
      .join("")
  );
}
