// Small behaviours of the shell that HTML alone cannot give: the phone navigation drawer, and
// closing an open dropdown when another opens or the user clicks elsewhere.
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
  document.addEventListener("click", (event) => {
    dropdowns.filter((d) => d.open && !d.contains(event.target)).forEach((d) => { d.open = false; });
  });
});
