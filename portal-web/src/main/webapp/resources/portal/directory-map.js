// Maps of the member directory: the results map (one badge per member, grouped in clusters) and the
// location picker of the profile form. Needs Leaflet and Leaflet.markercluster loaded before it.
// Every text shown comes from data attributes the server has already localised, and every value
// taken from the data is put in the page through textContent, never as HTML.
window.PortalMaps = (() => {
  "use strict";

  const FRANCE = { center: [46.6, 2.4], zoom: 5 };
  const MAX_ZOOM = 19; // markercluster needs a finite maximum zoom, even when there is no tile layer
  const PICK_ZOOM = 13;
  const TOWN_ZOOM = 12;

  const entries = new Set(); // live maps, one entry per initialised element
  const byElement = new WeakMap();
  const gazetteers = new Map(); // towns URL -> Promise of the prepared list, shared by all pickers

  // ---- small helpers --------------------------------------------------------------------------

  function leafletPresent() {
    return typeof window.L === "object" && typeof window.L.map === "function";
  }

  function parseJson(text, fallback) {
    if (!text || !text.trim()) return fallback;
    try {
      return JSON.parse(text);
    } catch (error) {
      console.warn("PortalMaps: invalid JSON in a data attribute", error);
      return fallback;
    }
  }

  // Accepts numbers and strings, with a French decimal comma too ("43,61").
  function toNumber(value) {
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    if (typeof value !== "string" || !value.trim()) return null;
    const number = Number(value.trim().replace(",", "."));
    return Number.isFinite(number) ? number : null;
  }

  function isLatLng(lat, lon) {
    return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  }

  function round5(value) {
    return Math.round(value * 1e5) / 1e5;
  }

  function hasSize(element) {
    return element.clientWidth > 0 && element.clientHeight > 0;
  }

  // Only same-site relative links and http(s) URLs become links: no "javascript:" from the data.
  function safeHref(value) {
    if (typeof value !== "string" || !value.trim()) return null;
    try {
      const url = new URL(value, document.baseURI);
      return url.protocol === "http:" || url.protocol === "https:" ? value : null;
    } catch (error) {
      return null;
    }
  }

  function text(value) {
    return typeof value === "string" ? value.trim() : value == null ? "" : String(value);
  }

  // "Julie Frémeaux" -> "JF"; "Jean de La Fontaine" -> "JF"; "Valéry d'Estaing" -> "VE".
  function initials(name) {
    const words = name.split(/\s+/)
      .map((word) => word.replace(/^[dl][’']/i, ""))
      .filter((word) => /\p{L}/u.test(word));
    if (words.length === 0) return "";
    const letter = (word) => word.match(/\p{L}/u)[0];
    const first = letter(words[0]);
    const last = words.length > 1 ? letter(words[words.length - 1]) : "";
    return (first + last).toLocaleUpperCase("fr");
  }

  // Case-, accent- and punctuation-insensitive form of a town name; "St"/"Ste" read as Saint/Sainte.
  function townKey(value) {
    return value.toLowerCase()
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/œ/g, "oe").replace(/æ/g, "ae")
      .replace(/[^a-z0-9]+/g, " ")
      .replace(/\bste\b/g, "sainte").replace(/\bst\b/g, "saint")
      .trim();
  }

  function escapeText(value) {
    const span = document.createElement("span");
    span.textContent = value;
    return span.innerHTML;
  }

  // The attribution control renders HTML: give it escaped text, or a link built with the DOM.
  function attributionHtml(element) {
    const label = text(element.dataset.attribution);
    if (!label) return "";
    const href = safeHref(element.dataset.attributionUrl);
    if (!href) return escapeText(label);
    const link = document.createElement("a");
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = label;
    return link.outerHTML;
  }

  // ---- map life cycle -------------------------------------------------------------------------

  function applyRegion(element) {
    element.setAttribute("role", "region");
    const label = text(element.dataset.label);
    if (label) element.setAttribute("aria-label", label);
  }

  function createEntry(element, kind) {
    const map = L.map(element, {
      center: FRANCE.center,
      zoom: FRANCE.zoom,
      minZoom: 2,
      maxZoom: MAX_ZOOM,
      worldCopyJump: true,
    });
    const entry = {
      element, kind, map,
      alive: true,
      notice: null,
      pendingFit: false,
      visible: hasSize(element),
      touched: false, // the user has moved the view: no automatic re-fit then
      observer: null,
      fit() {},
    };
    for (const type of ["pointerdown", "wheel", "keydown"]) {
      element.addEventListener(type, () => { entry.touched = true; }, { passive: true });
    }
    entries.add(entry);
    byElement.set(element, entry);
    addBaseLayer(entry);
    watchSize(entry);
    return entry;
  }

  function addBaseLayer(entry) {
    const url = text(entry.element.dataset.tiles);
    if (!url) {
      showNotice(entry);
      return;
    }
    const layer = L.tileLayer(url, { maxZoom: MAX_ZOOM, attribution: attributionHtml(entry.element) });
    // Tiles come from outside the intranet and may be blocked: the members stay on the map anyway
    // (their badges are plain HTML), and the notice says why the background is empty.
    layer.on("tileerror", () => showNotice(entry));
    layer.addTo(entry.map);
  }

  function showNotice(entry) {
    if (entry.notice || !entry.alive) return;
    const message = text(entry.element.dataset.tilesFailed);
    if (!message) return;
    const notice = document.createElement("div");
    notice.className = "map-notice";
    notice.setAttribute("role", "status");
    notice.textContent = message;
    L.DomEvent.disableClickPropagation(notice);
    L.DomEvent.disableScrollPropagation(notice);
    entry.map.getContainer().appendChild(notice);
    entry.notice = notice;
    // The notice covers the top of the map: fit again so that no member stays hidden under it.
    if (entry.kind === "results" && !entry.touched && !entry.pendingFit) entry.fit();
  }

  // Fit options for the results map, with room at the top for the notice when there is one.
  function fitOptions(entry) {
    const notice = entry.notice;
    const below = notice && notice.offsetHeight ? notice.offsetTop + notice.offsetHeight + 12 : 32;
    const top = Math.min(below, Math.floor(entry.element.clientHeight / 3));
    return { paddingTopLeft: [32, top], paddingBottomRight: [32, 32], maxZoom: 13, animate: false };
  }

  // A map created in a hidden tab or panel has no size: Leaflet cannot fit bounds then. When the
  // element gets a size (shown, or resized), tell Leaflet, and fit if a fit was waiting.
  function watchSize(entry) {
    if (typeof window.ResizeObserver !== "function") return;
    entry.observer = new ResizeObserver(() => {
      if (!entry.alive || !entry.element.isConnected) return;
      const visible = hasSize(entry.element);
      const appeared = visible && !entry.visible;
      entry.visible = visible;
      if (!visible) return;
      entry.map.invalidateSize();
      if (appeared || entry.pendingFit) entry.fit();
    });
    entry.observer.observe(entry.element);
  }

  function dispose(entry) {
    entry.alive = false;
    entries.delete(entry);
    if (entry.observer) entry.observer.disconnect();
    try {
      entry.map.remove();
    } catch (error) {
      console.warn("PortalMaps: could not remove a map", error);
    }
  }

  // Maps whose element left the page (PrimeFaces replaced it) are removed with their listeners.
  function cleanup() {
    for (const entry of Array.from(entries)) {
      if (!entry.element.isConnected) dispose(entry);
    }
  }

  // ---- (a) results map ------------------------------------------------------------------------

  function buildPopup(person, name) {
    const box = document.createElement("div");
    box.className = "map-popup";
    const href = safeHref(person.href);
    const title = document.createElement(href ? "a" : "strong");
    title.className = "map-popup-name";
    if (href) title.setAttribute("href", href);
    title.textContent = name;
    box.appendChild(title);
    for (const [value, className] of [[text(person.job), "map-popup-job"], [text(person.town), "map-popup-town"]]) {
      if (!value) continue;
      const line = document.createElement("div");
      line.className = className;
      line.textContent = value;
      box.appendChild(line);
    }
    return box;
  }

  function createPersonMarker(person) {
    if (!person || typeof person !== "object") return null;
    const lat = toNumber(person.lat);
    const lon = toNumber(person.lon);
    if (!isLatLng(lat, lon)) return null;
    const name = text(person.name);
    const badge = document.createElement("span");
    badge.className = "map-person-initials";
    badge.setAttribute("aria-hidden", "true");
    badge.textContent = initials(name);
    const icon = L.divIcon({
      className: "map-person",
      html: badge,
      iconSize: [32, 32],
      iconAnchor: [16, 16],
      popupAnchor: [0, -16],
    });
    const marker = L.marker([lat, lon], { icon, title: name, alt: name, riseOnHover: true, keyboard: true });
    marker.bindPopup(() => buildPopup(person, name));
    // Leaflet puts "alt" on image icons only: name the badge for screen readers as well.
    marker.on("add", () => {
      const element = marker.getElement();
      if (element && name) element.setAttribute("aria-label", name);
    });
    return marker;
  }

  function initResultsMap(element) {
    element.dataset.ready = "true";
    applyRegion(element);
    const entry = createEntry(element, "results");
    const people = parseJson(element.dataset.markers, []);
    const markers = (Array.isArray(people) ? people : []).map(createPersonMarker).filter(Boolean);
    let group;
    if (typeof L.markerClusterGroup === "function") {
      // Markers outside the view stay in the page: a map created hidden (empty view) still holds
      // every member, and a directory's few hundred badges cost little.
      group = L.markerClusterGroup({ showCoverageOnHover: false, removeOutsideVisibleBounds: false });
    } else {
      console.warn("PortalMaps: Leaflet.markercluster is missing, members are shown unclustered");
      group = L.featureGroup();
    }
    markers.forEach((marker) => group.addLayer(marker));
    group.addTo(entry.map);
    const bounds = markers.length > 0 ? L.latLngBounds(markers.map((marker) => marker.getLatLng())) : null;
    entry.fit = () => {
      if (!hasSize(element)) {
        entry.pendingFit = true; // fitBounds needs a size: done when the element shows
        return;
      }
      entry.pendingFit = false;
      if (bounds) entry.map.fitBounds(bounds, fitOptions(entry));
      else entry.map.setView(FRANCE.center, FRANCE.zoom, { animate: false });
    };
    entry.fit();
    element.dataset.markerCount = String(markers.length);
    return entry;
  }

  // ---- (b) location picker --------------------------------------------------------------------

  // The inputs are looked up by id each time: an AJAX update may have replaced them.
  function input(id) {
    return id ? document.getElementById(id) : null;
  }

  function prepareTowns(list) {
    if (!Array.isArray(list)) return [];
    return list.map((town) => ({
      name: text(town && town.name),
      postcode: text(town && town.postcode),
      lat: toNumber(town && town.lat),
      lon: toNumber(town && town.lon),
    })).filter((town) => town.name && isLatLng(town.lat, town.lon))
      .map((town) => Object.assign(town, { key: townKey(town.name) }));
  }

  function loadTowns(entry) {
    if (entry.towns) return Promise.resolve(entry.towns);
    const inline = entry.element.dataset.towns;
    if (inline && inline.trim()) {
      entry.towns = prepareTowns(parseJson(inline, []));
      return Promise.resolve(entry.towns);
    }
    const url = text(entry.element.dataset.townsUrl);
    if (!url) return Promise.resolve([]);
    let pending = gazetteers.get(url);
    if (!pending) {
      pending = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
          return response.json();
        })
        .then(prepareTowns);
      pending.catch(() => gazetteers.delete(url)); // a failed download may be tried again later
      gazetteers.set(url, pending);
    }
    return pending;
  }

  // "Montpellier", "montpellier ", "St Etienne", "Saint-Denis 97400" or "97400 Saint-Denis".
  // Several towns of that name: the postcode decides, else the one nearest the current view.
  function findTown(towns, value, near) {
    const postcode = (value.match(/\b\d{5}\b/) || [""])[0];
    const key = townKey(value.replace(/\b\d{5}\b/, " ").replace(/[()]/g, " "));
    if (!key) return null;
    const matches = towns.filter((town) => town.key === key);
    if (matches.length <= 1) return matches[0] || null;
    const sameCode = matches.find((town) => town.postcode === postcode);
    if (sameCode) return sameCode;
    return matches.reduce((best, town) =>
      near.distanceTo([town.lat, town.lon]) < near.distanceTo([best.lat, best.lon]) ? town : best);
  }

  function initLocationPicker(element) {
    element.dataset.ready = "true";
    applyRegion(element);
    const clearButton = element.querySelector(".location-clear");
    const entry = createEntry(element, "picker");
    const map = entry.map;
    const ids = { lat: element.dataset.lat, lon: element.dataset.lon, town: element.dataset.townInput };
    entry.ids = ids;
    entry.writing = false;
    entry.towns = null;
    let marker = null;
    const pinLabel = text(element.dataset.markerLabel);
    const pinIcon = L.divIcon({ className: "map-pin", html: "", iconSize: [28, 28], iconAnchor: [14, 28] });

    function writeInputs(latlng) {
      const values = latlng ? [String(round5(latlng.lat)), String(round5(latlng.lng))] : ["", ""];
      entry.writing = true;
      try {
        [input(ids.lat), input(ids.lon)].forEach((field, index) => {
          if (!field) return;
          field.value = values[index];
          field.dispatchEvent(new Event("change", { bubbles: true }));
        });
      } finally {
        entry.writing = false;
      }
    }

    function placeMarker(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
        return;
      }
      marker = L.marker(latlng, {
        icon: pinIcon,
        draggable: true,
        autoPan: true,
        keyboard: Boolean(pinLabel),
        title: pinLabel,
        alt: pinLabel,
      });
      marker.on("dragend", () => {
        const moved = marker.getLatLng().wrap();
        marker.setLatLng(moved);
        writeInputs(moved);
      });
      marker.addTo(map);
      entry.marker = marker;
    }

    function removeMarker() {
      if (!marker) return;
      marker.remove();
      marker = null;
      entry.marker = null;
    }

    function pick(latlng) {
      const wrapped = L.latLng(latlng).wrap();
      const point = L.latLng(round5(wrapped.lat), round5(wrapped.lng));
      placeMarker(point);
      writeInputs(point);
    }

    entry.clear = () => {
      removeMarker();
      writeInputs(null);
    };

    // Someone typed in the coordinates fields themselves: follow them.
    entry.syncFromInputs = () => {
      const latField = input(ids.lat);
      const lonField = input(ids.lon);
      if (!latField || !lonField) return;
      const lat = toNumber(latField.value);
      const lon = toNumber(lonField.value);
      if (isLatLng(lat, lon)) {
        placeMarker([lat, lon]);
        map.panTo([lat, lon]);
      } else if (!latField.value.trim() && !lonField.value.trim()) {
        removeMarker();
      }
    };

    entry.centreOnTown = (value) => {
      if (marker || !value || !value.trim()) return;
      loadTowns(entry).then((towns) => {
        const field = input(ids.town);
        if (!entry.alive || marker || (field && field.value !== value)) return;
        const town = findTown(towns, value, map.getCenter());
        // Only the view moves, no marker is placed: a town centre is not where the member lives,
        // and a point put there for them would place them wrongly in "within N km" searches.
        // They still click their own point, now starting from a useful zoom.
        if (town) map.setView([town.lat, town.lon], TOWN_ZOOM);
      }).catch((error) => console.warn("PortalMaps: towns list unavailable", error));
    };

    entry.fit = () => {
      entry.pendingFit = false;
      if (marker) map.panTo(marker.getLatLng(), { animate: false });
    };

    map.on("click", (event) => pick(event.latlng));
    // Keyboard: Leaflet's arrows pan and +/- zoom; Enter (or Space) on the map puts the point at
    // the centre of the view, so the picker works without a mouse.
    element.addEventListener("keydown", (event) => {
      if (event.target !== element || (event.key !== "Enter" && event.key !== " ")) return;
      event.preventDefault();
      pick(map.getCenter());
    });

    if (clearButton) {
      if (clearButton.tagName === "BUTTON") clearButton.type = "button";
      const ClearControl = L.Control.extend({
        onAdd() {
          const box = L.DomUtil.create("div", "leaflet-bar location-clear-control");
          box.appendChild(clearButton);
          L.DomEvent.disableClickPropagation(box);
          return box;
        },
      });
      new ClearControl({ position: "topright" }).addTo(map);
      clearButton.addEventListener("click", (event) => {
        event.preventDefault();
        entry.clear();
      });
    }

    const lat = toNumber(input(ids.lat) ? input(ids.lat).value : null);
    const lon = toNumber(input(ids.lon) ? input(ids.lon).value : null);
    if (isLatLng(lat, lon)) {
      placeMarker([lat, lon]);
      map.setView([lat, lon], PICK_ZOOM, { animate: false });
    }
    return entry;
  }

  // One listener for every picker: the fields may be re-rendered by AJAX independently of the map.
  document.addEventListener("change", (event) => {
    const id = event.target && event.target.id;
    if (!id) return;
    for (const entry of entries) {
      if (entry.kind !== "picker" || entry.writing || !entry.alive || !entry.element.isConnected) continue;
      if (id === entry.ids.lat || id === entry.ids.lon) entry.syncFromInputs();
      else if (id === entry.ids.town) entry.centreOnTown(event.target.value);
    }
  });

  // ---- public API -----------------------------------------------------------------------------

  function initEach(selector, init) {
    document.querySelectorAll(selector).forEach((element) => {
      try {
        init(element);
      } catch (error) {
        console.error("PortalMaps: could not create the map", element, error);
      }
    });
  }

  function initAll() {
    cleanup();
    if (!leafletPresent()) {
      if (document.querySelector(".results-map, .location-picker")) {
        console.error("PortalMaps: Leaflet is not loaded");
      }
      return;
    }
    initEach(".results-map:not([data-ready])", initResultsMap);
    initEach(".location-picker:not([data-ready])", initLocationPicker);
  }

  // For a map shown by script (tab, dialog, collapsible panel): resize it and fit its content again.
  function refresh() {
    cleanup();
    for (const entry of entries) {
      entry.visible = hasSize(entry.element);
      if (!entry.visible) {
        entry.pendingFit = entry.kind === "results";
        continue;
      }
      entry.map.invalidateSize();
      entry.fit();
    }
  }

  // The Leaflet map of an element, for page scripts and tests.
  function get(element) {
    const entry = element ? byElement.get(element) : null;
    return entry && entry.alive ? entry.map : null;
  }

  // PrimeFaces replaces updated elements after its AJAX requests; plain Faces AJAX too. Tried when
  // this script runs and again when the page is parsed, as the head may list it before jQuery.
  const hooked = { jQuery: false, faces: false };
  function hookAjax() {
    if (!hooked.jQuery && window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", () => initAll());
      hooked.jQuery = true;
    }
    const facesAjax = (window.faces && window.faces.ajax) || (window.jsf && window.jsf.ajax);
    if (!hooked.faces && facesAjax && typeof facesAjax.addOnEvent === "function") {
      facesAjax.addOnEvent((data) => {
        if (data.status === "success") initAll();
      });
      hooked.faces = true;
    }
  }

  hookAjax();
  if (document.readyState === "loading") {
    // Leaflet may also be listed after this script: nothing touches it before the page is parsed.
    document.addEventListener("DOMContentLoaded", () => {
      hookAjax();
      initAll();
    });
  } else {
    initAll();
  }

  return Object.freeze({ initAll, refresh, get });
})();
