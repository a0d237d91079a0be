// Live "Can I post this?": checks the draft through the JSON API while the person types.
import { checkDraft, element, label, renderFindings } from "./findings.js";

const form = document.getElementById("check-form");
const draft = document.getElementById("draft");
const result = document.getElementById("check-result");

// Long enough not to send a request per keystroke, short enough to feel immediate.
const debounceMs = 350;
let timer = 0;
let sequence = 0;

async function check() {
  const mine = ++sequence;
  if (draft.value.trim() === "") {
    result.replaceChildren();
    return;
  }
  try {
    const body = await checkDraft(draft.value);
    if (mine === sequence) renderFindings(result, body);
  } catch {
    if (mine === sequence) result.replaceChildren(element("p", "errors", label(result, "labelError")));
  }
}

if (form && draft && result) {
  draft.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(check, debounceMs);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    check();
  });
}
