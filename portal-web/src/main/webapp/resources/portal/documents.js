// The uploader's own check before sending: a file over the size limit is named at once, rather
// than after minutes of upload (the server refuses it anyway). Messages come from the page, in
// the reader's language.
window.portalDocuments = {
  checkSize(file, add) {
    const refusals = document.getElementById("upload-refused");
    if (file.size <= Number(refusals.dataset.maxBytes)) {
      add(file);
      return;
    }
    const line = document.createElement("li");
    line.className = "refused";
    line.textContent = refusals.dataset.tooLarge.replace("{0}", file.name);
    refusals.append(line);
  }
};
