import { writeFileSync } from "node:fs";
import { pdfPreparingPage } from "@/lib/http/pdf-preparing-page";
writeFileSync("/tmp/prep.html", (await pdfPreparingPage("/r/x").text()).replace(/<meta http-equiv="refresh"[^>]*>/, ""));
