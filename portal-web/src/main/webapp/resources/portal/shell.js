// Small behaviours of the shell that HTML alone cannot give: the phone navigation drawer, and
// closing an open dropdown when another opens, the user clicks elsewhere or presses Escape.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".nav-toggle");
  if (toggle) {
    toggle.addEventListener("click", () => {
      const open = document.body.classList.toggle("nav-open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }
  const dropdowns = Array.from(document.querySelectorAll("details.dropdown"));
  dropdowns.forEach((dropdown) => {
    dropdown.addEventListener("toggle", () => {
      if (dropdown.open) {
        dropdowns.filter((other) => other !== dropdown).forEach((other) => { other.open = false; });
      }
    });
  });
  // Escape closes an open menu and gives the focus back to its button, as a keyboard user expects.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") {
      return;
    }
    dropdowns.filter((d) => d.open).forEach((d) => {
      d.open = false;
      d.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", (event) => {
    dropdowns.filter((d) => d.open && !d.contains(event.target)).forEach((d) => { d.open = false; });
  });
});

// What the widget libraries draw without a name or with invalid roles, mended wherever they appear
// (at load and after every ajax update), so that screen readers get the same page as everyone:
// - PrimeFaces' messages put role="alert" on list items (a list may only hold list items): the
//   alert moves to the message box;
// - a rich-text editor gets the name of its field's label; Quill's heading picker, the name of
//   the select it replaces;
// - the uploader's file field, not the span around it, takes the keyboard focus.
(function () {
  // Set only when different: a needless write is still a mutation, and wakes the editor's own observer.
  function set(element, name, value) {
    if (element.getAttribute(name) !== value) {
      element.setAttribute(name, value);
    }
  }

  function mend(root) {
    root.querySelectorAll(".ui-messages li[role=alert]").forEach((item) => {
      item.removeAttribute("role");
      item.removeAttribute("aria-atomic");
      const box = item.closest(".ui-messages > div");
      if (box) {
        set(box, "role", "alert");
      }
    });
    root.querySelectorAll(".ui-texteditor[id]").forEach((editor) => {
      const label = document.querySelector('label[for="' + CSS.escape(editor.id) + '"]');
      if (label) {
        label.id = label.id || editor.id + "-label";
        set(editor, "aria-labelledby", label.id);
        const area = editor.querySelector(".ql-editor");
        if (area) {
          set(area, "aria-labelledby", label.id);
        }
      }
    });
    root.querySelectorAll(".ql-toolbar select[aria-label]").forEach((select) => {
      const picker = select.previousElementSibling;
      const label = picker && picker.classList.contains("ql-picker") && picker.querySelector(".ql-picker-label");
      if (label) {
        set(label, "aria-label", select.getAttribute("aria-label"));
      }
    });
    root.querySelectorAll(".ui-fileupload-choose[aria-labelledby]").forEach((choose) => {
      // PrimeFaces makes the span a focusable button around a file field it hides from the keyboard:
      // an unnamed-role span holding a control. The field itself, named by the button's text, is
      // what the keyboard reaches instead (Enter opens the system's file chooser).
      const input = choose.querySelector("input[type=file]");
      if (input) {
        input.removeAttribute("tabindex");
        input.removeAttribute("aria-hidden");
        set(input, "aria-labelledby", choose.getAttribute("aria-labelledby"));
        choose.removeAttribute("tabindex");
        choose.removeAttribute("aria-labelledby");
      }
    });
  }
  const run = () => mend(document);
  document.addEventListener("DOMContentLoaded", () => {
    run();
    new MutationObserver(run).observe(document.body, { childList: true, subtree: true });
  });
  window.addEventListener("load", run);
})();
