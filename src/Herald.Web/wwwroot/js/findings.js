// Renders the Guard's answer. Labels come from data-* attributes that the server filled in the
// reader's language; everything from the draft is set with textContent, never as HTML.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function label(container, name, ...values) {
  let text = container.dataset[name] ?? "";
  values.forEach((value, index) => { text = text.replace(`{${index}}`, String(value)); });
  return text;
}

function categoryLabel(container, category) {
  const key = "category" + category.split("-").map((part) => part[0].toUpperCase() + part.slice(1)).join("");
  return container.dataset[key] ?? category;
}

// onApply(finding) is offered for findings with a suggested replacement.
export function renderFindings(container, response, onApply) {
  const verdictKey = { ok: "labelOk", warn: "labelWarn", block: "labelBlock" }[response.verdict] ?? "labelBlock";
  const nodes = [element("p", `verdict-${response.verdict}`, label(container, verdictKey))];
  for (const finding of response.findings) {
    const card = element("article", `card finding ${finding.severity}`);
    card.append(
      element("h3", "", `${categoryLabel(container, finding.category)} · ${label(container, "labelLine", finding.line)}`),
      element("p", "", finding.message),
      element("p", "excerpt", finding.excerpt));
    if (finding.guideline) {
      const why = element("p", "guideline-link", label(container, "labelGuideline") + " ");
      const link = element("a", "", finding.guideline.title);
      link.href = finding.guideline.url;
      why.append(link);
      card.append(why);
    }
    if (onApply && finding.replacement !== null && finding.replacement !== undefined) {
      const apply = element("button", "secondary", label(container, "labelApply"));
      apply.type = "button";
      apply.addEventListener("click", () => onApply(finding));
      card.append(apply);
    }
    nodes.push(card);
  }
  container.replaceChildren(...nodes);
}

export async function checkDraft(text) {
  const response = await fetch("/api/v1/check", {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ text }),
  });
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}
