// The post studio: LinkedIn-like preview, live check while typing, autosave that never loses text.
import { checkDraft, element, label, renderFindings } from "./findings.js";

const editor = document.getElementById("studio");
const draft = document.getElementById("draft");
const preview = document.getElementById("preview");
const count = document.getElementById("count");
const status = document.getElementById("save-status");
const findings = document.getElementById("check-result");

// LinkedIn's limits: 3,000 characters per post; the feed shows about 210 characters or three lines before "…see more".
const maxLength = 3000;
const foldCharacters = 210;
const foldLines = 3;
const checkDelayMs = 400;
const saveDelayMs = 1000;
const retryDelayMs = 5000;

const id = editor?.dataset.draftId;
const backupKey = `herald.draft.${id}`;
let revision = Number(editor?.dataset.revision ?? 0);
let checkTimer = 0;
let saveTimer = 0;
let checkSequence = 0;
let checkedText = null;
let expanded = false;
// One save at a time: a save requested while another is under way follows it, so saves never overtake each other.
let saving = false;
let saveAgain = false;

function appendWithHashtags(parent, text) {
  const pattern = /#[\p{L}\p{N}_]+/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parent.append(document.createTextNode(text.slice(last, match.index)));
    parent.append(element("span", "hashtag", match[0]));
    last = match.index + match[0].length;
  }
  parent.append(document.createTextNode(text.slice(last)));
}

function foldAt(text) {
  let at = Math.min(text.length, foldCharacters);
  let lineBreaks = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === "\n" && ++lineBreaks === foldLines) { at = i; break; }
  }
  return at;
}

function renderPreview() {
  const text = draft.value;
  const body = element("div", "post-body");
  const fold = foldAt(text);
  if (!expanded && fold < text.length) {
    appendWithHashtags(body, text.slice(0, fold));
    const more = element("button", "link see-more", label(editor, "labelSeeMore"));
    more.type = "button";
    more.addEventListener("click", () => { expanded = true; renderPreview(); });
    body.append(more);
  } else {
    appendWithHashtags(body, text);
  }
  preview.replaceChildren(body);
  count.textContent = `${text.length} / ${maxLength}`;
  count.classList.toggle("over", text.length > maxLength);
}

function setStatus(name) {
  status.textContent = label(editor, name);
}

async function save() {
  if (saving) {
    saveAgain = true;
    return;
  }
  saving = true;
  const text = draft.value;
  const mine = ++revision;
  localStorage.setItem(backupKey, JSON.stringify({ text, revision: mine }));
  setStatus("labelSaving");
  try {
    const response = await fetch(`/api/v1/drafts/${id}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ text, revision: mine }),
    });
    if (response.status === 409) {
      // The server already holds a newer save (another tab): continue from its revision.
      revision = Math.max(revision, (await response.json()).revision);
      scheduleSave(0);
      return;
    }
    if (!response.ok) throw new Error(String(response.status));
    if (draft.value === text) {
      localStorage.removeItem(backupKey);
      setStatus("labelSaved");
    }
  } catch {
    // The text stays in this browser and is sent again shortly.
    setStatus("labelOffline");
    scheduleSave(retryDelayMs);
  } finally {
    saving = false;
    if (saveAgain) {
      saveAgain = false;
      scheduleSave(0);
    }
  }
}

function scheduleSave(delay) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, delay);
}

async function check() {
  const mine = ++checkSequence;
  const text = draft.value;
  if (text.trim() === "") {
    findings.replaceChildren();
    return;
  }
  try {
    const response = await checkDraft(text);
    if (mine !== checkSequence) return;
    checkedText = text;
    renderFindings(findings, response, applySuggestion);
  } catch {
    if (mine === checkSequence) findings.replaceChildren(element("p", "errors", label(findings, "labelError")));
  }
}

function applySuggestion(finding) {
  // Offsets refer to the checked text; if it has changed since, check again instead of guessing.
  if (draft.value !== checkedText) {
    check();
    return;
  }
  const text = draft.value;
  draft.value = text.slice(0, finding.offset) + finding.replacement + text.slice(finding.offset + finding.length);
  changed();
}

function changed() {
  // "Saved." must only ever describe the text on screen: a change makes it untrue until the next save.
  setStatus("labelUnsaved");
  renderPreview();
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, checkDelayMs);
  localStorage.setItem(backupKey, JSON.stringify({ text: draft.value, revision }));
  scheduleSave(saveDelayMs);
}

if (editor && draft && preview && findings) {
  const backup = JSON.parse(localStorage.getItem(backupKey) ?? "null");
  if (backup && backup.text !== draft.value && backup.revision >= revision) {
    // A save did not reach the server last time: bring the text back and save it now.
    draft.value = backup.text;
    scheduleSave(0);
  }
  draft.addEventListener("input", changed);
  document.getElementById("copy")?.addEventListener("click", () => navigator.clipboard.writeText(draft.value));
  document.getElementById("share")?.addEventListener("click", () => {
    window.open(`https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(draft.value)}`, "_blank", "noopener");
  });
  document.getElementById("save-form")?.addEventListener("submit", (event) => {
    event.preventDefault();
    scheduleSave(0);
  });
  renderPreview();
  check();
}
