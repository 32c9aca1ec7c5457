// Runs a first map drawing off the page's thread (see layoutJob.ts).
import { runLayoutJob, type LayoutMessage, type LayoutRequest } from "./layoutJob";

// The page's type for `self` is a window; in a dedicated worker it is the worker's scope.
const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(message: LayoutMessage): void };
scope.onmessage = (event) => runLayoutJob(event.data, (message) => scope.postMessage(message));
