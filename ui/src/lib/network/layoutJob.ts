// The first drawing of a large map, as a job for a Web Worker (`layout.worker.ts`): at 2 000
// people it takes about a second, during which the map shows a sketch and stays usable instead
// of freezing. Kept apart from the worker so the tests can run it in-process; same `layout`,
// so the same drawing as without a worker.
import { layout, type Point } from "./layout";

export type LayoutRequest = { ids: string[]; links: [string, string][]; placed: [string, Point][] };
export type LayoutMessage = { progress: number } | { positions: [string, Point][] };

export function runLayoutJob(request: LayoutRequest, post: (message: LayoutMessage) => void): void {
  const at = layout(request.ids, request.links, new Map(request.placed), (done) => post({ progress: done }));
  post({ positions: [...at] });
}
