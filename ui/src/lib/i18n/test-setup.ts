// Tests switch languages synchronously (`i18n.locale = "es"`) as a person's click would after
// the language loaded: every built-in language is loaded before each test file. The test of
// lazy loading itself imports a fresh copy of the module (vi.resetModules).
import { i18n } from "./i18n.svelte";

await i18n.set("es");
await i18n.set("fr");
await i18n.set("en");
