// A report crosses from the analysis thread to the request loop in parts, one per message, each
// asked for when the last has arrived: a structured-clone copy is decoded on the receiving thread
// in one go, and a whole report of 10,000 articles (116 MB as JSON) took ~1 s to decode there,
// during which no request was answered. In parts, requests are answered between them.
import type { AnalysisReport } from '../../core/types.js';

/** One part: up to PART_ITEMS items of one list of the report. */
export interface ReportPart {
  field: keyof AnalysisReport;
  items: unknown[];
}

/** Items per part: a few MB at most (an article is its text and metadata). */
export const PART_ITEMS = 500;

/** The report's lists cut into parts of at most `size` items, in field order; empty lists give one empty part. */
export function splitReport(report: AnalysisReport, size = PART_ITEMS): ReportPart[] {
  const parts: ReportPart[] = [];
  for (const field of Object.keys(report) as (keyof AnalysisReport)[]) {
    const list = report[field] as unknown[];
    if (list.length === 0) parts.push({ field, items: [] });
    for (let at = 0; at < list.length; at += size) parts.push({ field, items: list.slice(at, at + size) });
  }
  return parts;
}

/** The report the parts were cut from (parts in the order `splitReport` gave them). */
export function joinReport(parts: ReportPart[]): AnalysisReport {
  const report: Record<string, unknown[]> = {};
  for (const { field, items } of parts) {
    const list = (report[field] ??= []);
    for (const item of items) list.push(item);
  }
  return report as unknown as AnalysisReport;
}
