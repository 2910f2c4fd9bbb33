// The box has the focus, so a scanner that types can scan the next code at once, without
// scrolling the result out of sight; its Enter checks the code (Shift+Enter is a line).
document.addEventListener("DOMContentLoaded", () => {
  const box = document.getElementById("qr");
  if (!box) return;
  box.focus({ preventScroll: true });
  box.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && box.value.trim()) {
      event.preventDefault();
      box.form.requestSubmit();
    }
  });
});
