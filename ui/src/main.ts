import { mount } from "svelte";
import App from "./App.svelte";
import Projector from "./views/Projector.svelte";
import "./styles/tokens.css";

// The projector window loads the same page with `#projector`: it gets only the projector view,
// never the app (its capability allows nothing else).
if (location.hash === "#projector") {
  mount(Projector, { target: document.getElementById("app")! });
} else {
  mount(App, { target: document.getElementById("app")! });
}
