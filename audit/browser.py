"""What the audit does inside Chromium: axe-core and a keyboard walk through the page."""

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.2 A and AA, as the axe-core rule tags name them.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
MAX_TABS = 150

_MARK_INTERACTIVE = """() => {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, ' +
    '[tabindex]:not([tabindex="-1"])';
  const shown = (el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return (box.width > 0 || box.height > 0) && style.visibility !== 'hidden' && !el.disabled &&
      el.tabIndex >= 0 &&
      !el.closest('[hidden], [inert], [aria-hidden="true"]');
  };
  const seenRadioGroups = new Set();
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (!shown(el)) continue;
    // One stop per radio group, as browsers tab.
    if (el.type === 'radio') {
      if (seenRadioGroups.has(el.name)) continue;
      seenRadioGroups.add(el.name);
      el.dataset.auditRadio = el.name;
    }
    el.dataset.auditId = String(n++);
  }
  return n;
}"""

_FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const ring = style.boxShadow && style.boxShadow !== 'none';
  const group = el.type === 'radio' &&
    document.querySelector(`[data-audit-radio="${el.name}"]`);
  const id = el.dataset.auditId ?? (group ? group.dataset.auditId : undefined);
  const text = (el.getAttribute('aria-label') || el.textContent || el.name || el.id || '').trim();
  const what = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' +
    text.slice(0, 40) + '"';
  return {id: id ?? null, visible: outline || ring, what};
}"""

_UNREACHED = """(reached) => Array.from(document.querySelectorAll('[data-audit-id]'))
  .filter((el) => !reached.includes(el.dataset.auditId))
  .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' +
       (el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 40) +
       '"')"""


def run_axe(page) -> list[dict]:
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        {
            "id": v["id"],
            "impact": v.get("impact"),
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in results.response["violations"]
    ]


def keyboard_walk(page) -> list[str]:
    """Tab through the page from the top: every interactive element must take focus, and show it."""
    page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }")
    total = page.evaluate(_MARK_INTERACTIVE)
    problems, reached, first = [], [], None
    for _ in range(min(MAX_TABS, total * 2 + 5)):
        page.keyboard.press("Tab")
        focused = page.evaluate(_FOCUSED)
        if focused is None:
            continue
        key = focused["id"] or focused["what"]
        if key == first:
            break
        first = first or key
        if focused["id"] is not None:
            reached.append(focused["id"])
        if not focused["visible"]:
            problems.append(f"no visible focus: {focused['what']}")
    problems += [f"not reachable by Tab: {w}" for w in page.evaluate(_UNREACHED, reached)]
    return sorted(set(problems))
