// Portal: the "copy link" button of an article (the link is shown in a field without JavaScript).
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-lt-copy]").forEach((button) => {
    const field = document.getElementById(button.dataset.ltCopy);
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(field.value).then(() => {
        button.textContent = button.dataset.ltCopied;
      });
    });
  });
});
