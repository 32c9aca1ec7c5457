// The native folder picker. Only this folder (lib/ipc) imports @tauri-apps.
import { open, save } from "@tauri-apps/plugin-dialog";

/** Asks the person for a folder; `null` when they cancel. */
export async function pickFolder(title: string): Promise<string | null> {
  const chosen = await open({ directory: true, multiple: false, title });
  return typeof chosen === "string" ? chosen : null;
}

/** The end-to-end tests cannot click through a native dialog (WebDriver does not reach it):
 * they put the path a person would choose here first. Only a UI built for them
 * (`vite build --mode e2e`, tests/e2e/run.sh) has this hook; in every other build the check is
 * a constant false and the bundler drops it, so no page can hand the app a path that way. */
declare global {
  interface Window {
    __tejidoNextPath?: string;
  }
}
function preset(): string | null {
  if (import.meta.env.MODE !== "e2e") return null;
  const path = window.__tejidoNextPath ?? null;
  window.__tejidoNextPath = undefined;
  return path;
}

/** Asks the person for a file to open or attach; `null` when they cancel. */
export async function pickFile(title: string): Promise<string | null> {
  const chosen = preset() ?? (await open({ directory: false, multiple: false, title }));
  return typeof chosen === "string" ? chosen : null;
}

/** Asks the person where to save a file; `null` when they cancel. */
export async function pickSaveFile(title: string, defaultPath: string): Promise<string | null> {
  return preset() ?? (await save({ title, defaultPath })) ?? null;
}
