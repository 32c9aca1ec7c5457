import { mount } from "svelte";
import App from "./App.svelte";
import "./styles/tokens.css";

// Every module of the first file has been read and run by now: tests/e2e/bench.mjs reads
// this mark to say how much of the start is JavaScript.
performance.mark("tejido:scripts");

// The projector window loads the same page with `#projector`: it gets only the projector view,
// never the app (its capability allows nothing else).
if (location.hash === "#projector") {
  void import("./views/Projector.svelte").then(({ default: Projector }) => mount(Projector, { target: document.getElementById("app")! }));
} else {
  mount(App, { target: document.getElementById("app")! });
}
