// A scanner that types into the box ends with Enter: that checks it. Shift+Enter is a line.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("qr");
  if (!box) return;
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && box.value.trim()) {
      event.preventDefault();
      box.form.requestSubmit();
    }
  });
});
