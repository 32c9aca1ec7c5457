// The native folder picker. Only this folder (lib/ipc) imports @tauri-apps.
import { open } from "@tauri-apps/plugin-dialog";

/** Asks the person for a folder; `null` when they cancel. */
export async function pickFolder(title: string): Promise<string | null> {
  const chosen = await open({ directory: true, multiple: false, title });
  return typeof chosen === "string" ? chosen : null;
}
