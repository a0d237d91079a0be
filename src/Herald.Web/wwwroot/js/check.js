// Live "Can I post this?": checks the draft through the JSON API while the person types.
// Everything the person wrote is put on the page with textContent, never as HTML.
const form = document.getElementById("check-form");
const draft = document.getElementById("draft");
const result = document.getElementById("check-result");

// Long enough not to send a request per keystroke, short enough to feel immediate.
const debounceMs = 350;
let timer = 0;
let sequence = 0;

function label(name, ...values) {
  let text = result.dataset[name] ?? "";
  values.forEach((value, index) => { text = text.replace(`{${index}}`, String(value)); });
  return text;
}

function categoryLabel(category) {
  const key = "category" + category.split("-").map((part) => part[0].toUpperCase() + part.slice(1)).join("");
  return result.dataset[key] ?? category;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function render(response) {
  const verdictKey = { ok: "labelOk", warn: "labelWarn", block: "labelBlock" }[response.verdict] ?? "labelBlock";
  const nodes = [element("p", `verdict-${response.verdict}`, label(verdictKey))];
  for (const finding of response.findings) {
    const card = element("article", `card finding ${finding.severity}`);
    card.append(
      element("h3", "", `${categoryLabel(finding.category)} · ${label("labelLine", finding.line)}`),
      element("p", "", finding.message),
      element("p", "excerpt", finding.excerpt));
    nodes.push(card);
  }
  result.replaceChildren(...nodes);
}

async function check() {
  const mine = ++sequence;
  if (draft.value.trim() === "") {
    result.replaceChildren();
    return;
  }
  try {
    const response = await fetch("/api/v1/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ text: draft.value }),
    });
    if (!response.ok) throw new Error(String(response.status));
    const body = await response.json();
    if (mine === sequence) render(body);
  } catch {
    if (mine === sequence) result.replaceChildren(element("p", "errors", label("labelError")));
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
